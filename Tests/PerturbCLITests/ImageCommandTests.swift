import Foundation
import PNG
import Testing

/// `perturb image info` and `perturb image convert`, run as a process.
@Suite final class ImageCommandTests {
    let folder: String
    let sample: String

    init() throws {
        folder = NSTemporaryDirectory() + "/perturb-cli-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        sample = folder + "/four.png"
        var image = PNGImage(
            width: 2, height: 2, layout: .rgba,
            samples: .eight([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 10, 20, 30, 255]))
        image.text = [PNGTextChunk(keyword: "Title", text: "four pixels")]
        try image.write(to: sample, interlaced: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func files() -> [String] { (try? FileManager.default.contentsOfDirectory(atPath: folder).sorted()) ?? [] }

    @Test func infoPrintsASummaryAndText() throws {
        let result = try PerturbProcess.run(["image", "info", "four.png"], in: folder)
        #expect(result.status == 0)
        #expect(result.standardOutput == "four.png: 2 x 2, rgba, 8-bit, 4 channels, Adam7 interlaced\n  tEXt Title: four pixels\n")
    }

    @Test func infoJSONHasTheDocumentedKeys() throws {
        let result = try PerturbProcess.run(["image", "info", "--json", "four.png"], in: folder)
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["width", "height", "channels", "bitDepth", "colorType", "interlaced", "text"])
        #expect(object["width"] as? Int == 2 && object["bitDepth"] as? Int == 8)
        #expect(object["colorType"] as? String == "rgba" && object["interlaced"] as? Bool == true)
        let text = try #require(object["text"] as? [[String: String]])
        #expect(text == [["keyword": "Title", "text": "four pixels", "chunk": "tEXt"]])
    }

    @Test func convertChangesChannelsAndDepth() throws {
        let result = try PerturbProcess.run(
            ["image", "convert", "four.png", "gray.png", "--channels", "gray", "--bit-depth", "16"], in: folder)
        #expect(result.status == 0 && result.standardError.isEmpty)
        let gray = try PNGImage(contentsOf: folder + "/gray.png")
        #expect(gray.layout == .gray && gray.bitDepth == .sixteen)
        #expect(gray.text == [PNGTextChunk(keyword: "Title", text: "four pixels")])
        let back = try PerturbProcess.run(["image", "convert", "gray.png", "gray8.png", "--bit-depth", "8"], in: folder)
        #expect(back.status == 0)
        #expect(try PNGImage(contentsOf: folder + "/gray8.png").samples == .eight([54, 182, 18, 19]))
    }

    /// The fuzzer's seed files: every colour type and bit depth, interlaced and not.
    static let seeds: [String] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fuzz/seeds").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasPrefix("type") }.sorted().map { folder + "/" + $0 }
    }()

    @Test func infoAndConvertWorkOnEveryColourTypeAndDepth() throws {
        #expect(Self.seeds.count == 30)
        for seed in Self.seeds {
            let info = try PerturbProcess.run(["image", "info", "--json", seed], in: folder)
            #expect(info.status == 0, "\(seed): \(info.standardError)")
            for (channels, depth) in [("rgba", "16"), ("gray", "8")] {
                let convert = try PerturbProcess.run(
                    ["image", "convert", seed, "out.png", "--channels", channels, "--bit-depth", depth], in: folder)
                #expect(convert.status == 0, "\(seed): \(convert.standardError)")
                let image = try PNGImage(contentsOf: folder + "/out.png")
                #expect(image.layout.rawValue == channels && image.bitDepth.rawValue == Int(depth))
            }
        }
    }

    @Test(arguments: [
        (["image", "info", "missing.png"], "missing.png: no such file"),
        (["image", "info", "notes.txt"], "notes.txt: expected a PNG file"),
        (["image", "info", "cut.png"], "cut.png: the PNG is truncated"),
        (["image", "convert", "notes.txt", "out.png"], "notes.txt: expected a PNG file"),
        (["image", "convert", "four.png", "no/such/folder/out.png"], "no/such/folder/out.png: cannot create a file"),
    ])
    func errorsPrintOneLineAndExitNonZero(arguments: [String], message: String) throws {
        try Data("label,file\n".utf8).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
        let valid = try Data(contentsOf: URL(fileURLWithPath: sample))
        try valid.prefix(valid.count / 2).write(to: URL(fileURLWithPath: folder + "/cut.png"))
        let before = files()
        let result = try PerturbProcess.run(arguments, in: folder)
        #expect(result.status != 0)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.hasPrefix("error: " + message))
        #expect(result.standardError.split(separator: "\n").count == 1)
        #expect(files() == before)
    }
}
