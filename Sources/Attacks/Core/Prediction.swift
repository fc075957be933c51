import Tensors

/// A model's top-1 answer for one image.
public struct Prediction: Codable, Equatable, Sendable {
    /// The class index with the largest logit.
    public var label: Int
    /// Its softmax probability.
    public var confidence: Float

    /// Creates a prediction.
    public init(label: Int, confidence: Float) {
        self.label = label
        self.confidence = confidence
    }

    /// The top-1 prediction of each row of logits `[N, K]`.
    public static func top1(_ logits: Tensor) -> [Prediction] {
        let probabilities = logits.detached().softmax(alongAxis: 1).scalars
        let classes = logits.shape[1]
        return logits.argmax(alongAxis: 1).enumerated().map { row, label in
            Prediction(label: label, confidence: probabilities[row * classes + label])
        }
    }
}
