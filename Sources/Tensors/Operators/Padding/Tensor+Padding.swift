extension Tensor {
    /// Adds rows and columns around each image of an N,C,H,W tensor (PyTorch
    /// `F.pad` on the last two axes, ONNX `Pad` on H and W).
    ///
    /// The amounts may differ per side. `.reflect` needs each amount smaller
    /// than the image extent on its axis. Differentiable with respect to the
    /// input (reflected and replicated values send their gradient back to the
    /// values they copy).
    public func padded(_ padding: Padding2D, mode: PaddingMode = .zero) -> Tensor {
        precondition(rank == 4, "padded: expected an N,C,H,W tensor, got shape \(shape)")
        precondition(padding.isNonNegative, "padded: padding must be non-negative, got \(padding)")
        let (height, width) = (shape[2], shape[3])
        if mode == .reflect {
            precondition(
                padding.top < height && padding.bottom < height && padding.left < width && padding.right < width,
                "padded: reflect padding \(padding) must be smaller than the image \(height)x\(width) of \(shape)")
        }
        if mode == .replicate || mode == .reflect {
            precondition(
                height > 0 && width > 0 || padding == .zero,
                "padded: cannot \(mode) an empty image of shape \(shape)")
        }
        let outputHeight = height + padding.vertical, outputWidth = width + padding.horizontal
        let rows = (0..<outputHeight).map { mode.sourceIndex($0 - padding.top, extent: height) }
        let columns = (0..<outputWidth).map { mode.sourceIndex($0 - padding.left, extent: width) }
        let fill: Float
        if case .constant(let value) = mode { fill = value } else { fill = 0 }
        let planes = shape[0] * shape[1]
        let input = detached()
        let scalars = makeScalars(planes * outputHeight * outputWidth, zeroed: false) { output in
            input.scalars.withUnsafeBufferPointer { source in
                Workers.forEach(units: planes) { range in
                    for plane in range {
                        let from = source.baseAddress! + plane * height * width
                        let to = output + plane * outputHeight * outputWidth
                        for (oh, ih) in rows.enumerated() {
                            let target = to + oh * outputWidth
                            guard ih >= 0 else {
                                target.update(repeating: fill, count: outputWidth)
                                continue
                            }
                            let row = from + ih * width
                            for (ow, iw) in columns.enumerated() { target[ow] = iw >= 0 ? row[iw] : fill }
                        }
                    }
                }
            }
        }
        let inputShape = shape
        return Tensor.recordingOperation(
            shape: [shape[0], shape[1], outputHeight, outputWidth], scalars: scalars, inputs: [self]
        ) { gradient, _ in
            let result = makeScalars(inputShape.elementCount, zeroed: true) { target in
                gradient.scalars.withUnsafeBufferPointer { source in
                    Workers.forEach(units: planes) { range in
                        for plane in range {
                            let from = source.baseAddress! + plane * outputHeight * outputWidth
                            let to = target + plane * height * width
                            for (oh, ih) in rows.enumerated() where ih >= 0 {
                                let row = from + oh * outputWidth
                                for (ow, iw) in columns.enumerated() where iw >= 0 { to[ih * width + iw] += row[ow] }
                            }
                        }
                    }
                }
            }
            return [Tensor(shape: inputShape, scalars: result)]
        }
    }
}
