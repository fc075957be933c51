import Attacks
import Datasets
import Foundation
import NeuralNetworks
import StrictCoding

/// The checks that need more than one key: models and files exist, image
/// sets are made before they are read, labels and targets are classes of
/// the models that see them. Runs before any work is done.
struct PipelineValidator {
    let spec: PipelineSpec
    /// The index in the spec's `stages` of each decoded stage.
    let positions: [Int]
    /// The set names of stages that failed to decode, by position: reading
    /// them is not reported again.
    let failedOutputs: [String: Int]
    /// Class names of each model name, or nil when it could not be loaded.
    private var modelLabels: [String: [String]?] = [:]

    init(spec: PipelineSpec, positions: [Int], failedOutputs: [String: Int]) {
        self.spec = spec
        self.positions = positions
        self.failedOutputs = failedOutputs
    }

    /// Every problem found.
    mutating func issues() -> [SpecIssue] {
        var issues = modelIssues()
        var sets: [String: (position: Int, labels: [String]?)] = [:]
        var trainedModels: Set<String> = []
        var attackedSets: Set<String> = []
        let outputs = Dictionary(
            zip(spec.stages, positions).compactMap { stage, position in stage.output.map { ($0, position) } },
            uniquingKeysWith: { first, _ in first }
        ).merging(failedOutputs, uniquingKeysWith: { first, _ in first })
        for (stage, position) in zip(spec.stages, positions) {
            let path = "stages[\(position)].\(stage.kind)"
            for (key, model) in stage.models where !isModel(model, trained: trainedModels) {
                let known = spec.models.map(\.name) + trainedModels.sorted()
                let hint = NearestName.nearest(to: model, in: known).map { "; did you mean \"\($0)\"?" } ?? ""
                issues.append(SpecIssue(
                    path: "\(path).\(key)",
                    message: "unknown model \"\(model)\" (expected one of the spec's models: \(known.joined(separator: ", ")))\(hint)"))
            }
            for (key, set) in stage.inputs where sets[set] == nil {
                if let maker = outputs[set], maker >= position {
                    issues.append(SpecIssue(
                        path: "\(path).\(key)",
                        message: "cyclic reference: image set \"\(set)\" is made by stages[\(maker)], which runs "
                            + (maker == position ? "as this stage" : "after this stage")
                            + "; read a set made by an earlier stage"))
                } else if failedOutputs[set] == nil {
                    let hint = NearestName.nearest(to: set, in: Array(sets.keys)).map { "; did you mean \"\($0)\"?" } ?? ""
                    issues.append(SpecIssue(
                        path: "\(path).\(key)",
                        message: "dangling reference: no earlier stage makes image set \"\(set)\" (made so far: "
                            + "\(sets.keys.sorted().joined(separator: ", ")))\(hint)"))
                }
            }
            if let output = stage.output, let earlier = sets[output] {
                issues.append(SpecIssue(
                    path: "\(path).as",
                    message: "image set \"\(output)\" is already made by stages[\(earlier.position)]; choose another name"))
            }
            let (stageIssues, labels) = check(stage, path: path, sets: sets.mapValues(\.labels))
            issues += stageIssues
            if let output = stage.output { sets[output] = (position, labels) }
            if case .attack(let attack) = stage { attackedSets.insert(attack.output) }
            if case .patch(let patch) = stage { attackedSets.insert(patch.output) }
            if case .sticker(let sticker) = stage { attackedSets.insert(sticker.output) }
            if case .evaluate(let evaluate) = stage, evaluate.models == nil, sets[evaluate.input] != nil,
                !attackedSets.contains(evaluate.input)
            {
                issues.append(SpecIssue(
                    path: "\(path).models",
                    message: "is missing: \"\(evaluate.input)\" was not made by an attack or patch stage, so no model "
                        + "is implied; name the judging models"))
            }
            if case .train(let train) = stage, let name = train.model { trainedModels.insert(name) }
        }
        return issues
    }

    private func isModel(_ name: String, trained: Set<String>) -> Bool {
        spec.models.contains { $0.name == name } || trained.contains(name)
    }

    /// Every model file exists.
    private mutating func modelIssues() -> [SpecIssue] {
        spec.models.compactMap { name, entry in
            let file = ModelReference.file(entry)
            guard !FileManager.default.fileExists(atPath: file) else {
                do {
                    modelLabels[name] = .some(try Classifier.load(from: URL(fileURLWithPath: file)).labels)
                    return nil
                } catch {
                    modelLabels[name] = .some(nil)
                    return SpecIssue(path: "models.\(name)", message: "cannot load \(file): \(error.localizedDescription)")
                }
            }
            return SpecIssue(
                path: "models.\(name)",
                message: "missing model: no file \(file) (expected an ONNX file or a shipped model name: "
                    + "\(ModelReference.shippedNames.joined(separator: ", ")))")
        }
    }

