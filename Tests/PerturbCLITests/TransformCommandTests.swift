import Foundation
import PNG
import Testing

/// `perturb transform`, run as a process: samples, contact sheet, record, exact replay.
@Suite final class TransformCommandTests {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "/perturb-transform-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let (width, height) = (24, 16)
        let samples = (0..<(width * height)).flatMap { pixel -> [UInt8] in
            let (x, y) = (pixel % width, pixel / width)
            return [UInt8(x * 10), UInt8(y * 15), UInt8((x + y) * 5)]
        }
        try PNGImage(width: width, height: height, layout: .rgb, samples: .eight(samples)).write(to: folder + "/gradient.png")
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: folder + "/" + path)) }

    @Test func writesSamplesContactSheetAndParameters() throws {
        let result = try PerturbProcess.run(
            ["transform", "--preset", "kurakin2016", "--samples", "4", "--seed", "7", "gradient.png", "--out", "first"],
            in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder + "/first").sorted()
        #expect(written == ["contact-sheet.png", "parameters.json"] + (0..<4).map { String(format: "sample-%03d.png", $0) })
        let sample = try PNGImage(contentsOf: folder + "/first/sample-000.png")
        #expect(sample.width == 24 && sample.height == 16 && sample.layout == .rgb && sample.bitDepth == .eight)
        let sheet = try PNGImage(contentsOf: folder + "/first/contact-sheet.png")
        #expect(sheet.width == 2 * 24 + 3 * 2 && sheet.height == 2 * 16 + 3 * 2)
        let record = try #require(try JSONSerialization.jsonObject(with: bytes("first/parameters.json")) as? [String: Any])
        #expect(record["samplesPerImage"] as? Int == 4 && record["imageCount"] as? Int == 1)
        let samples = try (0..<4).map { try bytes(String(format: "first/sample-%03d.png", $0)) }
        #expect(Set(samples).count == 4, "four different samples")
    }

    @Test func replayReproducesTheSamplesBitForBit() throws {
        let sampled = try PerturbProcess.run(
            ["transform", "--samples", "5", "--seed", "3", "gradient.png", "--out", "sampled"], in: folder)
        #expect(sampled.status == 0, "\(sampled.standardError)")
        let replayed = try PerturbProcess.run(
            ["transform", "--replay", "sampled/parameters.json", "gradient.png", "--out", "replayed"], in: folder)
        #expect(replayed.status == 0, "\(replayed.standardError)")
        for name in (0..<5).map({ String(format: "sample-%03d.png", $0) }) + ["contact-sheet.png", "parameters.json"] {
            #expect(try bytes("sampled/" + name) == bytes("replayed/" + name), "\(name)")
        }
    }

    @Test func sameSeedSameSamplesOtherSeedOthers() throws {
        for (seed, out) in [("11", "a"), ("11", "b"), ("12", "c")] {
            let result = try PerturbProcess.run(
                ["transform", "--samples", "2", "--seed", seed, "gradient.png", "--out", out], in: folder)
            #expect(result.status == 0, "\(result.standardError)")
        }
        #expect(try bytes("a/sample-001.png") == bytes("b/sample-001.png"))
        #expect(try bytes("a/sample-001.png") != bytes("c/sample-001.png"))
    }

    @Test func unknownPresetListsThePresets() throws {
        let result = try PerturbProcess.run(
            ["transform", "--preset", "kurakin2015", "gradient.png", "--out", "x"], in: folder)
        #expect(result.status != 0)
        #expect(result.standardError.contains("unknown transform preset \"kurakin2015\""))
        #expect(result.standardError.contains("print-and-photograph, screen-and-photograph"))
        #expect(result.standardError.contains("Did you mean \"kurakin2016\"?"))
    }

    @Test func missingImageAndBadReplayAreNamed() throws {
        let missing = try PerturbProcess.run(["transform", "absent.png", "--out", "x"], in: folder)
        #expect(missing.status != 0)
        #expect(missing.standardError.contains("absent.png"))
        try Data(#"{"steps": []}"#.utf8).write(to: URL(fileURLWithPath: folder + "/bad.json"))
        let bad = try PerturbProcess.run(["transform", "--replay", "bad.json", "gradient.png", "--out", "x"], in: folder)
        #expect(bad.status != 0)
        #expect(bad.standardError.contains("bad.json: not a transform record"))
        let mixed = try PerturbProcess.run(
            ["transform", "--replay", "bad.json", "--seed", "1", "gradient.png", "--out", "x"], in: folder)
        #expect(mixed.status != 0)
        #expect(mixed.standardError.contains("drop --preset, --samples and --seed"))
    }
}
