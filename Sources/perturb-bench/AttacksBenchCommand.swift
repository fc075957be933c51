import ArgumentParser
import Attacks
import Foundation
import NeuralNetworks
import Tensors

/// `perturb-bench attacks`: seconds per batch for FGSM, PGD-10 and C&W with
/// 100 Adam steps on the shipped models, as `perturb attack` runs them.
struct AttacksBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attacks",
        abstract: "Seconds per batch of 32 images: FGSM, PGD-10 and C&W-100 on the shipped models.",
        discussion: """
            Run from the package root: the default models are Models/*.onnx. Inputs are seeded uniform \
            images of each model's input size, labelled with the model's own predictions. FGSM ε 0.1; \
            PGD-10 L∞ ε 0.1, step 0.01, random start; C&W-100: one value of c = 1 (torchattacks' \
            default) and 100 Adam steps at learning rate 0.01. Every round runs each model's attacks once, \
            interleaved, after one untimed FGSM per model; the median over rounds is reported.
            """)

    @Option(name: .customLong("model"), help: "An ONNX classifier to measure (repeatable); default: Models/*.onnx.")
    var models: [String] = []

    @Option(help: "Rounds; the median is reported.")
    var repeats = 3

    @Option(help: "Images per batch.")
    var batch = 32

    @Flag(help: "Print the results as JSON instead of a table.")
    var json = false

    func validate() throws {
        guard repeats >= 1 else { throw ValidationError("--repeats must be at least 1, got \(repeats)") }
        guard batch >= 1 else { throw ValidationError("--batch must be at least 1, got \(batch)") }
    }

    func run() throws {
        let benches = try modelPaths().map { try ModelBench(path: $0, batch: batch) }
        let attacks: [(name: String, attack: any Attack)] = [
            ("fgsm", FGSM(epsilon: 0.1)),
            ("pgd-10", PGD(ball: .lInfinity(epsilon: 0.1), stepSize: 0.01, steps: 10)),
            ("cw-l2-100", CarliniWagnerL2(steps: 100, binarySearchSteps: 1, initialConstant: 1, learningRate: 0.01)),
        ]
        for bench in benches { _ = try bench.time(FGSM(epsilon: 0.1)) }
        var seconds = [[Double]](repeating: [], count: benches.count * attacks.count)
        var success = [Double](repeating: 0, count: seconds.count)
        for _ in 0..<repeats {
            for (m, bench) in benches.enumerated() {
                for (a, entry) in attacks.enumerated() {
                    let (time, rate) = try bench.time(entry.attack)
                    seconds[m * attacks.count + a].append(time)
                    success[m * attacks.count + a] = rate
                }
            }
        }
        let results = benches.enumerated().flatMap { m, bench in
            attacks.enumerated().map { a, entry in
                let times = seconds[m * attacks.count + a].sorted()
                return Result(
                    model: bench.name, attack: entry.name, batch: batch, seconds: times[times.count / 2],
                    successRate: success[m * attacks.count + a])
            }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(results), as: UTF8.self))
            return
        }
        print("attacks: batch \(batch), backend \(BLASBackend.summary); median of \(repeats) interleaved rounds")
        print("| model | attack | seconds per batch | success |")
        print("|---|---|---:|---:|")
        for result in results {
            print(String(format: "| %@ | %@ | %.3f | %.2f |", result.model, result.attack, result.seconds, result.successRate))
        }
    }

    /// `--model` paths, or every `.onnx` file in `Models/`, sorted.
    private func modelPaths() throws -> [String] {
        guard models.isEmpty else { return models }
        let folder = "Models"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let paths = names.filter { $0.hasSuffix(".onnx") }.sorted().map { folder + "/" + $0 }
        guard !paths.isEmpty else {
            throw ValidationError("no .onnx files in \(folder)/: run from the package root or pass --model M.onnx")
        }
        return paths
    }

    struct Result: Codable {
        var model: String
        var attack: String
        var batch: Int
        var seconds: Double
        var successRate: Double
    }
}

/// One classifier with its seeded batch and the labels it predicts for it.
private struct ModelBench {
    let name: String
    let victim: Victim
    let images: Tensor
    let labels: [Int]

    init(path: String, batch: Int) throws {
        let classifier = try Classifier.load(from: URL(fileURLWithPath: path))
        var generator = RandomGenerator(seed: 1)
        name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        victim = Victim(model: classifier)
        images = Tensor.uniform(classifier.input.batchShape(count: batch), using: &generator)
        labels = try classifier.logits(for: images).argmax(alongAxis: 1)
    }

    /// Seconds for one run of `attack` on the batch, and its success rate.
    func time(_ attack: any Attack) throws -> (seconds: Double, successRate: Double) {
        var generator = RandomGenerator(seed: 7)
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try attack.run(on: images, labels: labels, victim: victim, using: &generator)
        return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, result.successRate)
    }
}
