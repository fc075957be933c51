import NeuralNetworks
import PhysicalWorld
import Tensors

/// Measures images under a physical-world transform distribution: N sampled
/// transforms per image, each transformed copy classified.
///
/// Each image draws its transforms from its own generator, split in image
/// order from the one passed in, as one batched `TransformDistribution.sample`
/// of N copies; the copies go through the model `batchSize` at a time. So the
/// result depends only on the images, the seed and N, not on the batch size,
/// and the same seed applies the same transforms to image i of any batch of
/// that shape: the clean and the adversarial version of an image meet
/// identical transforms (paired comparisons).
public struct TransformEvaluation: Sendable {
    /// The distribution transforms are drawn from.
    public var distribution: TransformDistribution
    /// The transforms sampled per image (N).
    public var samples: Int
    /// The most transformed images classified in one forward pass.
    public var batchSize: Int

    /// An evaluation of `samples` (≥ 1) transforms per image.
    public init(distribution: TransformDistribution, samples: Int, batchSize: Int = 256) {
        precondition(samples >= 1 && batchSize >= 1, "TransformEvaluation: samples and batch size must be at least 1")
        self.distribution = distribution
        self.samples = samples
        self.batchSize = batchSize
    }

    /// The outcome of each image of an N,C,H,W batch in [0, 1] (the model's
    /// input size) under `samples` transforms, judged by `goal` against
    /// `trueLabels`. Throws PhysicalWorld's `TransformError` for images the
    /// transforms cannot take and the classifier's errors for wrong shapes.
    public func evaluate(
        _ images: Tensor, trueLabels: [Int], goal: AttackGoal, on classifier: Classifier,
        using generator: inout RandomGenerator
    ) throws -> [TransformOutcome] {
        try TransformDistribution.checkImages(images)
        precondition(trueLabels.count == images.shape[0], "TransformEvaluation: one true label per image")
        let source = images.detached()
        return try trueLabels.indices.map { index in
            var imageGenerator = generator.split()
            let copies = try distribution.sample(
                source.sliced(alongAxis: 0, index..<index + 1), count: samples, using: &imageGenerator)
            let probabilities = try classify(copies.images, on: classifier)
            return outcome(probabilities, trueLabel: trueLabels[index], goal: goal)
        }
    }

    /// Softmax probabilities `[rows, classes]`, `batchSize` rows per pass.
    private func classify(_ images: Tensor, on classifier: Classifier) throws -> Tensor {
        let rows = images.shape[0]
        let parts = try stride(from: 0, to: rows, by: batchSize).map { start in
            try classifier.probabilities(for: images.sliced(alongAxis: 0, start..<Swift.min(rows, start + batchSize)))
        }
        return parts.count == 1 ? parts[0] : concatenate(parts, alongAxis: 0)
    }

    /// Counts and mean probabilities over one image's samples.
    private func outcome(_ probabilities: Tensor, trueLabel: Int, goal: AttackGoal) -> TransformOutcome {
        let (rows, classes) = (probabilities.shape[0], probabilities.shape[1])
        let values = probabilities.scalars
        var (adversarial, correct, top5) = (0, 0, 0)
        var (targetSum, trueSum) = (0.0, 0.0)
        for row in 0..<rows {
            let scores = values[(row * classes)..<((row + 1) * classes)]
            let ranking = scores.indices.sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
                .prefix(5).map { $0 - row * classes }
            if goal.isMet(byRanking: ranking, trueLabel: trueLabel) { adversarial += 1 }
            if ranking.first == trueLabel { correct += 1 }
            if ranking.contains(trueLabel) { top5 += 1 }
            trueSum += Double(values[row * classes + trueLabel])
            if let target = goal.target { targetSum += Double(values[row * classes + target]) }
        }
        return TransformOutcome(
            adversarial: Proportion(successes: adversarial, trials: rows),
            correct: Proportion(successes: correct, trials: rows),
            top5Correct: Proportion(successes: top5, trials: rows),
            meanTargetProbability: goal.target.map { _ in targetSum / Double(rows) },
            meanTrueLabelProbability: trueSum / Double(rows))
    }
}
