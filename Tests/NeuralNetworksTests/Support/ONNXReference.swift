import Foundation
import Tensors

/// A NAME.reference.json fixture: a fixed input batch, onnxruntime's output,
/// and PyTorch's gradient of sum(output · objectiveWeights) with respect to
/// the input.
struct ONNXReference: Decodable {
    /// A tensor as stored: shape and row-major values.
    struct StoredTensor: Decodable {
        var shape: [Int]
        var data: [Float]

        var tensor: Tensor { Tensor(shape: shape, scalars: data) }
    }

    var model: String
    var input: StoredTensor
    var output: StoredTensor
    var objectiveWeights: StoredTensor
    var inputGradient: StoredTensor

    /// Reads the reference of the model fixture `modelName` (`cnn-opset17.onnx`).
    static func load(forModel modelName: String) throws -> ONNXReference {
        let name = modelName.replacingOccurrences(of: ".onnx", with: ".reference.json")
        return try JSONDecoder().decode(ONNXReference.self, from: Fixtures.data(name))
    }
}
