import Attacks
import Tensors
import Testing

/// Expects every value of `adversarial` within ε of `clean` (as the
/// projection computes the bounds, in Float) and inside [0, 1].
func expectInsideLInfinityBall(
    _ adversarial: Tensor, around clean: Tensor, epsilon: Float, sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(adversarial.shape == clean.shape, sourceLocation: sourceLocation)
    let outside = zip(adversarial.scalars, clean.scalars).filter { a, c in
        !(a >= c - epsilon && a <= c + epsilon && a >= 0 && a <= 1)
    }
    #expect(outside.isEmpty, "values outside the ε-ball or [0, 1]: \(outside.prefix(4))", sourceLocation: sourceLocation)
}

/// The Euclidean length of each image's perturbation, in [0, 1] units.
func perturbationNorms(_ adversarial: Tensor, _ clean: Tensor) -> [Float] {
    let size = clean.scalarCount / clean.shape[0]
    return (0..<clean.shape[0]).map { image in
        var sum: Float = 0
        for index in (image * size)..<((image + 1) * size) {
            let d = adversarial.scalars[index] - clean.scalars[index]
            sum += d * d
        }
        return sum.squareRoot()
    }
}

/// The per-image cross-entropy of the model's logits with `labels`.
func crossEntropies(_ images: Tensor, labels: [Int], model: TinyMLP = SyntheticTask.model) -> [Float] {
    crossEntropy(logits: model(images), labels: labels, reduction: .perSample).scalars
}

/// The mean of some values.
func mean(_ values: [Float]) -> Float { values.reduce(0, +) / Float(max(values.count, 1)) }
