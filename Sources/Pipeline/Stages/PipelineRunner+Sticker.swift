import Attacks
import PNG
import Tensors

extension PipelineRunner {
    /// What the resume store keeps of a finished sticker.
    private struct FinishedSticker: Codable {
        var adversarial: [Float]
        var record: RunResults.StickerStageRecord
    }

    /// `sticker`: one masked perturbation optimised over the whole set (with a
    /// progress bar of its steps); read back on `--resume` when it finished before.
    func runSticker(_ sticker: StickerStage, stage: String, text: String) throws -> ImageSet {
        let input = try set(sticker.input)
        let model = try models.entry(sticker.model)
        try model.classifier.validate(input.images)
        let labels = try labelIndices(input, classifier: model.classifier)
        let key = ContentHash.combining([text, "\(spec.seed)", model.sha256, ContentHash.of(input.images)])
        let finished: FinishedSticker
        if let done = resumeStore.value(FinishedSticker.self, key: key), done.adversarial.count == input.images.scalarCount {
            log("  sticker read back from an earlier run")
            finished = done
        } else {
            let assets = try PatchAssets(maskFile: sticker.settings.maskFile, palette: sticker.settings.palette) { file in
                try PNGImage(contentsOf: file).tensor()
            }
            var random = RandomGenerator(seed: ContentHash.seed(key))
            var bar = progressBar(total: sticker.settings.steps, title: stage)
            let result = try StickerAttack(settings: sticker.settings, assets: assets).run(
                classifier: model.classifier, images: input.images, labels: labels, using: &random
            ) { step in
                bar.update(done: step.step + 1, startedAt: 0, detail: String(format: "success %.0f%%", step.successRate * 100))
            }
            bar.finish()
            finished = FinishedSticker(
                adversarial: quantisedTo8Bit(result.adversarial).scalars,
                record: .init(
                    stage: stage, input: sticker.input, output: sticker.output, model: sticker.model,
                    target: sticker.settings.target, settings: sticker.settings, steps: result.history.count,
                    success: result.success))
            try resumeStore.store(finished, key: key)
        }
        results.stickers.append(finished.record)
        return ImageSet(
            name: sticker.output, images: Tensor(shape: input.images.shape, scalars: finished.adversarial),
            imageNames: input.imageNames, labels: input.labels,
            derivation: .init(
                stage: stage, source: input.name, sourceIndices: Array(0..<input.count), model: sticker.model))
    }
}
