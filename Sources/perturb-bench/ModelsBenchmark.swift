import ArgumentParser
import Foundation
import NeuralNetworks
import Tensors

/// `perturb-bench models`: images/s of ONNX classifiers, forward and
/// forward + input gradient, at several batch sizes.
struct ModelsBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models",
        abstract: "Images/s of ONNX models: forward and forward+input-gradient at batch 1, 32 and 128.",
        discussion: """
            Defaults to the two PyTorch-exported test fixtures (a small CNN and a ResNet-style model \
            with batch norm and residual adds, 3x16x16) and the two larger 3x32x32 bench models in \
            Benchmarks/Models (scripts/make-onnx-fixtures.py --bench); run from the package root. \
            Inputs are seeded uniform images. The gradient is that of sum(logits · W) with respect to \
            the input, as attacks take it (no weight gradients). Each figure is the median over rounds; \
            a round runs at least 128 images.
            """)

    @Option(name: .customLong("model"), help: "An ONNX model to measure (repeatable); default: the four listed below.")
    var models: [String] = [
        "Tests/NeuralNetworksTests/Fixtures/cnn-opset17.onnx",
        "Tests/NeuralNetworksTests/Fixtures/resnet-opset17.onnx",
        "Benchmarks/Models/bench-cnn-opset17.onnx",
        "Benchmarks/Models/bench-resnet-opset17.onnx",
    ]

    @Option(name: .customLong("batch"), help: "Batch sizes (repeatable).")
    var batches: [Int] = [1, 32, 128]

    @Option(help: "Rounds per measurement (medians are taken over rounds).")
    var repeats = 7

    @Option(help: "How convolutions compute their products: packed-avx512 or system-blas (default: the CPU's best).")
    var convolutionProducts: ConvolutionProducts = .preferred

    @Flag(help: "Print the results as JSON instead of a table.")
    var json = false

    func validate() throws {
        guard convolutionProducts.isAvailable else {
            throw ValidationError("--convolution-products \(convolutionProducts.rawValue) needs a CPU with AVX-512")
        }
        guard repeats >= 1 else { throw ValidationError("--repeats must be at least 1, got \(repeats)") }
        guard batches.allSatisfy({ $0 >= 1 }) else { throw ValidationError("batch sizes must be positive, got \(batches)") }
    }

    func run() throws {
        try ConvolutionProducts.using(convolutionProducts, measure)
    }

    private func measure() throws {
        var generator = RandomGenerator(seed: 1)
        var results: [Result] = []
        if !json {
            print("backend: \(BLASBackend.summary); convolution products \(convolutionProducts.rawValue); median of \(repeats) rounds")
            print(pad("model", 28) + pad("batch", 7, left: true) + pad("forward img/s", 16, left: true)
                + pad("fwd+grad img/s", 16, left: true))
        }
        for path in models {
            let model = try ONNXGraphModel(contentsOf: URL(fileURLWithPath: path))
            let imageShape = try Self.imageShape(of: model)
            for batch in batches {
                let x = Tensor.uniform([batch] + imageShape, in: 0...1, using: &generator)
                let logits = try model.run(x)
                let weights = Tensor.uniform(logits.shape, in: -1...1, using: &generator)
                let calls = max(1, 128 / batch)
                let forward = median(calls: calls) { _ = model(x) }
                let backward = median(calls: calls) {
                    _ = valueAndGradient(at: x) { (model($0) * weights).sum() }
                }
                let result = Result(
                    model: URL(fileURLWithPath: path).lastPathComponent, batch: batch,
                    forwardImagesPerSecond: Double(batch * calls) / forward,
                    forwardAndInputGradientImagesPerSecond: Double(batch * calls) / backward)
                results.append(result)
                if !json {
                    print(pad(result.model, 28) + pad(String(batch), 7, left: true)
                        + pad(String(format: "%.0f", result.forwardImagesPerSecond), 16, left: true)
                        + pad(String(format: "%.0f", result.forwardAndInputGradientImagesPerSecond), 16, left: true))
                }
            }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(results), as: UTF8.self))
        }
    }

    /// C, H, W of the model's declared input (all three must be fixed).
    private static func imageShape(of model: ONNXGraphModel) throws -> [Int] {
        let sizes = model.input.shape?.dropFirst().map(\.fixedSize) ?? []
        guard sizes.count == 3, let fixed = sizes as? [Int] else {
            throw ValidationError("\(model.name): input \(model.input.shapeDescription) is not N×C×H×W with fixed C, H, W")
        }
        return fixed
    }

    /// The median seconds of `repeats` rounds of `calls` calls of `body`, after one warm-up round.
    private func median(calls: Int, _ body: () -> Void) -> Double {
        for _ in 0..<calls { body() }
        let seconds = (0..<repeats).map { _ in
            let start = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<calls { body() }
            return Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9
        }
        return seconds.sorted()[seconds.count / 2]
    }

    private func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return left ? padding + text : text + padding
    }

    struct Result: Codable {
        var model: String
        var batch: Int
        var forwardImagesPerSecond: Double
        var forwardAndInputGradientImagesPerSecond: Double
    }
}

extension ConvolutionProducts: ExpressibleByArgument {}
