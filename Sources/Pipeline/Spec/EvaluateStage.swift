import Attacks
import PhysicalWorld
import StrictCoding

/// `evaluate`: measures a set on one or more models.
///
/// ```json
/// {"evaluate": {"input": "adversarial", "models": ["victim", "other"],
///               "transforms": {"preset": "print-and-photograph", "samples": 100},
///               "robustness": {"method": "fgsm", "epsilons": [0, 0.01, 0.02, 0.05]}}}
/// ```
/// For an adversarial set (made by `attack` or `patch`): clean accuracy and
/// attack success (top-1 and top-5, judged by the attack's goal unless
/// `target` says otherwise) on every model, the perturbation sizes (L∞, L2,
/// L0, PSNR, SSIM, CIEDE2000 ΔE) and the transfer matrix from the attacked
/// model to every model. With `transforms`: adversarialness (the fraction of
/// `samples` sampled transforms, 1…4096, classified as the goal), mean target
/// probability and Kurakin's destruction rate, and the transfer matrix under
/// transforms. With `robustness`: accuracy against ε on each model, attacking
/// the clean images with `method` (any attack with an `eps`) at each ε. Every
/// rate has a Wilson 95% interval. For a clean set: accuracy only (and the
/// robustness curve). `models` defaults to the attacked model.
public struct EvaluateStage: Decodable, Sendable {
    /// The set measured.
    public var input: String
    /// The models judging it.
    public var models: [String]?
    /// `untargeted` or a class name, overriding the attack's goal.
    public var target: String?
    /// The transform distribution and the samples per image, if any.
    public var transforms: (distribution: TransformDistribution, preset: String?, samples: Int)?
    /// The robustness curve's method and budgets, if any.
    public var robustness: (method: AttackMethod, epsilons: [Float])?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case input, models, target, transforms, robustness
    }
    private enum TransformKeys: String, CodingKey, CaseIterable { case preset, steps, samples }
    private enum RobustnessKeys: String, CodingKey, CaseIterable { case method, epsilons }

    /// Decodes strictly.
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        input = try container.setName(forKey: .input)
        models = container.contains(.models) ? try container.strings(forKey: .models) : nil
        target = try container.decodeIfPresent(String.self, forKey: .target)
        if container.contains(.transforms) {
            let transforms = try container.superDecoder(forKey: .transforms)
            try transforms.rejectUnknownKeys(TransformKeys.self)
            let fields = try transforms.container(keyedBy: TransformKeys.self)
            let (distribution, preset) = try fields.transformDistribution(presetKey: .preset, stepsKey: .steps)
            self.transforms = (distribution, preset, try fields.integer(forKey: .samples, in: 1...4096, default: 100))
        }
        if container.contains(.robustness) {
            let robustness = try container.superDecoder(forKey: .robustness)
            try robustness.rejectUnknownKeys(RobustnessKeys.self)
            let fields = try robustness.container(keyedBy: RobustnessKeys.self)
            let method = try SpecValue.choice(AttackMethod.self, in: fields, forKey: .method)
            try SpecValue.require(
                method.acceptedParameters.contains(.epsilon),
                "expected a method with a budget eps (fgsm, bim, pgd, pgd-l2, mifgsm, difgsm, fooling), found \(method.rawValue)",
                in: fields, forKey: .method)
            let epsilons = try fields.decode([Float].self, forKey: .epsilons)
            try SpecValue.require(
                !epsilons.isEmpty && epsilons.allSatisfy { (0...1).contains($0) },
                "expected a non-empty list of budgets in [0, 1] image units, found \(epsilons)", in: fields, forKey: .epsilons)
            self.robustness = (method, epsilons)
        }
    }
}
