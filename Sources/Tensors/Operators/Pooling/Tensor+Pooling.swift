extension Tensor {
    /// Max pooling over H and W of an N,C,H,W tensor (PyTorch `max_pool2d`,
    /// ONNX `MaxPool`).
    ///
    /// Padding is never selected (it acts as −∞). `stride` defaults to the
    /// kernel size. With `ceilMode` the output size rounds up, but a window
    /// never starts in the trailing padding (ONNX and PyTorch agree). The
    /// gradient goes to the first maximum of each window.
    public func maxPool2d(
        kernel: Size2D, stride: Size2D? = nil, padding: Padding2D = .zero, dilation: Size2D = 1,
        ceilMode: Bool = false
    ) -> Tensor {
        let geometry = poolingGeometry(
            "maxPool2d", kernel: kernel, stride: stride ?? kernel, padding: padding, dilation: dilation,
            ceilMode: ceilMode)
        let input = detached()
        var argmax = [Int32](repeating: -1, count: geometry.planes * geometry.outputPlane)
        let scalars = makeScalars(geometry.planes * geometry.outputPlane, zeroed: false) { output in
            input.scalars.withUnsafeBufferPointer { source in
                argmax.withUnsafeMutableBufferPointer { winners in
                    PoolingKernels.maxForward(
                        source.baseAddress!, output: output, argmax: winners.baseAddress!, geometry: geometry)
                }
            }
        }
        let inputShape = shape
        let winners = argmax
        return Tensor.recordingOperation(
            shape: [shape[0], shape[1], geometry.outputHeight, geometry.outputWidth], scalars: scalars, inputs: [self]
        ) { gradient, _ in
            let result = makeScalars(inputShape.elementCount, zeroed: false) { target in
                gradient.scalars.withUnsafeBufferPointer { source in
                    winners.withUnsafeBufferPointer { winners in
                        PoolingKernels.maxBackward(
                            source.baseAddress!, argmax: winners.baseAddress!, inputGradient: target, geometry: geometry)
                    }
                }
            }
            return [Tensor(shape: inputShape, scalars: result)]
        }
    }

    /// Average pooling over H and W of an N,C,H,W tensor (PyTorch
    /// `avg_pool2d`, ONNX `AveragePool`).
    ///
    /// With `countIncludePad` the divisor counts padded positions (but not
    /// the extra ones ceil mode adds past the padding); without it, only the
    /// input values in the window. `stride` defaults to the kernel size.
    public func averagePool2d(
        kernel: Size2D, stride: Size2D? = nil, padding: Padding2D = .zero, ceilMode: Bool = false,
        countIncludePad: Bool = true
    ) -> Tensor {
        let geometry = poolingGeometry(
            "averagePool2d", kernel: kernel, stride: stride ?? kernel, padding: padding, dilation: 1,
            ceilMode: ceilMode)
        let input = detached()
        let scalars = makeScalars(geometry.planes * geometry.outputPlane, zeroed: false) { output in
            input.scalars.withUnsafeBufferPointer { source in
                PoolingKernels.averageForward(
                    source.baseAddress!, output: output, geometry: geometry, countIncludePad: countIncludePad)
            }
        }
        let inputShape = shape
        return Tensor.recordingOperation(
            shape: [shape[0], shape[1], geometry.outputHeight, geometry.outputWidth], scalars: scalars, inputs: [self]
        ) { gradient, _ in
            let result = makeScalars(inputShape.elementCount, zeroed: false) { target in
                gradient.scalars.withUnsafeBufferPointer { source in
                    PoolingKernels.averageBackward(
                        source.baseAddress!, inputGradient: target, geometry: geometry, countIncludePad: countIncludePad)
                }
            }
            return [Tensor(shape: inputShape, scalars: result)]
        }
    }

    /// The mean over H and W of an N,C,H,W tensor, shaped N,C,1,1 (ONNX
    /// `GlobalAveragePool`).
    public func globalAveragePool2d() -> Tensor {
        precondition(rank == 4, "globalAveragePool2d: expected an N,C,H,W tensor, got shape \(shape)")
        let planes = shape[0] * shape[1], plane = shape[2] * shape[3]
        precondition(plane > 0, "globalAveragePool2d: input \(shape) has an empty image")
        let input = detached()
        let scalars = makeScalars(planes, zeroed: false) { output in
            input.scalars.withUnsafeBufferPointer { source in
                for index in 0..<planes {
                    output[index] = rowSum(source.baseAddress! + index * plane, count: plane) / Float(plane)
                }
            }
        }
        let inputShape = shape
        return Tensor.recordingOperation(shape: [shape[0], shape[1], 1, 1], scalars: scalars, inputs: [self]) {
            gradient, _ in
            let result = makeScalars(inputShape.elementCount, zeroed: false) { target in
                for index in 0..<planes {
                    (target + index * plane).update(repeating: gradient.scalars[index] / Float(plane), count: plane)
                }
            }
            return [Tensor(shape: inputShape, scalars: result)]
        }
    }

    /// The maximum over H and W of an N,C,H,W tensor, shaped N,C,1,1 (ONNX
    /// `GlobalMaxPool`); the gradient goes to the first maximum.
    public func globalMaxPool2d() -> Tensor {
        precondition(rank == 4, "globalMaxPool2d: expected an N,C,H,W tensor, got shape \(shape)")
        return maxPool2d(kernel: Size2D(height: shape[2], width: shape[3]))
    }

    /// Checks a pooling call's arguments and sizes its output.
    private func poolingGeometry(
        _ operation: String, kernel: Size2D, stride: Size2D, padding: Padding2D, dilation: Size2D, ceilMode: Bool
    ) -> PoolingGeometry {
        precondition(rank == 4, "\(operation): expected an N,C,H,W tensor, got shape \(shape)")
        precondition(kernel.height >= 1 && kernel.width >= 1, "\(operation): kernel must be positive, got \(kernel)")
        precondition(stride.height >= 1 && stride.width >= 1, "\(operation): stride must be positive, got \(stride)")
        precondition(
            dilation.height >= 1 && dilation.width >= 1, "\(operation): dilation must be positive, got \(dilation)")
        precondition(padding.isNonNegative, "\(operation): padding must be non-negative, got \(padding)")
        let (height, width) = (shape[2], shape[3])
        let spanH = dilation.height * (kernel.height - 1) + 1, spanW = dilation.width * (kernel.width - 1) + 1
        precondition(
            height + padding.vertical >= spanH && width + padding.horizontal >= spanW,
            "\(operation): input \(shape) padded by \(padding) is smaller than the \(kernel) window (dilation \(dilation))")
        let outputHeight = PoolingGeometry.pooledExtent(
            input: height, kernel: kernel.height, stride: stride.height, dilation: dilation.height,
            before: padding.top, after: padding.bottom, ceilMode: ceilMode)
        let outputWidth = PoolingGeometry.pooledExtent(
            input: width, kernel: kernel.width, stride: stride.width, dilation: dilation.width,
            before: padding.left, after: padding.right, ceilMode: ceilMode)
        return PoolingGeometry(
            planes: shape[0] * shape[1], inputHeight: height, inputWidth: width,
            outputHeight: outputHeight, outputWidth: outputWidth,
            kernelHeight: kernel.height, kernelWidth: kernel.width,
            strideHeight: stride.height, strideWidth: stride.width,
            dilationHeight: dilation.height, dilationWidth: dilation.width, padding: padding)
    }
}
