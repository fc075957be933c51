import Foundation
import Testing
@testable import PNG

/// Damaged, hostile and missing input: each gives its own clear error, never a crash.
@Suite struct BadInputTests {
    static let valid = PNGAssembler.png(
        width: 16, height: 16, bitDepth: 8, colorType: 2, samples: { x, y in [x * 16, y * 16, 128] })
    /// Offset of the IDAT chunk (signature 8 + IHDR 25).
    static let idat = 33

    func decodingError(_ bytes: [UInt8]) -> PNGDecodingError? {
        do {
            _ = try PNGImage(decoding: bytes, source: "bad.png")
            return nil
        } catch {
            return error as? PNGDecodingError
        }
    }

    @Test func truncatedFile() {
        for length in [0, 5, 20, Self.idat + 30, Self.valid.count - 6] {
            guard case .truncated(let source, _) = decodingError(Array(Self.valid.prefix(length))) else {
                Issue.record("length \(length): \(String(describing: decodingError(Array(Self.valid.prefix(length)))))")
                continue
            }
            #expect(source == "bad.png")
        }
    }

    @Test func wrongSignature() {
        var bytes = Self.valid
        bytes[4] = 0x0A  // CR LF became LF, as a text-mode copy does
        #expect(decodingError(bytes) == .damagedSignature(source: "bad.png", firstBytes: "89 50 4E 47 0A 0A 1A 0A"))
    }

    @Test func notAPNGAtAll() {
        let error = decodingError(Array("name,label\nstop,1\n".utf8))
        #expect(error == .notPNG(source: "bad.png", firstBytes: "6E 61 6D 65 2C 6C 61 62"))
        #expect(error?.localizedDescription.contains("expected a PNG file") == true)
    }

    @Test func badCRCInHeader() {
        var bytes = Self.valid
        bytes[Self.idat - 1] ^= 0xFF
        #expect(decodingError(bytes) == .checksumMismatch(source: "bad.png", chunk: "IHDR"))
    }

    @Test func badCRCInImageData() {
        var bytes = Self.valid
        let length = bytes[Self.idat..<Self.idat + 4].reduce(0) { $0 << 8 | Int($1) }
        bytes[Self.idat + 8 + length] ^= 0x01  // first byte of the CRC
        #expect(decodingError(bytes) == .checksumMismatch(source: "bad.png", chunk: "IDAT"))
    }

    @Test func corruptZlibStream() {
        let broken = PNGAssembler.signature
            + PNGAssembler.header(width: 4, height: 4, bitDepth: 8, colorType: 0, interlaced: false)
            + PNGAssembler.chunk("IDAT", [0x78, 0x9C, 0xFF, 0xFF, 0xFF, 0x00, 0x12, 0x34])
            + PNGAssembler.chunk("IEND", [])
        guard case .corruptImageData(let source, let detail) = decodingError(broken) else {
            Issue.record("got \(String(describing: decodingError(broken)))")
            return
        }
        #expect(source == "bad.png" && !detail.isEmpty)
    }

    @Test func zeroWidth() {
        var bytes = PNGAssembler.signature
            + PNGAssembler.header(width: 0, height: 4, bitDepth: 8, colorType: 0, interlaced: false)
        bytes += Self.valid[Self.idat...]
        guard case .invalidHeader(_, let detail) = decodingError(bytes) else {
            Issue.record("got \(String(describing: decodingError(bytes)))")
            return
        }
        #expect(detail.contains("Image width is zero"))
    }

    @Test func tinyFileClaimingAHugeImageIsRefusedBeforeAllocating() {
        let bytes = PNGAssembler.signature
            + PNGAssembler.header(width: 100_000, height: 100_000, bitDepth: 8, colorType: 6, interlaced: false)
            + PNGAssembler.chunk("IDAT", PNGAssembler.zlibStored([0])) + PNGAssembler.chunk("IEND", [])
        let error = decodingError(bytes)
        #expect(
            error == .tooLarge(
                source: "bad.png", width: 100_000, height: 100_000,
                limit: "16384 x 16384 pixels and 128000000 pixels in all"))
        let message = error?.localizedDescription ?? ""
        #expect(message.contains("bad.png") && message.contains("100000 x 100000") && message.contains("16384"))
    }

    @Test func hugeFileClaimingAHugeImageIsRefusedBeforeItIsRead() throws {
        let folder = TemporaryFolder()
        let header = PNGAssembler.signature
            + PNGAssembler.header(width: 100_000, height: 100_000, bitDepth: 16, colorType: 6, interlaced: false)
        let path = folder.write(header, to: "huge.png")
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 1 << 30)  // a sparse gigabyte: refused before it is read
        try handle.close()
        #expect(throws: PNGDecodingError.tooLarge(
            source: path, width: 100_000, height: 100_000, limit: PNGLimits.standard.summary)) {
            try PNGImage(contentsOf: path)
        }
        #expect(throws: PNGDecodingError.self) { try PNGInfo(contentsOf: path) }
    }

    @Test func configurableLimits() throws {
        let limits = PNGLimits(maxPixels: 200)
        #expect(throws: PNGDecodingError.tooLarge(source: "<memory>", width: 16, height: 16, limit: limits.summary)) {
            try PNGImage(decoding: Self.valid, limits: limits)
        }
        #expect(try PNGImage(decoding: Self.valid, limits: PNGLimits(maxWidth: 16, maxHeight: 16, maxPixels: 256)).width == 16)
    }

    @Test func chunkClaimingMoreThanTheFileHolds() {
        var bytes = Self.valid
        bytes.replaceSubrange(Self.idat..<Self.idat + 4, with: PNGAssembler.bigEndian(0x7279_0017))
        guard case .truncated(_, let detail) = decodingError(bytes) else {
            Issue.record("got \(String(describing: decodingError(bytes)))")
            return
        }
        #expect(detail.contains("claims 1920532503 bytes"))
    }

    @Test func missingFileAndFolder() {
        let folder = TemporaryFolder()
        #expect(throws: PNGDecodingError.fileNotFound(path: folder.file("none.png"))) {
            try PNGImage(contentsOf: folder.file("none.png"))
        }
        #expect(throws: PNGDecodingError.unreadable(path: folder.path, reason: "not a regular file")) {
            try PNGInfo(contentsOf: folder.path)
        }
    }

    @Test func everyMessageIsOneLineNamingTheFile() {
        let errors: [PNGDecodingError] = [
            .fileNotFound(path: "a.png"), .unreadable(path: "a.png", reason: "Permission denied"),
            .notPNG(source: "a.png", firstBytes: "00"), .damagedSignature(source: "a.png", firstBytes: "00"),
            .truncated(source: "a.png", detail: "x"), .checksumMismatch(source: "a.png", chunk: "IDAT"),
            .invalidHeader(source: "a.png", detail: "x"), .corruptImageData(source: "a.png", detail: "x"),
            .tooLarge(source: "a.png", width: 1, height: 1, limit: "x"), .malformed(source: "a.png", detail: "x"),
            .outOfMemory(source: "a.png"),
        ]
        for error in errors {
            let message = error.localizedDescription
            #expect(message.hasPrefix("a.png: ") && !message.contains("\n"))
        }
        #expect(Set(errors.map(\.localizedDescription)).count == errors.count)
    }
}