    /// The stage's own checks, and the labels of the set it makes (nil when unknown).
    private func check(
        _ stage: Stage, path: String, sets: [String: [String]?]
    ) -> (issues: [SpecIssue], labels: [String]?) {
        switch stage {
        case .load(let load):
            var (issues, labels) = check(load, path: path)
            if let model = load.model, let labels, let known = modelLabels[model] ?? nil {
                issues += unknownLabels(labels, model: model, known: known, path: path + labelKey(load))
            }
            return (issues, labels)
        case .generate(let generate):
            return ([], generate.signs.map(\.name))
        case .attack(let attack):
            let labels = sets[attack.input] ?? nil
            guard let known = modelLabels[attack.model] ?? nil else { return ([], labels) }
            var issues = unknownLabels(labels ?? [], model: attack.model, known: known, path: path + ".input")
            do {
                _ = try attack.method.resolve(AttackTarget(parsing: attack.target, classNames: known))
            } catch {
                issues.append(SpecIssue(path: path + ".target", message: error.localizedDescription))
            }
            return (issues, labels)
        case .patch(let patch):
            let pasted = sets[patch.pastedSet] ?? nil
            return (optimisedStageIssues(model: patch.model, target: patch.settings.target,
                                         labels: (sets[patch.input] ?? nil).map { $0 + (pasted ?? []) }, path: path),
                    pasted)
        case .sticker(let sticker):
            return (optimisedStageIssues(model: sticker.model, target: sticker.settings.target, labels: sets[sticker.input] ?? nil, path: path),
                    sets[sticker.input] ?? nil)
        case .transform(let transform):
            return ([], sets[transform.input] ?? nil)
        case .evaluate(let evaluate):
            let labels = sets[evaluate.input] ?? nil
            return ((evaluate.models ?? []).flatMap { model -> [SpecIssue] in
                guard let known = modelLabels[model] ?? nil else { return [] }
                let target = evaluate.target.flatMap { $0 == "untargeted" || known.contains($0) ? nil : $0 }
                return unknownLabels((labels ?? []) + (target.map { [$0] } ?? []), model: model, known: known, path: path)
            }, nil)
        case .save, .train:
            return ([], nil)
        }
    }

    /// A patch or sticker stage: the input's labels and the target are classes of the model.
    private func optimisedStageIssues(model: String, target: String, labels: [String]?, path: String) -> [SpecIssue] {
        guard let known = modelLabels[model] ?? nil else { return [] }
        var issues = unknownLabels(labels ?? [], model: model, known: known, path: path + ".input")
        if (try? AttackTarget(parsing: target, classNames: known)) == nil {
            issues += unknownLabels([target], model: model, known: known, path: path + ".settings.target")
        }
        return issues
    }

    private func labelKey(_ load: LoadStage) -> String {
        switch load.labels {
        case .fixed: ".label"
        case .folder: ".labelsFrom"
        case .file: ".labelsFile"
        case .none: ".dataset"
        }
    }

    private func unknownLabels(_ labels: [String], model: String, known: [String], path: String) -> [SpecIssue] {
        Array(Set(labels)).sorted().filter { !known.contains($0) }.map { label in
            let hint = NearestName.nearest(to: label, in: known).map { "; did you mean \"\($0)\"?" } ?? ""
            return SpecIssue(
                path: path,
                message: "unknown label \"\(label)\" for model \"\(model)\" (its classes: \(known.joined(separator: ", ")))\(hint)")
        }
    }

    /// Files exist, and the labels they give.
    private func check(_ load: LoadStage, path: String) -> (issues: [SpecIssue], labels: [String]?) {
        switch load.source {
        case .fashionMNIST(_, let start, let count, let folder):
            var issues: [SpecIssue] = []
            if let folder, !FileManager.default.fileExists(atPath: folder) {
                issues.append(SpecIssue(path: path + ".dataset.fashion-mnist.path", message: "missing folder \(folder)"))
            } else if folder == nil, (try? FashionMNIST.installedDirectory()) == nil {
                issues.append(SpecIssue(
                    path: path + ".dataset.fashion-mnist",
                    message: "Fashion-MNIST is not installed; run apt-get install \(FashionMNIST.debianPackage) or give \"path\""))
            }
            if start + count > 70_000 {
                issues.append(SpecIssue(path: path + ".dataset.fashion-mnist.count", message: "start + count exceeds the split"))
            }
            return (issues, FashionMNIST.classNames)
        case .files(let patterns):
            var issues: [SpecIssue] = []
            var files: [String] = []
            for (index, pattern) in patterns.enumerated() {
                let matches = FileGlob.matches(pattern)
                if matches.isEmpty {
                    issues.append(SpecIssue(
                        path: path + (patterns.count == 1 ? ".images" : ".images[\(index)]"),
                        message: "missing file: no PNG matches \"\(pattern)\"; check the path (relative to the working directory)"))
                }
                files += matches
            }
            switch load.labels {
            case .none: return (issues, nil)
            case .fixed(let label): return (issues, [label])
            case .folder: return (issues, files.map(ImageFiles.folderName))
            case .file(let file):
                do {
                    let table = try ImageFiles.labelTable(file)
                    let unlabelled = files.filter { ImageFiles.label(of: $0, in: table) == nil }
                    if let first = unlabelled.first {
                        issues.append(SpecIssue(
                            path: path + ".labelsFile",
                            message: "\(file) has no label for \(first) (\(unlabelled.count) files without one); add them"))
                    }
                    return (issues, Array(table.values))
                } catch {
                    return (issues + [SpecIssue(path: path + ".labelsFile", message: error.localizedDescription)], nil)
                }
            }
        }
    }
}
