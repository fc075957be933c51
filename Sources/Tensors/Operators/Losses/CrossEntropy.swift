#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a loss combines the losses of the samples of a batch.
public enum LossReduction: Sendable {
    /// The mean over the batch: a rank-0 tensor.
    case mean
    /// The sum over the batch: a rank-0 tensor.
    case sum
    /// One loss per sample: a tensor of shape `[N]`.
    case perSample
}

/// The cross-entropy between the softmax of `logits` (`[N, C]`) and integer
/// class `labels` (N values in `0..<C`), optionally with label smoothing.
///
/// With smoothing ε the target of each sample is `(1 − ε)·onehot + ε/C`, as in
/// PyTorch's `cross_entropy(label_smoothing:)`. Computed from a stable
/// log-softmax; the gradient with respect to the logits is
/// `(softmax − target)` scaled by the reduction.
public func crossEntropy(
    logits: Tensor, labels: [Int], labelSmoothing: Float = 0, reduction: LossReduction = .mean
) -> Tensor {
    precondition(logits.rank == 2, "crossEntropy: logits must be [N, C], got shape \(logits.shape)")
    let (count, classes) = (logits.shape[0], logits.shape[1])
    precondition(
        labels.count == count, "crossEntropy: \(labels.count) labels for logits of shape \(logits.shape)")
    precondition(
        labelSmoothing >= 0 && labelSmoothing <= 1, "crossEntropy: label smoothing \(labelSmoothing) is outside 0...1")
    for (sample, label) in labels.enumerated() {
        precondition(
            label >= 0 && label < classes,
            "crossEntropy: label \(label) of sample \(sample) is outside 0..<\(classes) (logits shape \(logits.shape))")
    }
    let offValue = labelSmoothing / Float(classes)
    let onValue = 1 - labelSmoothing + offValue
    var targets = [Float](repeating: offValue, count: count * classes)
    for (sample, label) in labels.enumerated() { targets[sample * classes + label] = onValue }
    return softTargetCrossEntropy(
        logits: logits, targets: Tensor(shape: logits.shape, scalars: targets), temperature: 1, reduction: reduction)
}

/// The cross-entropy `−Σ_c p_c · log softmax(logits / T)_c` between soft
/// target probabilities `p` (`[N, C]`, e.g. a teacher's softmax for
/// distillation) and the softmax of `logits / temperature`.
///
/// The result is not multiplied by T²; distillation losses in Hinton's form
/// do that themselves. Gradients flow to the logits and, when tracked, to the
/// targets.
public func crossEntropy(
    logits: Tensor, targetProbabilities: Tensor, temperature: Float = 1, reduction: LossReduction = .mean
) -> Tensor {
    precondition(logits.rank == 2, "crossEntropy: logits must be [N, C], got shape \(logits.shape)")
    precondition(
        targetProbabilities.shape == logits.shape,
        "crossEntropy: target probabilities of shape \(targetProbabilities.shape) differ from logits of shape \(logits.shape)")
    precondition(temperature > 0, "crossEntropy: temperature must be positive, got \(temperature)")
    return softTargetCrossEntropy(
        logits: logits, targets: targetProbabilities, temperature: temperature, reduction: reduction)
}

private func softTargetCrossEntropy(
    logits: Tensor, targets: Tensor, temperature: Float, reduction: LossReduction
) -> Tensor {
    let (count, classes) = (logits.shape[0], logits.shape[1])
    let scaled = temperature == 1 ? logits.scalars : logits.scalars.map { $0 / temperature }
    let logProbabilities = softmaxLines(scaled, layout: AxisLayout(shape: logits.shape, axis: 1), logarithm: true)
    let p = targets.scalars
    var losses = [Float](repeating: 0, count: count)
    for sample in 0..<count {
        var total: Float = 0
        for c in 0..<classes where p[sample * classes + c] != 0 {
            total -= p[sample * classes + c] * logProbabilities[sample * classes + c]
        }
        losses[sample] = total
    }
    let (shape, values): ([Int], [Float])
    switch reduction {
    case .perSample: (shape, values) = ([count], losses)
    case .sum: (shape, values) = ([], [losses.reduce(0, +)])
    case .mean: (shape, values) = ([], [losses.reduce(0, +) / Float(Swift.max(count, 1))])
    }
    return Tensor.recordingOperation(shape: shape, scalars: values, inputs: [logits, targets]) { gradient, needs in
        // Per-sample weight of the output gradient.
        let weights: [Float]
        switch reduction {
        case .perSample: weights = gradient.scalars
        case .sum: weights = [Float](repeating: gradient.scalars[0], count: count)
        case .mean: weights = [Float](repeating: gradient.scalars[0] / Float(Swift.max(count, 1)), count: count)
        }
        var logitGradient: [Float]? = nil
        if needs[0] {
            // d/dz of −Σ p·(z/T − lse(z/T)) = (Σp · softmax − p) / T
            var result = [Float](repeating: 0, count: count * classes)
            for sample in 0..<count {
                let row = sample * classes
                var mass: Float = 0
                for c in 0..<classes { mass += p[row + c] }
                let scale = weights[sample] / temperature
                for c in 0..<classes {
                    result[row + c] = scale * (mass * expf(logProbabilities[row + c]) - p[row + c])
                }
            }
            logitGradient = result
        }
        var targetGradient: [Float]? = nil
        if needs[1] {
            var result = [Float](repeating: 0, count: count * classes)
            for sample in 0..<count {
                for c in 0..<classes {
                    result[sample * classes + c] = -weights[sample] * logProbabilities[sample * classes + c]
                }
            }
            targetGradient = result
        }
        return [
            logitGradient.map { Tensor(shape: [count, classes], scalars: $0) },
            targetGradient.map { Tensor(shape: [count, classes], scalars: $0) },
        ]
    }
}
