/// A linear map along one axis: each output index is a weighted sum of a
/// few input indices (compressed rows).
struct AxisResampling {
    var inputCount: Int
    var outputCount: Int
    /// `taps[offsets[o]..<offsets[o+1]]` are output `o`'s (index, weight) pairs.
    var offsets: [Int]
    var indices: [Int]
    var weights: [Float]

    init(inputCount: Int, outputCount: Int, taps: (Int) -> [(Int, Float)]) {
        self.inputCount = inputCount
        self.outputCount = outputCount
        offsets = [0]
        indices = []
        weights = []
        for output in 0..<outputCount {
            for (index, weight) in taps(output) where weight != 0 {
                indices.append(index)
                weights.append(weight)
            }
            offsets.append(indices.count)
        }
    }

    /// Bilinear, half-pixel centres (PyTorch `interpolate(mode="bilinear",
    /// align_corners=False)` with an output size): source = (o + ½)·in/out − ½,
    /// clamped below at 0.
    static func bilinear(from inputCount: Int, to outputCount: Int) -> AxisResampling {
        let scale = Float(inputCount) / Float(outputCount)
        return AxisResampling(inputCount: inputCount, outputCount: outputCount) { output in
            let source = Swift.max((Float(output) + 0.5) * scale - 0.5, 0)
            let lower = Swift.min(Int(source), inputCount - 1)
            let upper = Swift.min(lower + 1, inputCount - 1)
            let fraction = source - Float(lower)
            return upper == lower ? [(lower, Float(1))] : [(lower, 1 - fraction), (upper, fraction)]
        }
    }

    /// Nearest: output `o` copies input ⌊o·in/out⌋.
    static func nearest(from inputCount: Int, to outputCount: Int) -> AxisResampling {
        AxisResampling(inputCount: inputCount, outputCount: outputCount) { output in
            [(Swift.min(output * inputCount / outputCount, inputCount - 1), Float(1))]
        }
    }

    /// Area (adaptive average): output `o` averages inputs
    /// ⌊o·in/out⌋ ..< ⌈(o+1)·in/out⌉ (PyTorch `interpolate(mode="area")`).
    static func area(from inputCount: Int, to outputCount: Int) -> AxisResampling {
        AxisResampling(inputCount: inputCount, outputCount: outputCount) { output in
            let start = output * inputCount / outputCount
            let end = ((output + 1) * inputCount + outputCount - 1) / outputCount
            return (start..<end).map { ($0, 1 / Float(end - start)) }
        }
    }
}

/// Applies row and column resamplings to every plane of an N,C,H,W tensor.
enum SeparableResampling {
    /// output = R_rows · plane · R_columnsᵀ for every plane.
    static func forward(
        _ input: UnsafePointer<Float>, output: UnsafeMutablePointer<Float>, planes: Int,
        rows: AxisResampling, columns: AxisResampling
    ) {
        let (inH, inW, outH, outW) = (rows.inputCount, columns.inputCount, rows.outputCount, columns.outputCount)
        Workers.forEach(units: planes) { range in
            withScratch(inH * outW) { temporary in
                for plane in range {
                    let source = input + plane * inH * inW
                    for ih in 0..<inH {
                        let row = source + ih * inW
                        let target = temporary + ih * outW
                        for ow in 0..<outW {
                            var total: Float = 0
                            for tap in columns.offsets[ow]..<columns.offsets[ow + 1] {
                                total += columns.weights[tap] * row[columns.indices[tap]]
                            }
                            target[ow] = total
                        }
                    }
                    let destination = output + plane * outH * outW
                    for oh in 0..<outH {
                        let target = destination + oh * outW
                        target.update(repeating: 0, count: outW)
                        for tap in rows.offsets[oh]..<rows.offsets[oh + 1] {
                            let weight = rows.weights[tap]
                            let row = temporary + rows.indices[tap] * outW
                            for ow in 0..<outW { target[ow] += weight * row[ow] }
                        }
                    }
                }
            }
        }
    }

    /// The adjoint: inputGradient = R_rowsᵀ · outputGradient · R_columns (overwritten).
    static func backward(
        _ outputGradient: UnsafePointer<Float>, inputGradient: UnsafeMutablePointer<Float>, planes: Int,
        rows: AxisResampling, columns: AxisResampling
    ) {
        let (inH, inW, outH, outW) = (rows.inputCount, columns.inputCount, rows.outputCount, columns.outputCount)
        Workers.forEach(units: planes) { range in
            withScratch(inH * outW) { temporary in
                for plane in range {
                    temporary.update(repeating: 0, count: inH * outW)
                    let source = outputGradient + plane * outH * outW
                    for oh in 0..<outH {
                        let row = source + oh * outW
                        for tap in rows.offsets[oh]..<rows.offsets[oh + 1] {
                            let weight = rows.weights[tap]
                            let target = temporary + rows.indices[tap] * outW
                            for ow in 0..<outW { target[ow] += weight * row[ow] }
                        }
                    }
                    let destination = inputGradient + plane * inH * inW
                    destination.update(repeating: 0, count: inH * inW)
                    for ih in 0..<inH {
                        let row = temporary + ih * outW
                        let target = destination + ih * inW
                        for ow in 0..<outW {
                            let value = row[ow]
                            for tap in columns.offsets[ow]..<columns.offsets[ow + 1] {
                                target[columns.indices[tap]] += columns.weights[tap] * value
                            }
                        }
                    }
                }
            }
        }
    }
}
