extension Tensor {
    /// Filters every channel of an N,C,H,W tensor with one fixed 2-D kernel
    /// (a depthwise correlation), keeping the image size.
    ///
    /// `kernel` is kH,kW (the same for every image) or N,kH,kW (one per image,
    /// so a batch of EOT samples can each have its own blur). The border is
    /// extended with `padding` by ⌊(k−1)/2⌋ before and ⌈(k−1)/2⌉ after on each
    /// axis. Differentiable with respect to the input and the kernel.
    public func filtered2d(kernel: Tensor, padding: PaddingMode = .reflect) -> Tensor {
        precondition(rank == 4, "filtered2d: expected an N,C,H,W tensor, got shape \(shape)")
        precondition(
            kernel.rank == 2 || (kernel.rank == 3 && kernel.shape[0] == shape[0]),
            "filtered2d: kernel must be kH,kW or N,kH,kW with N = \(shape[0]) (input \(shape)), got \(kernel.shape)")
        let (kernelHeight, kernelWidth) = (kernel.shape[kernel.rank - 2], kernel.shape[kernel.rank - 1])
        precondition(kernelHeight >= 1 && kernelWidth >= 1, "filtered2d: kernel \(kernel.shape) is empty")
        let top = (kernelHeight - 1) / 2, left = (kernelWidth - 1) / 2
        let extended = padded(
            Padding2D(top: top, left: left, bottom: kernelHeight - 1 - top, right: kernelWidth - 1 - left),
            mode: padding)
        return extended.correlatedValid(kernel: kernel)
    }

    /// Gaussian blur of every channel with standard deviation `sigma` pixels:
    /// ``filtered2d(kernel:padding:)`` with ``gaussianKernel(sigma:size:)``,
    /// computed as a row pass and a column pass (the kernel and the border
    /// extension are both separable, so this is the same filter at 2k instead
    /// of k² taps per pixel).
    public func gaussianBlurred(sigma: Float, size: Int? = nil, padding: PaddingMode = .reflect) -> Tensor {
        let line = Tensor.gaussianWeights(sigma: sigma, size: size)
        return filtered2d(kernel: Tensor(shape: [1, line.count], scalars: line), padding: padding)
            .filtered2d(kernel: Tensor(shape: [line.count, 1], scalars: line), padding: padding)
    }

    /// Linear motion blur of every channel: a streak of `length` pixels at
    /// `angle` radians (see ``motionBlurKernel(length:angle:size:)``).
    public func motionBlurred(length: Float, angle: Float, padding: PaddingMode = .reflect) -> Tensor {
        filtered2d(kernel: .motionBlurKernel(length: length, angle: angle), padding: padding)
    }

    /// Valid (unpadded) per-channel correlation with a shared or per-image kernel.
    private func correlatedValid(kernel: Tensor) -> Tensor {
        let (batch, channels) = (shape[0], shape[1])
        let (kernelHeight, kernelWidth) = (kernel.shape[kernel.rank - 2], kernel.shape[kernel.rank - 1])
        precondition(
            shape[2] >= kernelHeight && shape[3] >= kernelWidth,
            "filtered2d: padded image \(shape) is smaller than the kernel \(kernel.shape)")
        let perImage = kernel.rank == 3
        let geometry = ConvolutionGeometry(
            batch: batch, inputChannels: channels, inputHeight: shape[2], inputWidth: shape[3],
            outputChannels: channels, outputHeight: shape[2] - kernelHeight + 1, outputWidth: shape[3] - kernelWidth + 1,
            kernelHeight: kernelHeight, kernelWidth: kernelWidth, strideHeight: 1, strideWidth: 1,
            dilationHeight: 1, dilationWidth: 1, padTop: 0, padLeft: 0, groups: channels)
        let area = geometry.kernelArea, planes = batch * channels
        let input = detached(), weights = kernel.detached()
        func kernelOffset(_ plane: Int) -> Int { perImage ? (plane / channels) * area : 0 }
        let scalars = makeScalars(planes * geometry.outputPlane, zeroed: true) { output in
            input.scalars.withUnsafeBufferPointer { source in
                weights.scalars.withUnsafeBufferPointer { taps in
                    Workers.forEach(units: planes) { range in
                        withScratch(DepthwiseKernels.scratchCount(geometry)) { scratch in
                            for plane in range {
                                DepthwiseKernels.correlatePlane(
                                    source.baseAddress! + plane * geometry.inputPlane,
                                    kernel: taps.baseAddress! + kernelOffset(plane),
                                    into: output + plane * geometry.outputPlane, scratch: scratch, geometry: geometry)
                            }
                        }
                    }
                }
            }
        }
        return Tensor.recordingOperation(
            shape: [batch, channels, geometry.outputHeight, geometry.outputWidth], scalars: scalars, inputs: [self, kernel]
        ) { gradient, needs in
            var inputGradient: Tensor?, kernelGradient: Tensor?
            gradient.scalars.withUnsafeBufferPointer { dy in
                if needs[0] {
                    let values = makeScalars(input.scalarCount, zeroed: true) { target in
                        weights.scalars.withUnsafeBufferPointer { taps in
                            Workers.forEach(units: planes) { range in
                                withScratch(DepthwiseKernels.scratchCount(geometry)) { scratch in
                                    for plane in range {
                                        DepthwiseKernels.scatterPlane(
                                            dy.baseAddress! + plane * geometry.outputPlane,
                                            kernel: taps.baseAddress! + kernelOffset(plane),
                                            into: target + plane * geometry.inputPlane, scratch: scratch, geometry: geometry)
                                    }
                                }
                            }
                        }
                    }
                    inputGradient = Tensor(shape: input.shape, scalars: values)
                }
                if needs[1] {
                    // One partial per plane, summed in plane order: deterministic.
                    var partials = [Float](repeating: 0, count: planes * area)
                    input.scalars.withUnsafeBufferPointer { source in
                        partials.withUnsafeMutableBufferPointer { partials in
                            Workers.forEach(units: planes) { range in
                                let rowCount = area * geometry.outputWidth
                                withScratch(rowCount + DepthwiseKernels.scratchCount(geometry)) { rows in
                                    for plane in range {
                                        DepthwiseKernels.kernelGradientPlane(
                                            source.baseAddress! + plane * geometry.inputPlane,
                                            outputGradient: dy.baseAddress! + plane * geometry.outputPlane,
                                            into: partials.baseAddress! + plane * area, rows: rows,
                                            scratch: rows + rowCount, geometry: geometry)
                                    }
                                }
                            }
                        }
                    }
                    var total = [Float](repeating: 0, count: weights.scalarCount)
                    for plane in 0..<planes {
                        let offset = kernelOffset(plane)
                        for tap in 0..<area { total[offset + tap] += partials[plane * area + tap] }
                    }
                    kernelGradient = Tensor(shape: weights.shape, scalars: total)
                }
            }
            return [inputGradient, kernelGradient]
        }
    }
}
