import Attacks
import Datasets
import PNG
import Tensors

extension PipelineRunner {
    /// What the resume store keeps of a trained patch.
    private struct FinishedPatch: Codable {
        var patched: [Float]
        var printImage: [Float]
        var printShape: [Int]
        var record: RunResults.PatchStageRecord
    }

    /// `patch`: one patch trained over the whole input set, then pasted on
    /// every image of the pasted set (`pasteOn`, else the input) at a random
    /// placement (the settings' evaluation placements); the whole stage is
    /// read back on `--resume` when it finished before.
    func runPatch(_ patch: PatchStage, stage: String, text: String) throws -> ImageSet {
        let input = try set(patch.input)
        let model = try models.entry(patch.model)
        let classifier = model.classifier
        try classifier.validate(input.images)
        let labels = try labelIndices(input, classifier: classifier)
        let pasted = try set(patch.pastedSet)
        try classifier.validate(pasted.images)
        let pastedLabels = try labelIndices(pasted, classifier: classifier)
        let key = ContentHash.combining(
            [text, "\(spec.seed)", model.sha256, ContentHash.of(input.images), ContentHash.of(pasted.images)])
        let finished: FinishedPatch
        if let done = resumeStore.value(FinishedPatch.self, key: key), done.patched.count == pasted.images.scalarCount {
            log("  patch read back from an earlier run")
            finished = done
        } else {
            let assets = try PatchAssets(maskFile: patch.settings.maskFile, palette: patch.settings.palette) { file in
                try PNGImage(contentsOf: file).tensor()
            }
            let attack = try UniversalPatchAttack(settings: patch.settings, assets: assets)
            var random = RandomGenerator(seed: ContentHash.seed(key))
            var bar = progressBar(total: patch.settings.steps, title: stage)
            let result = try attack.train(classifier: classifier, images: input.images, labels: labels, using: &random) { step in
                bar.update(done: step.step + 1, startedAt: 0, detail: String(format: "batch success %.0f%%", step.successRate * 100))
            }
            bar.finish()
            let placements = result.randomPlacements(
                count: pasted.count, imageHeight: pasted.images.shape[2], imageWidth: pasted.images.shape[3],
                from: patch.settings.placements(training: false), using: &random)
            let measured = try PatchEvaluation.measure(
                result, model: classifier, images: pasted.images, labels: pastedLabels, placements: placements,
                using: &random)
            let printImage = result.printImage(widthPixels: max(result.patch.shape[3], 64))
            finished = FinishedPatch(
                patched: quantisedTo8Bit(measured.patchedImages).scalars, printImage: printImage.scalars,
                printShape: printImage.shape,
                record: .init(
                    stage: stage, input: patch.input, output: patch.output, pasteOn: patch.pasteOn, model: patch.model,
                    target: patch.settings.target, settings: patch.settings, steps: result.history.count,
                    finalTrainingSuccessRate: result.history.last?.successRate ?? 0,
                    images: measured.outcomes, patchFile: "patches/\(patch.output).png"))
            try resumeStore.store(finished, key: key)
        }
        var png = PNGImage(tensor: Tensor(shape: finished.printShape, scalars: finished.printImage))
        png.text = Provenance(
            specName: spec.name, specSHA256: results.spec.sha256, seed: spec.seed, stage: stage, method: "patch",
            parameters: nil, model: model.file, modelSHA256: model.sha256
        ).textChunks(image: "patch")
        try OutputFiles.createDirectory(outputDirectory + "/patches")
        try png.write(to: "\(outputDirectory)/\(finished.record.patchFile)")
        results.patches.append(finished.record)
        return ImageSet(
            name: patch.output, images: Tensor(shape: pasted.images.shape, scalars: finished.patched),
            imageNames: pasted.imageNames, labels: pasted.labels,
            derivation: .init(
                stage: stage, source: pasted.name, sourceIndices: Array(0..<pasted.count), model: patch.model))
    }
}
