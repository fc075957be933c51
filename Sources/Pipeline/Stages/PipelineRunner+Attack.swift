import Attacks
import NeuralNetworks
import Tensors

extension PipelineRunner {
    /// What the resume store keeps of one attacked image.
    private struct FinishedImage: Codable {
        var adversarial: [Float]
        var record: AttackedImage
    }

    /// `attack`: each image on its own, with a seed from the spec's seed and
    /// the image's content, so results do not depend on batching and a resumed
    /// run reads finished images back.
    func runAttack(_ attack: AttackStage, stage: String, text: String) throws -> ImageSet {
        let input = try set(attack.input)
        let model = try models.entry(attack.model)
        let classifier = model.classifier
        do {
            try classifier.validate(input.images)
        } catch {
            throw PipelineError.stageFailed(
                stage: stage,
                reason: "set \"\(input.name)\" has shape \(input.images.shape) but model \"\(attack.model)\" takes "
                    + "N×\(classifier.input.channels)×\(classifier.input.height)×\(classifier.input.width); "
                    + "add \"model\": \"\(attack.model)\" to the load stage")
        }
        let method = try attack.method.makeAttack(attack.parameters)
        let goal = try AttackTarget(parsing: attack.target, classNames: classifier.labels)
        let victim = Victim(model: classifier, transforms: try attack.eot.map { [try $0.makeTransform()] } ?? [])
        let trueLabels = try labelIndices(input, classifier: classifier)
        let stageKey = ContentHash.combining([text, "\(spec.seed)", model.sha256])
        var bar = progressBar(total: input.count, title: stage)
        var finished: [FinishedImage] = []
        var resumed = 0
        for index in 0..<input.count {
            let image = input.image(index)
            let key = ContentHash.combining([stageKey, ContentHash.of(image), "\(trueLabels[index])"])
            if let done = resumeStore.value(FinishedImage.self, key: key), done.adversarial.count == image.scalarCount {
                finished.append(done)
                resumed += 1
            } else {
                var random = RandomGenerator(seed: ContentHash.seed(key))
                let result = try method.run(
                    on: image, labels: [trueLabels[index]], target: goal, victim: victim, using: &random)
                let outcome = result.outcomes[0]
                let done = FinishedImage(
                    adversarial: result.quantised.scalars,
                    record: AttackedImage(
                        name: input.imageNames[index], trueLabel: classifier.labels[outcome.trueLabel],
                        originalLabel: classifier.labels[outcome.original.label],
                        adversarialLabel: classifier.labels[outcome.quantised.label],
                        targetLabel: targetName(goal, labels: classifier.labels), outcome: outcome))
                try resumeStore.store(done, key: key)
                finished.append(done)
            }
            let successes = finished.filter(\.record.outcome.quantisedSuccess).count
            bar.update(done: index + 1, startedAt: resumed, detail: "\(successes) succeeded")
        }
        bar.finish()
        if resumed > 0 { log("  \(resumed) of \(input.count) images read back from an earlier run") }
        let records = finished.map(\.record)
        results.attacks.append(.init(
            stage: stage, input: attack.input, output: attack.output, model: attack.model, method: attack.method.rawValue,
            target: attack.target, parameters: attack.parameters, eot: attack.eot, images: records))
        let shape = [1] + Array(input.images.shape.dropFirst())
        return ImageSet(
            name: attack.output,
            images: concatenate(finished.map { Tensor(shape: shape, scalars: $0.adversarial) }, alongAxis: 0),
            imageNames: input.imageNames, labels: input.labels,
            derivation: .init(
                stage: stage, source: input.name, sourceIndices: Array(0..<input.count), model: attack.model))
    }

    /// Each image's true label as the model's class index: its set's label, or
    /// the model's prediction on the clean image when the set has none.
    func labelIndices(_ set: ImageSet, classifier: Classifier) throws -> [Int] {
        if let labels = set.labels { return try labels.map { try classifier.index(ofLabel: $0) } }
        return try classifier.logits(for: set.images).argmax(alongAxis: 1)
    }

    private func targetName(_ goal: AttackTarget, labels: [String]) -> String? {
        switch goal {
        case .label(let index): labels[index]
        case .leastLikely: "least-likely"
        case .untargeted: nil
        }
    }
}
