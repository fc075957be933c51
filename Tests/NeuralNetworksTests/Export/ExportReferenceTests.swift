import Foundation
import Testing
import Tensors
@testable import NeuralNetworks

/// Exported built-in models give onnxruntime's logits. The fixtures
/// `export-*.onnx` and `export-*.reference.json` (input shape and
/// onnxruntime's logits) are made by scripts/check-export.py, which runs this suite with
/// `PERTURB_EXPORT_FIXTURES=DIR` so that it writes the exported models there.
@Suite struct ExportReferenceTests {
    /// The input batch's shape, the input (only in what the suite writes for
    /// the script; the tests regenerate it from its seed) and the logits.
    private struct Reference: Codable {
        var shape: [Int]
        var input: [Float]?
        var logits: [Float]
    }

    /// A model using every built-in layer, with running statistics that are not the initial ones.
    private static func everyLayer() -> any BuiltInLayer {
        var generator = RandomGenerator(seed: 31)
        return Sequential([
            Conv2D("conv1", inputChannels: 3, outputChannels: 4, kernelSize: 3, padding: 1, generator: &generator),
            BatchNorm("bn1", channels: 4), LeakyReLU(negativeSlope: 0.1),
            ResidualBlock("block", inputChannels: 4, outputChannels: 8, stride: 2, generator: &generator),
            MaxPool2D(kernelSize: 2),
            Conv2D("conv2", inputChannels: 8, outputChannels: 8, kernelSize: 3, padding: 1, generator: &generator),
            Tanh(), AveragePool2D(kernelSize: 2), Flatten(),
            Dense("fc1", inputs: 32, outputs: 16, generator: &generator), GELU(), Dropout(rate: 0.3),
            Dense("fc2", inputs: 16, outputs: 10, generator: &generator), Sigmoid(),
        ])
    }

    private static let cases: [(name: String, build: () -> any BuiltInLayer, input: InputSpec)] = [
        ("export-layers", everyLayer, InputSpec(channels: 3, height: 16, width: 16)),
        ("export-resnet", { Architecture.resnet.build(channels: 3, side: 64, classes: 10, seed: 32) },
         InputSpec(channels: 3, height: 64, width: 64)),
    ]

    /// The model with running statistics moved by two training-mode passes, and a seeded input batch.
    private static func prepared(_ index: Int) -> (model: any BuiltInLayer, input: Tensor) {
        let (_, build, spec) = cases[index]
        let model = build()
        var generator = RandomGenerator(seed: 33)
        for _ in 0..<2 { _ = model(Tensor.uniform(spec.batchShape(count: 4), using: &generator) * 2, mode: .training) }
        return (model, Tensor.uniform(spec.batchShape(count: 2), using: &generator))
    }

    @Test(arguments: cases.indices)
    func exportedModelsGiveOnnxruntimeLogits(index: Int) throws {
        let (name, _, spec) = Self.cases[index]
        let (model, input) = Self.prepared(index)
        let data = try model.onnxModel(input: spec, labels: (0..<10).map { "c\($0)" }).serializedData()
        let logits = model(input)
        if let directory = ProcessInfo.processInfo.environment["PERTURB_EXPORT_FIXTURES"] {
            let folder = URL(fileURLWithPath: directory)
            try data.write(to: folder.appendingPathComponent("\(name).onnx"))
            let reference = Reference(shape: input.shape, input: input.scalars, logits: logits.scalars)
            try JSONEncoder().encode(reference).write(to: folder.appendingPathComponent("\(name).swift.json"))
            return
        }
        try expectSameExport(data, asFixture: "\(name).onnx")
        let reference = try JSONDecoder().decode(Reference.self, from: Fixtures.data("\(name).reference.json"))
        #expect(reference.shape == input.shape)
        let difference = zip(logits.scalars, reference.logits).map { abs($0 - $1) }.max() ?? .infinity
        #expect(reference.logits.count == logits.scalarCount && difference < 1e-4, "max difference \(difference)")
    }

    /// The exported model is the fixture's: the same graph, nodes, names,
    /// shapes and metadata, and float initializers equal up to rounding. The
    /// running statistics come from training passes whose GEMM rounds in the
    /// last bits differently with OpenBLAS's Haswell and SkylakeX kernels
    /// (about 1e-7 relative), so the bytes themselves may differ.
    private func expectSameExport(_ data: Data, asFixture file: String) throws {
        var exported = try ONNXModel(serializedData: data, source: "the exported model")
        let fixture = try ONNXModel(serializedData: Fixtures.data(file), source: file)
        for (name, tensor) in exported.graph.initializers {
            guard let values = tensor.floatTensor, let expected = fixture.graph.initializers[name]?.floatTensor,
                values.shape == expected.shape
            else { continue }
            let difference = zip(values.scalars, expected.scalars).map { abs($0 - $1) / max(1, abs($1)) }.max() ?? 0
            #expect(difference < 1e-5, "initializer \(name) differs by \(difference); rerun scripts/check-export.py")
            exported.graph.initializers[name] = .float(expected)
        }
        #expect(exported == fixture, "the export changed; rerun scripts/check-export.py")
    }
}
