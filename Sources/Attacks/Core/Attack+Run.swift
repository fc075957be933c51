import Tensors

extension Attack {
    /// Attacks a batch end to end: checks the inputs, builds the objective for
    /// `target` from this attack's ``objectiveLoss``, searches, rounds to 8
    /// bits and measures every image. The method may refine the goal (see
    /// ``AttackMethod/resolve(_:)``).
    ///
    /// - Parameters:
    ///   - images: N,C,H,W in [0, 1].
    ///   - labels: the true label of each image.
    ///   - mask: optional 0/1 values broadcastable to the images; only values
    ///     where it is 1 may change.
    public func run(
        on images: Tensor, labels: [Int], target: AttackTarget = .untargeted, victim: Victim,
        mask: Tensor? = nil, using generator: inout RandomGenerator
    ) throws -> AttackResult {
        let target = try method.resolve(target)
        try checkInputs(images, labels: labels, mask: mask)
        try victim.check(images)
        let cleanLogits = victim.logits(images)
        let classCount = try checkedClassCount(cleanLogits, images: images.shape[0])
        for (image, label) in labels.enumerated() where !(0..<classCount).contains(label) {
            throw AttackError.labelOutOfRange(label, image: image, classCount: classCount)
        }
        if case .label(let index) = target, !(0..<classCount).contains(index) {
            throw AttackError.targetOutOfRange(index, classCount: classCount)
        }
        let objective = objectiveLoss.objective(for: target, labels: labels, cleanLogits: cleanLogits)
        return measure(
            perturb(images, objective: objective, victim: victim, mask: mask, using: &generator),
            images: images, cleanLogits: cleanLogits, labels: labels, objective: objective, victim: victim)
    }

    private func checkInputs(_ images: Tensor, labels: [Int], mask: Tensor?) throws {
        guard images.rank == 4, images.shape[0] > 0, images.scalarCount > 0 else {
            throw AttackError.badImageShape(images.shape)
        }
        let (low, high) = (images.scalars.min()!, images.scalars.max()!)
        guard low >= 0, high <= 1 else { throw AttackError.imagesOutOfRange(minimum: low, maximum: high) }
        guard labels.count == images.shape[0] else {
            throw AttackError.labelCountMismatch(images: images.shape[0], labels: labels.count)
        }
        guard let mask else { return }
        guard mask.rank == 4, broadcastsWithoutGrowing(mask.shape, to: images.shape) else {
            throw AttackError.badMask(shape: mask.shape, imageShape: images.shape, reason: "it does not broadcast to the images")
        }
        guard mask.scalars.allSatisfy({ $0 == 0 || $0 == 1 }) else {
            throw AttackError.badMask(shape: mask.shape, imageShape: images.shape, reason: "it holds values other than 0 and 1")
        }
    }

    private func broadcastsWithoutGrowing(_ shape: [Int], to target: [Int]) -> Bool {
        zip(shape, target).allSatisfy { $0 == $1 || $0 == 1 }
    }

    private func checkedClassCount(_ logits: Tensor, images: Int) throws -> Int {
        guard logits.rank == 2, logits.shape[0] == images, logits.shape[1] > 0 else {
            throw AttackError.badLogitsShape(logits.shape, images: images)
        }
        return logits.shape[1]
    }

    /// Predictions, success before and after quantisation, and image metrics.
    /// `cleanLogits` (of `images`) are reused when the search started from the
    /// images themselves, which is every method but fooling images.
    private func measure(
        _ result: Perturbation, images: Tensor, cleanLogits: Tensor, labels: [Int], objective: any Objective,
        victim: Victim
    ) -> AttackResult {
        let quantised = quantisedTo8Bit(result.adversarial)
        let (originLogits, finalLogits, quantisedLogits) = (
            result.origins == images ? cleanLogits : victim.logits(result.origins),
            victim.logits(result.adversarial), victim.logits(quantised)
        )
        let (original, final, rounded) = (
            Prediction.top1(originLogits), Prediction.top1(finalLogits), Prediction.top1(quantisedLogits)
        )
        let (success, quantisedSuccess) = (
            objective.isAdversarial(logits: finalLogits), objective.isAdversarial(logits: quantisedLogits)
        )
        let distances = PerturbationDistances.measure(from: result.origins, to: result.adversarial)
        let psnr = peakSignalToNoiseRatio(result.origins, result.adversarial)
        let ssim = structuralSimilarity(result.origins, result.adversarial)
        let outcomes = labels.indices.map { image in
            ImageOutcome(
                trueLabel: labels[image], original: original[image], final: final[image],
                quantised: rounded[image], success: success[image], quantisedSuccess: quantisedSuccess[image],
                distances: distances[image], psnr: psnr[image], ssim: ssim[image],
                iterations: success[image] ? result.iterations[image] : nil)
        }
        return AttackResult(
            origins: result.origins, adversarial: result.adversarial, quantised: quantised, outcomes: outcomes)
    }
}
