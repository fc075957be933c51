import Testing
@testable import PNG

/// Write then read: every layout, both bit depths, interlaced and not, with metadata.
@Suite struct RoundTripTests {
    static func image(_ layout: PNGChannelLayout, _ depth: PNGBitDepth, width: Int = 13, height: Int = 7) -> PNGImage {
        let count = width * height * layout.channelCount
        let samples: PNGSamples = switch depth {
        case .eight: .eight((0..<count).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) })
        case .sixteen: .sixteen((0..<count).map { UInt16(truncatingIfNeeded: $0 &* 7919 &+ 13) })
        }
        return PNGImage(width: width, height: height, layout: layout, samples: samples)
    }

    @Test(arguments: PNGChannelLayout.allCases, PNGBitDepth.allCases)
    func fileRoundTripKeepsEverySample(layout: PNGChannelLayout, depth: PNGBitDepth) throws {
        let folder = TemporaryFolder()
        for interlaced in [false, true] {
            let original = Self.image(layout, depth)
            let path = folder.file("image.png")
            try original.write(to: path, interlaced: interlaced)
            let decoded = try PNGImage(contentsOf: path)
            #expect(decoded == original)
            let info = try PNGInfo(contentsOf: path)
            #expect(info.interlaced == interlaced)
            #expect(info.bitDepth == depth.rawValue && info.colorType == layout.colorType)
        }
        #expect(folder.contents == ["image.png"])
    }

    @Test func textAndPhysicalSizeRoundTrip() throws {
        var image = Self.image(.rgb, .eight)
        image.text = [
            PNGTextChunk(keyword: "Title", text: "stop sign patch"),
            PNGTextChunk(keyword: "Comment", text: "Größe: 5 cm", kind: .compressedLatin1),
            PNGTextChunk(keyword: "Description", text: "パッチ — adversarial", languageTag: "ja"),
            PNGTextChunk(keyword: "Pipeline", text: String(repeating: "{\"seed\": 7} ", count: 50), kind: .compressedUnicode),
        ]
        image.physicalSize = PNGPhysicalSize(dotsPerInch: 300)
        let decoded = try PNGImage(decoding: try image.encoded())
        #expect(decoded.text == image.text)
        #expect(decoded.text.map(\.kind.chunkType) == ["tEXt", "zTXt", "iTXt", "iTXt"])
        #expect(decoded.physicalSize == PNGPhysicalSize(pixelsPerUnitX: 11811, pixelsPerUnitY: 11811, unit: .metre))
        #expect(abs((decoded.physicalSize?.dotsPerInch ?? 0) - 300) < 0.01)
    }

    @Test func defaultTextKindFollowsTheCharacters() {
        #expect(PNGTextChunk(keyword: "Title", text: "café").kind == .latin1)
        #expect(PNGTextChunk(keyword: "Title", text: "日本").kind == .unicode)
        #expect(PNGTextChunk(keyword: "Title", text: "x", languageTag: "en").kind == .unicode)
    }

    @Test func overwritingReplacesTheOldFile() throws {
        let folder = TemporaryFolder()
        let path = folder.file("image.png")
        try Self.image(.gray, .eight).write(to: path)
        let second = Self.image(.rgba, .sixteen, width: 3, height: 2)
        try second.write(to: path)
        #expect(try PNGImage(contentsOf: path) == second)
        #expect(folder.contents == ["image.png"])
    }
}
