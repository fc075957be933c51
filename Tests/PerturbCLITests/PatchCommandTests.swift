import Foundation
import PNG
import Testing

/// `perturb patch` on the shipped sign CNN and two sample stop signs, run as a process.
@Suite final class PatchCommandTests {
    let folder = NSTemporaryDirectory() + "/perturb-patch-tests-" + UUID().uuidString
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized.path

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func patch(_ arguments: [String]) throws -> PerturbProcess {
        try PerturbProcess.run(["patch", "--model", root + "/Models/signs-cnn.onnx"] + arguments, in: folder)
    }

    @Test func writesAPrintablePatchTheScenesAndTheTable() throws {
        let result = try patch([
            "--target", "speed-limit-80", "--images", root + "/SampleImages/signs/stop/*.png", "--size", "0.1",
            "--shape", "octagon", "--steps", "3", "--batch-size", "2", "--nps", "0.1", "--tv", "1",
            "--evaluate-samples", "2", "--seed", "4", "--out", "run",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("Models/signs-cnn.onnx"))
        let printed = try PNGImage(contentsOf: folder + "/run/patch.png")
        #expect(printed.width == 709 && printed.layout == .rgba)
        #expect(printed.physicalSize == PNGPhysicalSize(dotsPerInch: 300))
        #expect(printed.text.contains { $0.keyword == "perturb:settings" && $0.text.contains("\"octagon\"") })
        let scenes = try FileManager.default.contentsOfDirectory(atPath: folder + "/run/scenes")
        #expect(scenes.count == 2)
        let results = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/run/results.json")))
        #expect((results as? [String: Any])?["stepsRun"] as? Int == 3)
    }

    @Test func aPatternThatMatchesNothingIsAClearError() throws {
        let result = try patch(["--images", "nowhere/*.png", "--steps", "1", "--out", "run"])
        #expect(result.status != 0)
        #expect(result.standardError.contains("'nowhere/*.png' matches no file"))
    }

    @Test func badSettingsNameTheFileAndTheKey() throws {
        try Data(#"{"sise": 0.1}"#.utf8).write(to: URL(fileURLWithPath: folder + "/settings.json"))
        let result = try patch(["--settings", "settings.json", "--images", "x.png", "--out", "run"])
        #expect(result.status != 0)
        #expect(result.standardError.contains("settings.json") && result.standardError.contains("size"))
    }
}

/// `perturb sticker` on the shipped sign CNN and a sample stop sign, run as a process.
@Suite final class StickerCommandTests {
    let folder = NSTemporaryDirectory() + "/perturb-sticker-tests-" + UUID().uuidString
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized.path

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    @Test func theStickerChangesOnlyPixelsInsideItsBox() throws {
        let source = root + "/SampleImages/signs/stop/000000.png"
        let result = try PerturbProcess.run(
            [
                "sticker", "--model", root + "/Models/signs-cnn.onnx", "--images", source, "--rect", "0.25,0.25,0.75,0.5",
                "--steps", "3", "--eot-samples", "0", "--out", "run",
            ], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        guard case .eight(let before) = try PNGImage(contentsOf: source).converted(to: .rgb).samples,
            case .eight(let after) = try PNGImage(contentsOf: folder + "/run/000000-sticker.png").samples
        else { Issue.record("expected 8-bit images"); return }
        var changedInside = 0
        for pixel in 0..<(64 * 64) {
            let (x, y) = (Float(pixel % 64) + 0.5, Float(pixel / 64) + 0.5)
            let inside = x >= 16 && x <= 48 && y >= 16 && y <= 32
            for channel in 0..<3 where before[3 * pixel + channel] != after[3 * pixel + channel] {
                #expect(inside, "pixel \(pixel) changed outside the box")
                changedInside += 1
            }
        }
        #expect(changedInside > 0)
        #expect(try PNGImage(contentsOf: folder + "/run/sticker.png").layout == .rgba)
    }
}
