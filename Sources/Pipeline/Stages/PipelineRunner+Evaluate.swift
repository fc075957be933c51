import Attacks
import Evaluation
import NeuralNetworks
import Tensors

extension PipelineRunner {
    /// `evaluate`: Evaluation's ``ImageSetEvaluation`` on every judging model
    /// (accuracy, success top-1 and top-5, perturbation sizes, clean and
    /// adversarial images under the same sampled transforms, destruction
    /// rates), the transfer matrix and robustness curves. A finished
    /// evaluation is read back on `--resume`.
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
            ?? results.stickers.first { $0.output == input.name }?.target
        var record = EvaluationRecord(
            stage: stage, input: input.name, clean: derivation?.source, attackedModel: derivation?.model,
            target: targetName == "untargeted" || targetName == "least-likely" ? nil : targetName, models: [])
        var bar = progressBar(total: judges.count, title: stage)
        for (index, (name, entry)) in zip(judges, entries).enumerated() {
            let classifier = entry.classifier
            let labels = try labelIndices(clean, classifier: classifier)
            let evaluation = ImageSetEvaluation(
                goal: AttackGoal(target: try record.target.map { try classifier.index(ofLabel: $0) }),
                transforms: evaluate.transforms.map { transforms in
                    .init(
                        name: transforms.preset ?? "custom transforms",
                        evaluation: TransformEvaluation(distribution: transforms.distribution, samples: transforms.samples))
                })
            var random = RandomGenerator(seed: ContentHash.seed(ContentHash.combining(["\(spec.seed)", stage, name])))
            let measured = try evaluation.run(
                on: classifier, names: input.imageNames, originals: clean.images,
                adversarial: derivation == nil ? nil : input.images, trueLabels: labels, using: &random)
            let curve = try evaluate.robustness.map { robustness in
                try robustnessCurve(
                    robustness.method, epsilons: robustness.epsilons, model: name, classifier: classifier, clean: clean,
                    labels: labels, stage: stage)
            }
            record.models.append(.init(model: name, results: measured, robustness: curve))
            bar.update(done: index + 1, startedAt: 0, detail: name)
        }
        bar.finish()
        record.transfer = transferMatrix(record)
        try resumeStore.store(record, key: key)
        results.evaluations.append(record)
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

    /// Success from the attacked model (the row) to every judging model (columns), plain and under transforms.
    private func transferMatrix(_ record: EvaluationRecord) -> TransferMatrix? {
        guard let source = record.attackedModel else { return nil }
        var entries: [TransferMatrix.Entry] = []
        for model in record.models {
            if let success = model.results.classification.success {
                entries.append(.init(source: source, target: model.model, transformed: false, success: success))
            }
            if let transformed = model.results.transforms?.adversarial?.adversarial {
                entries.append(.init(source: source, target: model.model, transformed: true, success: transformed))
            }
        }
        return TransferMatrix(sources: [source], targets: record.models.map(\.model), entries: entries)
    }
}
