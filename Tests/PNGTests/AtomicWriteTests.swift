import Foundation
import Testing
@testable import PNG

/// Failed writes leave nothing behind and never clobber the old file.
@Suite struct AtomicWriteTests {
    let image = PNGImage(width: 2, height: 2, layout: .gray, samples: .eight([0, 1, 2, 3]))

    @Test func missingOutputFolder() {
        let folder = TemporaryFolder()
        let path = folder.file("missing/out.png")
        #expect(throws: PNGEncodingError.cannotCreateFile(path: path, reason: "No such file or directory")) {
            try image.write(to: path)
        }
        #expect(folder.contents.isEmpty)
    }

    @Test func outputFolderIsAFile() {
        let folder = TemporaryFolder()
        let blocker = folder.write([1], to: "blocker")
        #expect(throws: PNGEncodingError.cannotCreateFile(path: blocker + "/out.png", reason: "Not a directory")) {
            try image.write(to: blocker + "/out.png")
        }
        #expect(folder.contents == ["blocker"])
    }

    @Test func failedEncodeKeepsTheOldFile() throws {
        let folder = TemporaryFolder()
        let path = folder.file("out.png")
        try image.write(to: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        var bad = image
        bad.text = [PNGTextChunk(keyword: "", text: "no keyword")]
        #expect(throws: PNGEncodingError.self) { try bad.write(to: path) }
        bad.text = [PNGTextChunk(keyword: "Title", text: "日本", kind: .latin1)]
        #expect(throws: PNGEncodingError.self) { try bad.write(to: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(folder.contents == ["out.png"])
    }

    @Test func libpngRefusalIsAnEncodingError() {
        let empty = PNGImage(width: 0, height: 3, layout: .rgb, samples: .eight([]))
        guard case .encoderFailed(let destination, let detail)? = Result(catching: { try empty.encoded() }).failure
            as? PNGEncodingError
        else {
            Issue.record("expected encoderFailed")
            return
        }
        #expect(destination == "<memory>" && detail.contains("Image width is zero"))
    }
}

extension Result {
    fileprivate var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
