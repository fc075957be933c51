import Foundation
import NeuralNetworks
import PNG
import Testing

/// `perturb attack` on the 3×16×16 five-class fixture CNN, run as a process.
@Suite final class AttackCommandTests {
    let folder: String
    let model = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../NeuralNetworksTests/Fixtures/cnn-opset17.onnx").standardized.path

    init() throws {
        folder = NSTemporaryDirectory() + "/perturb-attack-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let ramp = (0..<256).flatMap { (pixel: Int) -> [UInt8] in
            [UInt8(pixel % 16 * 16), UInt8(pixel / 16 * 16), 128]
        }
        let disc = (0..<256).flatMap { pixel -> [UInt8] in
            let (x, y) = (pixel % 16 - 8, pixel / 16 - 8)
            let value: UInt8 = x * x + y * y < 20 ? 255 : 0
            return [value, value, value]
        }
        try PNGImage(width: 16, height: 16, layout: .rgb, samples: .eight(ramp)).write(to: folder + "/ramp.png")
        try PNGImage(width: 16, height: 16, layout: .rgb, samples: .eight(disc)).write(to: folder + "/disc.png")
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func attack(_ arguments: [String]) throws -> PerturbProcess {
        try PerturbProcess.run(["attack", "--model", model] + arguments, in: folder)
    }

    func samples(_ path: String) throws -> [UInt8] {
        guard case .eight(let values) = try PNGImage(contentsOf: folder + "/" + path).samples else { return [] }
        return values
    }

    @Test func writesAdversarialPNGsInsideTheBallWithProvenance() throws {
        let result = try attack(["--method", "pgd", "--eps", "0.05", "--seed", "3", "ramp.png", "disc.png", "--out", "adv"])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.count == 3 && lines[0].hasPrefix("file") && lines[1].hasPrefix("ramp.png") && lines[2].hasPrefix("disc.png"))
        for name in ["ramp", "disc"] {
            let (clean, adversarial) = (try samples(name + ".png"), try samples("adv/\(name)-adversarial.png"))
            #expect(adversarial.count == clean.count && adversarial != clean)
            #expect(zip(clean, adversarial).allSatisfy { abs(Int($0) - Int($1)) <= 13 }, "ε = 0.05 is 12.75 levels")
        }
        let text = try PNGImage(contentsOf: folder + "/adv/ramp-adversarial.png").text
        let chunks = Dictionary(uniqueKeysWithValues: text.map { ($0.keyword, $0.text) })
        #expect(chunks["perturb:method"] == "pgd" && chunks["perturb:seed"] == "3")
        #expect(chunks["perturb:parameters"] == #"{"eps":0.05}"#)
        #expect(chunks["perturb:model-sha256"] == (try SHA256.hexDigest(ofFileAt: URL(fileURLWithPath: model))))
        #expect(chunks["perturb:source"] == "ramp.png" && chunks["Software"]?.hasPrefix("perturb ") == true)
        #expect(text.allSatisfy { $0.kind == .latin1 }, "tEXt chunks")
        let panel = try PNGImage(contentsOf: folder + "/adv/ramp-panel.png")
        #expect(panel.width == 5 * 128 + 6 * 4 && panel.height == 128 + 12 + 2 * 4 && panel.layout == .rgb)
        let legend = panel.text.first { $0.keyword == "Description" }?.text ?? ""
        #expect(legend.hasPrefix("original: ") && legend.contains("; adversarial: "))
    }

    @Test func jsonOutcomesAgreeWithClassifyingTheWrittenImages() throws {
        let result = try attack(["--method", "bim", "--eps", "0.1", "--json", "ramp.png", "disc.png", "--out", "adv"])
        #expect(result.status == 0, "\(result.standardError)")
        let records = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
        #expect(records.count == 2)
        for record in records {
            let output = try #require(record["output"] as? String)
            let classified = try PerturbProcess.run(["classify", "--model", model, "--top", "1", "--json", output], in: folder)
            let top = try #require(try JSONSerialization.jsonObject(with: Data(classified.standardOutput.utf8)) as? [[String: Any]])
            let first = try #require((top.first?["top"] as? [[String: Any]])?.first)
            #expect(first["label"] as? String == record["finalLabel"] as? String)
            let outcome = try #require(record["outcome"] as? [String: Any])
            let success = try #require(outcome["quantisedSuccess"] as? Bool)
            #expect(success == (record["finalLabel"] as? String != record["trueLabel"] as? String))
        }
    }

    @Test func sameSeedGivesTheSameBytesAndEOTIsRecorded() throws {
        let arguments = ["--method", "pgd", "--steps", "3", "--eot-samples", "2", "--eot-preset", "thys2019", "ramp.png"]
        for out in ["a", "b"] {
            let result = try attack(arguments + ["--out", out])
            #expect(result.status == 0, "\(result.standardError)")
        }
        let (a, b) = (try Data(contentsOf: URL(fileURLWithPath: folder + "/a/ramp-adversarial.png")),
                      try Data(contentsOf: URL(fileURLWithPath: folder + "/b/ramp-adversarial.png")))
        #expect(a == b)
        let text = try PNGImage(contentsOf: folder + "/a/ramp-adversarial.png").text
        #expect(text.first { $0.keyword == "perturb:eot" }?.text == #"{"preset":"thys2019","samples":2}"#)
    }

    @Test func carliniWagnerSettingsReachTheAttackAndItsProvenance() throws {
        let result = try attack([
            "--method", "cw-l2", "--steps", "5", "--binary-search-steps", "2", "--initial-constant", "10",
            "--learning-rate", "0.05", "--confidence", "1", "ramp.png", "--out", "adv",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let text = try PNGImage(contentsOf: folder + "/adv/ramp-adversarial.png").text
        let parameters = text.first { $0.keyword == "perturb:parameters" }?.text
        #expect(
            parameters
                == #"{"binary-search-steps":2,"confidence":1,"initial-constant":10,"learning-rate":0.05,"steps":5}"#)
    }

    @Test(arguments: [
        (["--method", "pgdd"], "Unknown attack method 'pgdd'"),
        (["--method", "pgd", "--target", "dog"], "a class name (circle, square, triangle, cross, star)"),
        (["--method", "pgd", "--eps=-1"], "Attack parameter 'eps' is -1.0"),
        (["--method", "pgd", "--eot-preset", "thys2019"], "--eot-preset needs --eot-samples"),
        (["--method", "pgd", "--eot-samples", "2", "--eot-preset", "kurakin2015"], "Did you mean \"kurakin2016\"?"),
        (["--method", "pgd", "--label", "dog"], "unknown label \"dog\""),
        (["--method", "deepfool", "--eot-samples", "4"], "deepfool follows the model's own Jacobian"),
        (["--method", "pgd", "--learning-rate", "0.1"], "Method 'pgd' does not use the parameter 'learning-rate'"),
        (["--method", "cw-l2", "--initial-constant", "0"], "Attack parameter 'initial-constant' is 0.0"),
    ])
    func badArgumentsSayWhatIsWrong(arguments: [String], message: String) throws {
        let result = try attack(arguments + ["ramp.png", "--out", "x"])
        #expect(result.status != 0)
        #expect(result.standardError.contains(message), "\(result.standardError)")
    }
}
