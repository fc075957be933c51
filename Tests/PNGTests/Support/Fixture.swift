@testable import PNG

/// A hand-assembled PNG in one colour type and bit depth, with the samples
/// libpng must decode from it.
struct Fixture: Sendable, CustomStringConvertible {
    let colorType: Int
    let bitDepth: Int
    let interlaced: Bool
    /// Palette images: whether a tRNS chunk gives the first three entries alpha.
    var paletteTransparency = false

    static let width = 11, height = 9

    /// Every colour type with every bit depth it allows, interlaced and not.
    static let all: [Fixture] = [(0, [1, 2, 4, 8, 16]), (2, [8, 16]), (3, [1, 2, 4, 8]), (4, [8, 16]), (6, [8, 16])]
        .flatMap { colorType, depths in
            depths.flatMap { depth in
                [false, true].map { Fixture(colorType: colorType, bitDepth: depth, interlaced: $0) }
            }
        }

    var description: String {
        "type \(colorType) \(bitDepth)-bit\(interlaced ? " Adam7" : "")\(paletteTransparency ? " tRNS" : "")"
    }

    var storedChannels: Int { [0: 1, 2: 3, 3: 1, 4: 2, 6: 4][colorType]! }
    var maxSample: Int { (1 << bitDepth) - 1 }

    /// The stored samples (or palette index) of pixel (x, y).
    func stored(_ x: Int, _ y: Int) -> [Int] {
        (0..<storedChannels).map { channel in (x * 7 + y * 13 + channel * 5) % (maxSample + 1) }
    }

    static func paletteEntry(_ index: Int) -> [Int] { [index * 3 % 256, (index * 5 + 1) % 256, (index * 11 + 2) % 256] }
    /// tRNS for the palette: alpha of the first entries (no more than the palette has).
    var alphas: [Int] { Array([0, 128, 200].prefix(maxSample + 1)) }

    var bytes: [UInt8] {
        var before: [UInt8] = []
        if colorType == 3 {
            before = PNGAssembler.chunk("PLTE", (0...maxSample).flatMap { Self.paletteEntry($0).map(UInt8.init) })
            if paletteTransparency { before += PNGAssembler.chunk("tRNS", alphas.map(UInt8.init)) }
        }
        return PNGAssembler.png(
            width: Self.width, height: Self.height, bitDepth: bitDepth, colorType: colorType, interlaced: interlaced,
            samples: stored, beforeData: before)
    }

    /// The layout libpng decodes to.
    var layout: PNGChannelLayout {
        switch colorType {
        case 0: .gray
        case 2: .rgb
        case 3: paletteTransparency ? .rgba : .rgb
        case 4: .grayAlpha
        default: .rgba
        }
    }

    /// The decoded samples at `depth`, computed from the PNG rules, not from libpng.
    func expected(at depth: PNGBitDepth) -> [Int] {
        var samples: [Int] = []
        for y in 0..<Self.height {
            for x in 0..<Self.width {
                let values = stored(x, y)
                if colorType == 3 {
                    samples += Self.paletteEntry(values[0]).map { Self.scale($0, from: 8, to: depth) }
                    if paletteTransparency {
                        let alpha = values[0] < alphas.count ? alphas[values[0]] : 255
                        samples.append(Self.scale(alpha, from: 8, to: depth))
                    }
                } else {
                    samples += values.map { Self.scale($0, from: bitDepth, to: depth) }
                }
            }
        }
        return samples
    }

    /// A sample of `bitDepth` bits at `depth`: low depths by bit replication,
    /// 8 to 16 times 257, 16 to 8 rounded to nearest.
    static func scale(_ value: Int, from bitDepth: Int, to depth: PNGBitDepth) -> Int {
        if bitDepth == 16 { return depth == .sixteen ? value : (value * 255 + 32767) / 65535 }
        let eight = value * 255 / ((1 << bitDepth) - 1)
        return depth == .eight ? eight : eight * 257
    }
}

extension PNGSamples {
    /// The samples as plain integers, for comparisons.
    var integers: [Int] {
        switch self {
        case .eight(let samples): samples.map(Int.init)
        case .sixteen(let samples): samples.map(Int.init)
        }
    }
}
