#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Tensors

/// A differentiable model of libjpeg's baseline JPEG round trip, built from
/// batched tensor operations.
///
/// As libjpeg does: 8-bit scale, full-range YCbCr (JFIF) with the level
/// shift, edge replication to whole MCUs, 4:2:0 chroma by 2×2 averaging,
/// 8×8 orthonormal DCT (a stride-8 convolution with the 64 basis images),
/// division by the quality-scaled standard tables, rounding, the inverse DCT
/// (the transposed convolution), chroma upsampling with the triangle filter
/// (bilinear, half-pixel centres), back to RGB, clipped to [0, 1]. Gray
/// images take the luma path only. With ``JPEGRounding/hard`` every plane is
/// also rounded to 8-bit levels where libjpeg rounds it; with
/// ``JPEGRounding/smooth(sharpness:)`` nothing is rounded but the
/// coefficients, softly. Remaining differences from libjpeg-turbo: floating
/// point instead of its integer DCT, colour conversion and filters, and
/// clipping only at the end (measured in docs/TRANSFORMS.md).
public enum JPEGApproximation {
    /// The round trip of an M,C,H,W batch in [0, 1] (C = 1 or 3) at
    /// `qualities[m]` for image m.
    public static func apply(_ images: Tensor, qualities: [Int], rounding: JPEGRounding) -> Tensor {
        let (channels, height, width) = (images.shape[1], images.shape[2], images.shape[3])
        precondition(channels == 1 || channels == 3, "JPEGApproximation: expected 1 or 3 channels, got \(images.shape)")
        precondition(qualities.count == images.shape[0], "JPEGApproximation: one quality per image")
        let unit = channels == 3 ? 16 : 8
        let (paddedHeight, paddedWidth) = (roundedUp(height, to: unit), roundedUp(width, to: unit))
        let extended = images.padded(
            Padding2D(top: 0, left: 0, bottom: paddedHeight - height, right: paddedWidth - width), mode: .replicate)
        let lumaTables = qualities.map { JPEGQuantisationTables.scaled(JPEGQuantisationTables.baseLuminance, quality: $0) }
        let restored: Tensor
        if channels == 1 {
            let luma = rounding.levels(extended * 255) - 128
            restored = rounding.levels(quantisedBlocks(luma, tables: lumaTables, rounding: rounding)) + 128
        } else {
            let chromaTables = qualities.map {
                JPEGQuantisationTables.scaled(JPEGQuantisationTables.baseChrominance, quality: $0)
            }
            let shift = Tensor(shape: [1, 3, 1, 1], scalars: [128, 0, 0])
            let ycc = rounding.levels(rounding.levels(extended * 255).mixingChannels(rgbToYCbCr)) - shift
            let luma = quantisedBlocks(ycc.sliced(alongAxis: 1, 0..<1), tables: lumaTables, rounding: rounding)
            let chroma = rounding.levels(
                ycc.sliced(alongAxis: 1, 1..<3).resized(height: paddedHeight / 2, width: paddedWidth / 2, method: .area))
            let chromaRestored = rounding.levels(
                rounding.levels(quantisedBlocks(chroma, tables: chromaTables, rounding: rounding))
                    .resized(height: paddedHeight, width: paddedWidth, method: .bilinear))
            let planes = concatenate([rounding.levels(luma), chromaRestored], alongAxis: 1)
            restored = rounding.levels(planes.mixingChannels(yCbCrToRGB)) + 128
        }
        return (restored / 255).clamped(to: 0...1)
            .sliced(alongAxis: 2, 0..<height).sliced(alongAxis: 3, 0..<width)
    }

    /// Level-shifted planes M,P,h,w (h, w multiples of 8) through the DCT,
    /// quantisation with image m's table, and the inverse DCT.
    static func quantisedBlocks(_ planes: Tensor, tables: [[Float]], rounding: JPEGRounding) -> Tensor {
        let (count, planeCount, height, width) = (planes.shape[0], planes.shape[1], planes.shape[2], planes.shape[3])
        let coefficients = conv2d(planes.reshaped([count * planeCount, 1, height, width]), weight: dctBasis, stride: 8)
        let blocks = (height / 8) * (width / 8)
        let grouped = coefficients.reshaped([count, planeCount, 64, blocks])
        let steps = Tensor(shape: [count, 1, 64, 1], scalars: tables.flatMap { $0 })
        let quantised = rounding.apply(grouped / steps) * steps
        return transposedConv2d(
            quantised.reshaped([count * planeCount, 64, height / 8, width / 8]), weight: dctBasis, stride: 8
        ).reshaped([count, planeCount, height, width])
    }

    /// The 64 orthonormal 8×8 DCT-II basis images as conv2d filters 64,1,8,8;
    /// filter 8u + v is vertical frequency u, horizontal frequency v, the
    /// order of the quantisation tables.
    static let dctBasis: Tensor = {
        func factor(_ frequency: Int, _ position: Int) -> Double {
            let scale = frequency == 0 ? (1.0 / 8).squareRoot() : 0.5
            return scale * cos(Double(2 * position + 1) * Double(frequency) * .pi / 16)
        }
        var values = [Float](repeating: 0, count: 64 * 64)
        for u in 0..<8 {
            for v in 0..<8 {
                for i in 0..<8 {
                    for j in 0..<8 { values[(u * 8 + v) * 64 + i * 8 + j] = Float(factor(u, i) * factor(v, j)) }
                }
            }
        }
        return Tensor(shape: [64, 1, 8, 8], scalars: values)
    }()

    /// JFIF RGB → YCbCr without the +128 chroma offset (so every plane is level-shifted alike).
    static let rgbToYCbCr = Tensor(
        shape: [1, 3, 3],
        scalars: [0.299, 0.587, 0.114, -0.168_736, -0.331_264, 0.5, 0.5, -0.418_688, -0.081_312])

    /// JFIF YCbCr (level-shifted) → RGB.
    static let yCbCrToRGB = Tensor(
        shape: [1, 3, 3], scalars: [1, 0, 1.402, 1, -0.344_136, -0.714_136, 1, 1.772, 0])

    private static func roundedUp(_ value: Int, to unit: Int) -> Int { (value + unit - 1) / unit * unit }
}
