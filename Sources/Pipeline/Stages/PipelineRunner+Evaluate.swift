import Attacks
import Evaluation
import NeuralNetworks
import Tensors

extension PipelineRunner {
    /// `evaluate`: accuracy, success, perturbation sizes, transforms,
    /// destruction rate, transfer and robustness, all on Evaluation's types.
    /// A finished evaluation is read back on `--resume`.
    func runEvaluate(_ evaluate: EvaluateStage, stage: String, text: String) throws {
        let input = try set(evaluate.input)
        let derivation = input.derivation.flatMap { $0.model == nil ? nil : $0 }
        let clean = try derivation.map { derivation -> ImageSet in
            let source = try set(derivation.source)
            return ImageSet(
                name: source.name, images: concatenate(derivation.sourceIndices.map(source.image), alongAxis: 0),
                imageNames: input.imageNames, labels: input.labels, derivation: nil)
        } ?? input
        let judges = evaluate.models ?? derivation?.model.map { [$0] } ?? []
        guard !judges.isEmpty else {
            throw PipelineError.stageFailed(stage: stage, reason: "the set \"\(input.name)\" was not attacked; name \"models\"")
        }
        let entries = try judges.map { try models.entry($0) }
        let key = ContentHash.combining(
            [text, "\(spec.seed)", ContentHash.of(input.images), ContentHash.of(clean.images)] + entries.map(\.sha256))
        if let finished = resumeStore.value(EvaluationRecord.self, key: key) {
            log("  read back from an earlier run")
            results.evaluations.append(finished)
            return
        }
        let targetName = evaluate.target ?? results.attacks.first { $0.output == input.name }?.images.first?.targetLabel
            ?? results.patches.first { $0.output == input.name }?.target
        var record = EvaluationRecord(
            stage: stage, input: input.name, clean: derivation?.source, attackedModel: derivation?.model,
            target: targetName == "untargeted" || targetName == "least-likely" ? nil : targetName,
            transforms: evaluate.transforms.map { $0.preset ?? "custom" }, samplesPerImage: evaluate.transforms?.samples,
            models: [])
        var bar = progressBar(total: judges.count, title: stage)
        for (index, (name, entry)) in zip(judges, entries).enumerated() {
            record.models.append(
                try evaluateModel(name, entry.classifier, adversarial: derivation == nil ? nil : input, clean: clean,
                                  target: record.target, evaluate: evaluate, stage: stage))
            bar.update(done: index + 1, startedAt: 0, detail: name)
        }
        bar.finish()
        if derivation != nil {
            let sizes = PerturbationSize.measure(from: clean.images, to: input.images)
            record.perturbations = sizes
            record.perturbation = PerturbationSummary(sizes)
            record.transfer = transferMatrix(record)
        }
        try resumeStore.store(record, key: key)
        results.evaluations.append(record)
    }

    private func evaluateModel(
        _ name: String, _ classifier: Classifier, adversarial: ImageSet?, clean: ImageSet, target: String?,
        evaluate: EvaluateStage, stage: String
    ) throws -> EvaluationRecord.ModelEvaluation {
        let labels = try labelIndices(clean, classifier: classifier)
        let goal = AttackGoal(target: try target.map { try classifier.index(ofLabel: $0) })
        let outcomes = ClassificationOutcome.outcomes(
            trueLabels: labels, clean: try classifier.topPredictions(5, for: clean.images),
            adversarial: try adversarial.map { try classifier.topPredictions(5, for: $0.images) })
        var result = EvaluationRecord.ModelEvaluation(
            model: name, summary: ClassificationSummary(outcomes, goal: goal), images: outcomes)
        if let transforms = evaluate.transforms, let adversarial {
            var random = RandomGenerator(seed: ContentHash.seed(ContentHash.combining(["\(spec.seed)", stage, name])))
            let measured = try TransformEvaluation(distribution: transforms.distribution, samples: transforms.samples)
                .evaluate(adversarial.images, trueLabels: labels, goal: goal, on: classifier, using: &random)
            result.imagesUnderTransforms = measured
            result.underTransforms = TransformSummary(measured, samplesPerImage: transforms.samples)
            result.destructionRate = DestructionRate(
                cleanCorrect: outcomes.map { $0.cleanCorrect() },
                adversarialCorrect: outcomes.map { $0.adversarialCorrect() ?? false },
                transformedAdversarialCorrect: measured.map(\.correct))
        }
        if let robustness = evaluate.robustness {
            result.robustness = try robustnessCurve(
                robustness.method, epsilons: robustness.epsilons, model: name, classifier: classifier, clean: clean,
                labels: labels, stage: stage)
        }
        return result
    }

    /// Accuracy on the clean images attacked at each budget (ε = 0 is the clean accuracy).
    private func robustnessCurve(
        _ method: AttackMethod, epsilons: [Float], model: String, classifier: Classifier, clean: ImageSet, labels: [Int],
        stage: String
    ) throws -> RobustnessCurve {
        let victim = Victim(model: classifier)
        let points = try epsilons.map { epsilon -> RobustnessCurve.Point in
            var random = RandomGenerator(
                seed: ContentHash.seed(ContentHash.combining(["\(spec.seed)", stage, model, "\(epsilon)"])))
            let images: Tensor
            if epsilon == 0 {
                images = clean.images
            } else {
                images = try method.makeAttack(AttackParameters(epsilon: epsilon))
                    .run(on: clean.images, labels: labels, victim: victim, using: &random).quantised
            }
            let predicted = try classifier.logits(for: images).argmax(alongAxis: 1)
            return .init(
                epsilon: Double(epsilon) * 255,
                accuracy: Proportion(counting: zip(predicted, labels).map { $0 == $1 }))
        }
        return RobustnessCurve(model: model, method: method.rawValue, points: points)
    }

    /// Success from the attacked model (rows) to every judging model (columns), plain and under transforms.
    private func transferMatrix(_ record: EvaluationRecord) -> TransferMatrix? {
        guard let source = record.attackedModel else { return nil }
        var entries: [TransferMatrix.Entry] = []
        for model in record.models {
            if let success = model.summary.success {
                entries.append(.init(source: source, target: model.model, transformed: false, success: success))
            }
            if let transformed = model.underTransforms {
                entries.append(.init(source: source, target: model.model, transformed: true, success: transformed.adversarial))
            }
        }
        return TransferMatrix(sources: [source], targets: record.models.map(\.model), entries: entries)
    }
}
