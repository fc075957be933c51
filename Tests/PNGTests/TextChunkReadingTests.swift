import Testing
@testable import PNG

/// tEXt, zTXt and iTXt written by hand, before and after the image data.
@Suite struct TextChunkReadingTests {
    static let bytes: [UInt8] = {
        let latin1: [UInt8] = Array("Title".utf8) + [0] + [0x43, 0x61, 0x66, 0xE9]  // "Café" in Latin-1
        let compressed: [UInt8] = Array("Comment".utf8) + [0, 0] + PNGAssembler.zlibStored(Array("zipped".utf8))
        let international: [UInt8] = Array("Author".utf8) + [0, 0, 0] + Array("de".utf8) + [0]
            + Array("Autor".utf8) + [0] + Array("Jürgen ✓".utf8)
        return PNGAssembler.png(
            width: 2, height: 2, bitDepth: 8, colorType: 0, samples: { x, y in [x + y] },
            beforeData: PNGAssembler.chunk("tEXt", latin1) + PNGAssembler.chunk("zTXt", compressed),
            afterData: PNGAssembler.chunk("iTXt", international))
    }()

    @Test func readsEveryKindInFileOrder() throws {
        let expected = [
            PNGTextChunk(keyword: "Title", text: "Café", kind: .latin1),
            PNGTextChunk(keyword: "Comment", text: "zipped", kind: .compressedLatin1),
            PNGTextChunk(keyword: "Author", text: "Jürgen ✓", kind: .unicode, languageTag: "de", translatedKeyword: "Autor"),
        ]
        #expect(try PNGImage(decoding: Self.bytes).text == expected)
        #expect(try PNGInfo(decoding: Self.bytes).text == expected)
    }

    @Test func unknownAncillaryChunksAreSkipped() throws {
        let bytes = PNGAssembler.png(
            width: 1, height: 1, bitDepth: 8, colorType: 0, samples: { _, _ in [42] },
            beforeData: PNGAssembler.chunk("prVt", [1, 2, 3]) + PNGAssembler.chunk("gAMA", [0, 0, 0xB1, 0x8F])
                + PNGAssembler.chunk("sRGB", [0]),
            afterData: PNGAssembler.chunk("zzZz", []))
        #expect(try PNGImage(decoding: bytes).samples == .eight([42]))
    }

    @Test func gammaIsNotApplied() throws {
        let bytes = PNGAssembler.png(
            width: 2, height: 1, bitDepth: 8, colorType: 0, samples: { x, _ in [x == 0 ? 100 : 200] },
            beforeData: PNGAssembler.chunk("gAMA", PNGAssembler.bigEndian(100_000)))
        #expect(try PNGImage(decoding: bytes).samples == .eight([100, 200]))
    }
}
