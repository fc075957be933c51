import Foundation
import Testing
import Tensors
@testable import NeuralNetworks

/// An exported built-in model, run by the ONNX executor, gives the built-in model's logits.
@Suite struct ExecutorRoundTripTests {
    @Test(arguments: Architecture.allCases)
    func exportedModelsRunAlikeInTheExecutor(architecture: Architecture) throws {
        for (channels, side) in [(1, 28), (3, 32)] {
            let model = architecture.build(channels: channels, side: side, classes: 10, seed: 41)
            var generator = RandomGenerator(seed: 42)
            _ = model(Tensor.uniform([4, channels, side, side], using: &generator), mode: .training)
            let input = Tensor.uniform([3, channels, side, side], using: &generator)
            let exported = try model.onnxModel(
                input: InputSpec(channels: channels, height: side, width: side), labels: (0..<10).map { "c\($0)" })
            let executor = try ONNXGraphModel(
                ONNXModel(serializedData: try exported.serializedData(), source: "exported \(architecture)"))
            let expected = model(input), found = try executor.run(input)
            #expect(found.shape == expected.shape)
            let difference = zip(found.scalars, expected.scalars).map { abs($0 - $1) }.max() ?? .infinity
            #expect(difference < 1e-5, "\(architecture) on \(side)x\(side): max difference \(difference)")
        }
    }
}
