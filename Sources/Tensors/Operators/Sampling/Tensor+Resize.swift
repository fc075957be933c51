extension Tensor {
    /// Resizes each image of an N,C,H,W tensor to `height`×`width`.
    ///
    /// Every method is a separable linear map, differentiable with respect to
    /// the input. Outputs match PyTorch's `interpolate` for the same size.
    public func resized(height: Int, width: Int, method: ResizeMethod = .bilinear) -> Tensor {
        precondition(rank == 4, "resized: expected an N,C,H,W tensor, got shape \(shape)")
        precondition(height >= 1 && width >= 1, "resized: target size \(height)x\(width) must be positive")
        precondition(shape[2] >= 1 && shape[3] >= 1, "resized: input \(shape) has an empty image")
        let rows: AxisResampling, columns: AxisResampling
        switch method {
        case .bilinear:
            rows = .bilinear(from: shape[2], to: height)
            columns = .bilinear(from: shape[3], to: width)
        case .area:
            rows = .area(from: shape[2], to: height)
            columns = .area(from: shape[3], to: width)
        case .nearest:
            rows = .nearest(from: shape[2], to: height)
            columns = .nearest(from: shape[3], to: width)
        }
        let planes = shape[0] * shape[1]
        let input = detached()
        let scalars = makeScalars(planes * height * width, zeroed: false) { output in
            input.scalars.withUnsafeBufferPointer { source in
                SeparableResampling.forward(source.baseAddress!, output: output, planes: planes, rows: rows, columns: columns)
            }
        }
        let inputShape = shape
        return Tensor.recordingOperation(
            shape: [shape[0], shape[1], height, width], scalars: scalars, inputs: [self]
        ) { gradient, _ in
            let result = makeScalars(inputShape.elementCount, zeroed: false) { target in
                gradient.scalars.withUnsafeBufferPointer { source in
                    SeparableResampling.backward(
                        source.baseAddress!, inputGradient: target, planes: planes, rows: rows, columns: columns)
                }
            }
            return [Tensor(shape: inputShape, scalars: result)]
        }
    }
}
