import NeuralNetworks
import PhysicalWorld
import Tensors

/// A trained patch measured on scene images: each image with the patch at
/// one placement, judged as it is (digitally) and, optionally, under
/// sampled physical-world transforms of the patched image.
public struct PatchEvaluation {
    /// One outcome per image.
    public let outcomes: [PatchOutcome]
    /// The patched images, N,C,H,W.
    public let patchedImages: Tensor

    /// The share of images whose patched version meets the goal.
    public var successRate: Float {
        Float(outcomes.filter(\.success).count) / Float(Swift.max(outcomes.count, 1))
    }

    /// The mean over images of the transformed success rate, if measured.
    public var transformedSuccessRate: Float? {
        let rates = outcomes.compactMap(\.transformedSuccessRate)
        return rates.count == outcomes.count && !rates.isEmpty ? rates.reduce(0, +) / Float(rates.count) : nil
    }

    /// Pastes `result`'s patch on every image at its placement and classifies
    /// the results with `model`; with `transforms`, also `samples` transformed
    /// copies of each patched image (one batch per image).
    public static func measure(
        _ result: PatchResult, model: any Layer, images: Tensor, labels: [Int], placements: [PatchPlacement],
        transforms: TransformDistribution? = nil, samples: Int = 200, using generator: inout RandomGenerator
    ) throws -> PatchEvaluation {
        let classCount = model(images.sliced(alongAxis: 0, 0..<1), mode: .inference).shape[1]
        try UniversalPatchAttack.checkImages(images, labels: labels, classCount: classCount)
        guard placements.count == images.shape[0] else {
            throw AttackError.invalidParameter(
                name: "placements", value: "\(placements.count)", expected: "one per image (\(images.shape[0]))")
        }
        let patched = result.applied(to: images, placements: placements)
        let objective = UniversalPatchAttack.objective(for: result.target, labels: labels)
        let clean = predictions(model, images)
        let patchedLogits = logits(model, patched)
        let success = objective.isAdversarial(logits: patchedLogits)
        let outcomes = try labels.indices.map { index in
            let rate = try transforms.map { distribution in
                let one = patched.sliced(alongAxis: 0, index..<(index + 1))
                let copies = try distribution.sample(one, count: samples, using: &generator).images
                let goal = UniversalPatchAttack.objective(for: result.target, labels: Array(repeating: labels[index], count: samples))
                let hits = goal.isAdversarial(logits: logits(model, copies)).filter { $0 }.count
                return Float(hits) / Float(samples)
            }
            return PatchOutcome(
                trueLabel: labels[index], clean: clean[index], patched: patchedLogits.argmax(alongAxis: 1)[index],
                success: success[index], transformedSuccessRate: rate, placement: placements[index])
        }
        return PatchEvaluation(outcomes: outcomes, patchedImages: patched)
    }

    private static func logits(_ model: any Layer, _ images: Tensor) -> Tensor {
        model(images.detached(), mode: .inference).detached()
    }

    private static func predictions(_ model: any Layer, _ images: Tensor) -> [Int] {
        logits(model, images).argmax(alongAxis: 1)
    }
}
