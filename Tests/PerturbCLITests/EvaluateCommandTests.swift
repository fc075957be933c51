import Evaluation
import Foundation
import PNG
import Testing

/// `perturb evaluate` on the 3×16×16 five-class fixture CNN, run as a process.
@Suite final class EvaluateCommandTests {
    let folder: String
    let model = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../NeuralNetworksTests/Fixtures/cnn-opset17.onnx").standardized.path

    /// originals/circle/a.png, originals/square/b.png and, in same/, identical
    /// "adversarial" copies, so success is exactly misclassification.
    init() throws {
        folder = NSTemporaryDirectory() + "/perturb-evaluate-tests-" + UUID().uuidString
        for path in ["originals/circle", "originals/square", "same"] {
            try FileManager.default.createDirectory(atPath: folder + "/" + path, withIntermediateDirectories: true)
        }
        let ramp = (0..<256).flatMap { (pixel: Int) -> [UInt8] in [UInt8(pixel % 16 * 16), UInt8(pixel / 16 * 16), 128] }
        let disc = (0..<256).flatMap { pixel -> [UInt8] in
            let (x, y) = (pixel % 16 - 8, pixel / 16 - 8)
            let value: UInt8 = x * x + y * y < 20 ? 255 : 0
            return [value, value, value]
        }
        for (name, values, className) in [("a", ramp, "circle"), ("b", disc, "square")] {
            let image = PNGImage(width: 16, height: 16, layout: .rgb, samples: .eight(values))
            try image.write(to: "\(folder)/originals/\(className)/\(name).png")
            try image.write(to: "\(folder)/same/\(name)-adversarial.png")
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func evaluate(_ arguments: [String]) throws -> PerturbProcess {
        try PerturbProcess.run(["evaluate", "--model", model, "--originals", "originals"] + arguments, in: folder)
    }

    func decode(_ output: String) throws -> ImageSetResults {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return try decoder.decode(ImageSetResults.self, from: Data(output.utf8))
    }

    @Test func unchangedImagesSucceedExactlyWhereTheModelIsWrong() throws {
        let result = try evaluate([
            "--adversarial", "same", "--preset", "print-and-photograph", "--samples", "6", "--seed", "4", "--json",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let results = try decode(result.standardOutput)
        #expect(results.images.map(\.name) == ["originals/circle/a.png", "originals/square/b.png"])
        #expect(results.images.map(\.classification.trueLabel) == [0, 1])
        let accuracy = results.classification.cleanAccuracy
        #expect(accuracy.trials == 2 && results.classification.success?.successes == 2 - accuracy.successes)
        #expect(results.images.allSatisfy { $0.perturbation?.l0 == 0 && $0.perturbation?.psnr == .infinity })
        let transforms = try #require(results.transforms)
        let adversarial = try #require(transforms.adversarial)
        #expect(transforms.clean.correct.trials == 12)
        #expect(adversarial.adversarial.successes == 12 - transforms.clean.correct.successes, "the same transforms for both")
    }

    @Test func writesAReportAndATable() throws {
        let result = try evaluate(["--adversarial", "same", "--report", "report.html"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("clean accuracy") && result.standardOutput.contains("attack success"))
        let html = try String(contentsOfFile: folder + "/report.html", encoding: .utf8)
        #expect(html.contains("<svg ") && html.contains("data:image/png;base64,") && !html.contains("http"))
    }

    @Test func explainsBadFolders() throws {
        try FileManager.default.createDirectory(atPath: folder + "/originals/lorry", withIntermediateDirectories: true)
        let unknown = try evaluate([])
        #expect(unknown.status != 0 && unknown.standardError.contains("originals/lorry") && unknown.standardError.contains("circle"))
        try FileManager.default.removeItem(atPath: folder + "/originals/lorry")
        try FileManager.default.removeItem(atPath: folder + "/same/b-adversarial.png")
        let missing = try evaluate(["--adversarial", "same"])
        #expect(missing.status != 0 && missing.standardError.contains("same/b-adversarial.png"))
        let samplesAlone = try evaluate(["--samples", "5"])
        #expect(samplesAlone.status != 0 && samplesAlone.standardError.contains("--preset"))
    }
}
