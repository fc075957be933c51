import NeuralNetworks
import PhysicalWorld
import Tensors

/// Measures a set of images against one model: clean accuracy, attack
/// success, perturbation size and, given a transform distribution, both
/// versions under N sampled transforms and Kurakin's destruction rate.
///
/// This is the `evaluate` stage of a pipeline and `perturb evaluate`: give it
/// tensors and labels, it returns ``ImageSetResults`` (Codable, for
/// results.json) that ``ReportDocument/init(results:title:summary:panels:)``
/// turns into a report.
public struct ImageSetEvaluation: Sendable {
    /// A transform distribution with its name, as results record it.
    public struct Transforms: Sendable {
        /// The name shown in results ("print-and-photograph").
        public var name: String
        /// How many transforms per image and how they are drawn.
        public var evaluation: TransformEvaluation

        /// Creates the setting.
        public init(name: String, evaluation: TransformEvaluation) {
            self.name = name
            self.evaluation = evaluation
        }
    }

    /// What counts as success.
    public var goal: AttackGoal
    /// The transforms to measure under, or nil for digital figures only.
    public var transforms: Transforms?

    /// Creates an evaluation.
    public init(goal: AttackGoal, transforms: Transforms? = nil) {
        self.goal = goal
        self.transforms = transforms
    }

    /// The results for N images: `names` (for the per-image records), the
    /// clean `originals` and optionally their `adversarial` versions (both
    /// N,C,H,W in [0, 1] at the model's input size) and their true labels.
    /// Clean and adversarial image i meet the same sampled transforms (both
    /// start from a copy of `generator`, which then advances past them).
    public func run(
        on classifier: Classifier, names: [String], originals: Tensor, adversarial: Tensor?, trueLabels: [Int],
        using generator: inout RandomGenerator
    ) throws -> ImageSetResults {
        precondition(
            names.count == originals.shape[0] && trueLabels.count == names.count
                && (adversarial.map { $0.shape == originals.shape } ?? true),
            "ImageSetEvaluation: one name and label per image, adversarial images shaped like the originals")
        let cleanTop = try classifier.topPredictions(5, for: originals)
        let attackedTop = try adversarial.map { try classifier.topPredictions(5, for: $0) }
        let outcomes = ClassificationOutcome.outcomes(trueLabels: trueLabels, clean: cleanTop, adversarial: attackedTop)
        let sizes = adversarial.map { PerturbationSize.measure(from: originals, to: $0) }

        var underTransforms: (clean: [TransformOutcome], adversarial: [TransformOutcome]?)?
        if let transforms {
            var cleanGenerator = generator
            let clean = try transforms.evaluation.evaluate(
                originals, trueLabels: trueLabels, goal: .untargeted, on: classifier, using: &cleanGenerator)
            let attacked = try adversarial.map { images in
                var adversarialGenerator = generator
                return try transforms.evaluation.evaluate(
                    images, trueLabels: trueLabels, goal: goal, on: classifier, using: &adversarialGenerator)
            }
            generator = cleanGenerator
            underTransforms = (clean, attacked)
        }

        let images = names.indices.map { index in
            ImageResult(
                name: names[index], classification: outcomes[index], perturbation: sizes?[index],
                cleanUnderTransforms: underTransforms?.clean[index],
                adversarialUnderTransforms: underTransforms?.adversarial?[index])
        }
        return ImageSetResults(
            labels: classifier.labels, goal: goal, images: images,
            classification: ClassificationSummary(outcomes, goal: goal),
            perturbation: sizes.map(PerturbationSummary.init),
            transforms: transforms.map { settings in
                TransformResults(name: settings.name, samplesPerImage: settings.evaluation.samples, images: images, outcomes: outcomes)
            })
    }
}
