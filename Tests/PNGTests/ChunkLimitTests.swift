import Testing
@testable import PNG

/// The chunk limits of ``PNGLimits`` reach libpng: extra or oversized ancillary chunks are skipped.
@Suite struct ChunkLimitTests {
    static func png(texts: [[UInt8]]) -> [UInt8] {
        PNGAssembler.png(
            width: 2, height: 2, bitDepth: 8, colorType: 0, samples: { x, _ in [x] },
            beforeData: texts.flatMap { PNGAssembler.chunk("zTXt", $0) })
    }

    static func compressedText(_ keyword: String, bytes: Int) -> [UInt8] {
        Array(keyword.utf8) + [0, 0] + PNGAssembler.zlibStored([UInt8](repeating: 0x78, count: bytes))
    }

    @Test func compressedTextOverTheLimitIsSkipped() throws {
        let bytes = Self.png(texts: [Self.compressedText("Small", bytes: 500), Self.compressedText("Bomb", bytes: 5000)])
        let limited = try PNGImage(decoding: bytes, limits: PNGLimits(maxChunkBytes: 2000))
        #expect(limited.text.map(\.keyword) == ["Small"])
        #expect(limited.samples == .eight([0, 1, 0, 1]))
        #expect(try PNGImage(decoding: bytes).text.map(\.keyword) == ["Small", "Bomb"])
    }

    @Test func ancillaryChunksOverTheCountAreSkipped() throws {
        let bytes = Self.png(texts: (0..<10).map { Self.compressedText("Note\($0)", bytes: 4) })
        let limited = try PNGImage(decoding: bytes, limits: PNGLimits(maxAncillaryChunks: 4))
        #expect(limited.text.count < 10 && !limited.text.isEmpty)
        #expect(try PNGImage(decoding: bytes).text.count == 10)
    }
}
