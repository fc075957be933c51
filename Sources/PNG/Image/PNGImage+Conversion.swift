extension PNGImage {
    /// This image with another channel layout and/or bit depth (nil keeps the current one).
    ///
    /// - Gray becomes colour by copying; colour becomes gray by Rec. 709 luma
    ///   (libpng's default weights 0.2126, 0.7152, 0.0722), rounded.
    /// - Adding alpha makes every pixel opaque; dropping alpha discards it.
    /// - 8 to 16 bits multiplies by 257 (exact); 16 to 8 rounds to nearest.
    ///
    /// Text and pHYs are kept.
    public func converted(to layout: PNGChannelLayout? = nil, bitDepth: PNGBitDepth? = nil) -> PNGImage {
        let layout = layout ?? self.layout
        let depth = bitDepth ?? self.bitDepth
        var samples = self.samples
        // Convert the layout at the higher of the two depths, so luma keeps precision.
        if depth == .sixteen, case .eight(let eight) = samples {
            samples = .sixteen(eight.map { UInt16($0) &* 257 })
        }
        switch samples {
        case .eight(let eight): samples = .eight(Self.convert(eight, from: self.layout, to: layout))
        case .sixteen(let sixteen): samples = .sixteen(Self.convert(sixteen, from: self.layout, to: layout))
        }
        if depth == .eight, case .sixteen(let sixteen) = samples {
            samples = .eight(sixteen.map { UInt8((UInt32($0) * 255 + 32767) / 65535) })
        }
        return PNGImage(
            width: width, height: height, layout: layout, samples: samples, text: text, physicalSize: physicalSize)
    }

    private static func convert<Sample: FixedWidthInteger & UnsignedInteger>(
        _ samples: [Sample], from source: PNGChannelLayout, to target: PNGChannelLayout
    ) -> [Sample] {
        guard source != target else { return samples }
        let inputChannels = source.channelCount, outputChannels = target.channelCount
        let pixels = samples.count / inputChannels
        return [Sample](unsafeUninitializedCapacity: pixels * outputChannels) { output, initialized in
            for pixel in 0..<pixels {
                let input = pixel * inputChannels, out = pixel * outputChannels
                if target.isColor {
                    for channel in 0..<3 { output[out + channel] = samples[input + (source.isColor ? channel : 0)] }
                } else {
                    output[out] = source.isColor
                        ? luma(samples[input], samples[input + 1], samples[input + 2]) : samples[input]
                }
                if target.hasAlpha {
                    output[out + outputChannels - 1] = source.hasAlpha ? samples[input + inputChannels - 1] : .max
                }
            }
            initialized = pixels * outputChannels
        }
    }

    /// Rec. 709 luma in 15-bit fixed point; the weights sum to 32768, so gray stays exact.
    private static func luma<Sample: FixedWidthInteger & UnsignedInteger>(
        _ red: Sample, _ green: Sample, _ blue: Sample
    ) -> Sample {
        let weighted: UInt32 = UInt32(red) * 6968 + UInt32(green) * 23434 + UInt32(blue) * 2366
        return Sample((weighted + 16384) >> 15)
    }
}
