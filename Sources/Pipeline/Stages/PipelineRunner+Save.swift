import Evaluation
import Foundation
import NeuralNetworks
import PNG
import Tensors

extension PipelineRunner {
    /// `save`: images with provenance, panels of attacked sets,
    /// results.json and report.html, each written atomically.
    func runSave(_ save: SaveStage, stage: String) throws -> (results: String, report: String?) {
        var records: [RunResults.SetRecord] = []
        var figures: [PanelFigure] = try results.patches.map { patch in
            let path = (outputDirectory as NSString).appendingPathComponent(patch.patchFile)
            guard let bytes = FileManager.default.contents(atPath: path) else {
                throw PipelineError.unreadableFile(path: path, advice: "the patch stage should have written it; rerun")
            }
            return PanelFigure(caption: "the patch of \(patch.stage), for printing", png: Array(bytes))
        }
        let saved = Set(save.images ?? setOrder)
        for name in setOrder {
            let set = try set(name)
            let files = saved.contains(name) ? try writeImages(of: set) : nil
            records.append(.init(
                name: name, stage: set.derivation?.stage ?? "", source: set.derivation?.source,
                images: set.imageNames.indices.map { index in
                    .init(name: set.imageNames[index], label: set.labels?[index], file: files?[index])
                }))
            if save.panels, saved.contains(name), set.derivation?.model != nil { figures += try writePanels(of: set) }
        }
        results.sets = records
        results.models = try models.loadedNames.map { name in
            let entry = try models.entry(name)
            return .init(name: name, file: entry.file, sha256: entry.sha256, labels: entry.classifier.labels)
        }
        let resultsPath = (outputDirectory as NSString).appendingPathComponent("results.json")
        try OutputFiles.write(try OutputFiles.json(results), to: resultsPath)
        log("  wrote \(resultsPath)")
        guard save.report else { return (resultsPath, nil) }
        let reportPath = (outputDirectory as NSString).appendingPathComponent("report.html")
        let report = PipelineReport.document(results, description: spec.description, figures: figures)
        try OutputFiles.write(Data(HTMLReport.render(report).utf8), to: reportPath)
        log("  wrote \(reportPath)")
        return (resultsPath, reportPath)
    }

    /// Writes `images/SET/NAME.png` for every image; returns the paths relative to the output folder.
    private func writeImages(of set: ImageSet) throws -> [String] {
        let provenance = try provenance(of: set)
        return try set.imageNames.indices.map { index in
            let relative = "images/\(set.name)/\(set.imageNames[index]).png"
            var png = PNGImage(tensor: set.image(index))
            png.text = provenance.textChunks(image: set.imageNames[index])
            try write(png, to: relative)
            return relative
        }
    }

    /// Writes `panels/SET/NAME.png`: original | adversarial | perturbation ×10 | top-5 bars of both;
    /// returns each panel's caption and bytes for the report.
    private func writePanels(of set: ImageSet) throws -> [PanelFigure] {
        guard let derivation = set.derivation, let modelName = derivation.model else { return [] }
        let source = try self.set(derivation.source)
        let classifier = try models.entry(modelName).classifier
        let originals = concatenate(derivation.sourceIndices.map(source.image), alongAxis: 0)
        let (originalTop, adversarialTop) = (
            try classifier.topPredictions(5, for: originals), try classifier.topPredictions(5, for: set.images)
        )
        func legend(_ top: [ClassProbability]) -> String {
            top.map { String(format: "%@ %.3f", $0.label, $0.probability) }.joined(separator: ", ")
        }
        return try set.imageNames.indices.map { index in
            let panel = AttackPanel.render(
                original: originals.sliced(alongAxis: 0, index..<index + 1), adversarial: set.image(index),
                originalTop: originalTop[index], adversarialTop: adversarialTop[index])
            var png = PNGImage(tensor: panel)
            png.text = [
                PNGTextChunk(keyword: "Title", text: "\(set.imageNames[index]): original | adversarial | perturbation x10 | top-5 bars"),
                PNGTextChunk(
                    keyword: "Description",
                    text: "original: \(legend(originalTop[index])); adversarial: \(legend(adversarialTop[index]))"),
            ]
            try write(png, to: "panels/\(set.name)/\(set.imageNames[index]).png")
            return PanelFigure(caption: "\(set.name)/\(set.imageNames[index]) on \(modelName)", png: try png.encoded())
        }
    }

    private func provenance(of set: ImageSet) throws -> Provenance {
        var provenance = Provenance(
            specName: spec.name, specSHA256: results.spec.sha256, seed: spec.seed, stage: set.derivation?.stage ?? "load")
        let maker: (method: String, parameters: String, model: String)?
        if let patch = results.patches.first(where: { $0.output == set.name }) {
            maker = ("patch", try compactJSON(patch.settings), patch.model)
        } else if let sticker = results.stickers.first(where: { $0.output == set.name }) {
            maker = ("sticker", try compactJSON(sticker.settings), sticker.model)
        } else if let attack = results.attacks.first(where: { $0.output == set.name }) {
            maker = (attack.method, try compactJSON(attack.parameters), attack.model)
        } else {
            maker = nil
        }
        if let maker {
            let model = try models.entry(maker.model)
            provenance.method = maker.method
            provenance.parameters = maker.parameters
            provenance.model = model.file
            provenance.modelSHA256 = model.sha256
        }
        return provenance
    }

    private func compactJSON<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private func write(_ png: PNGImage, to relative: String) throws {
        let path = (outputDirectory as NSString).appendingPathComponent(relative)
        try OutputFiles.createDirectory((path as NSString).deletingLastPathComponent)
        try png.write(to: path)
    }
}
