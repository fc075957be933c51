import Attacks
import Foundation

/// What a run would do, for `perturb run --dry-run`: one line per stage with
/// its size, and the totals.
public enum PipelinePlan {
    /// The plan of `spec`, written into `outputDirectory`.
    public static func describe(_ spec: PipelineSpec, outputDirectory: String) -> String {
        var counts: [String: Int] = [:]
        var lines = ["pipeline \(spec.name) (seed \(spec.seed)), \(spec.stages.count) stages, output \(outputDirectory)"]
        var passes = 0
        for (position, stage) in spec.stages.enumerated() {
            let line: String
            switch stage {
            case .load(let load):
                let count: Int
                switch load.source {
                case .files(let patterns): count = Set(patterns.flatMap(FileGlob.matches)).count
                case .fashionMNIST(_, _, let total, _): count = total
                }
                counts[load.output] = count
                line = "load \(count) images → \(load.output)"
            case .generate(let generate):
                let count = generate.signs.count * generate.count
                counts[generate.output] = count
                line = "generate \(count) signs of \(generate.size)×\(generate.size) → \(generate.output)"
            case .attack(let attack):
                let count = counts[attack.input] ?? 0
                counts[attack.output] = count
                let steps = attack.parameters.steps.map { "\($0) steps" } ?? "default steps"
                let copies = attack.eot?.samples ?? 1
                let perImage = (attack.parameters.steps ?? 10) * copies * (attack.parameters.restarts ?? 1)
                passes += count * perImage
                line = "attack \(count) images of \(attack.input) on \(attack.model) with \(attack.method.rawValue) "
                    + "(\(steps)\(attack.eot.map { ", EOT \($0.samples) × \($0.preset.rawValue)" } ?? "")) → \(attack.output)"
            case .patch(let patch):
                let count = counts[patch.input] ?? 0
                counts[patch.output] = counts[patch.pastedSet] ?? 0
                passes += patch.settings.steps * patch.settings.batchSize * (patch.settings.eot?.samples ?? 1)
                line = "patch: train one patch on \(count) images of \(patch.input) for \(patch.settings.steps) steps of "
                    + "\(patch.settings.batchSize)\(patch.settings.eot.map { " × EOT \($0.samples)" } ?? "") on \(patch.model), pasted on \(patch.pastedSet) → \(patch.output)"
            case .sticker(let sticker):
                let count = counts[sticker.input] ?? 0
                counts[sticker.output] = count
                passes += sticker.settings.steps * count * (sticker.settings.eot?.samples ?? 1)
                line = "sticker: optimise one sticker on \(count) images of \(sticker.input) for \(sticker.settings.steps) steps"
                    + "\(sticker.settings.eot.map { " × EOT \($0.samples)" } ?? "") on \(sticker.model) → \(sticker.output)"
            case .transform(let transform):
                let count = (counts[transform.input] ?? 0) * transform.samples
                counts[transform.output] = count
                line = "transform \(transform.input) into \(count) images (\(transform.preset ?? "custom steps")) → \(transform.output)"
            case .evaluate(let evaluate):
                let count = counts[evaluate.input] ?? 0
                let judges = evaluate.models?.count ?? 1
                passes += count * judges * (evaluate.robustness?.epsilons.count ?? 0) * 10
                line = "evaluate \(count) images of \(evaluate.input) on \(judges) model(s)"
                    + (evaluate.transforms.map { ", \($0.samples) transforms each (\(count * judges * $0.samples) classifications)" } ?? "")
                    + (evaluate.robustness.map { ", robustness curve of \($0.epsilons.count) budgets" } ?? "")
            case .save(let save):
                let sets = save.images ?? Array(counts.keys.sorted())
                line = "save " + (sets.isEmpty ? "" : sets.joined(separator: ", ") + (save.panels ? " with panels" : "") + ", ")
                    + "results.json" + (save.report ? ", report.html" : "")
            case .train(let train):
                line = "train \(train.spec.architecture.rawValue) for \(train.spec.epochs) epochs → \(train.spec.output)"
            }
            lines.append("  [\(position + 1)] \(line)")
        }
        lines.append("size: \(counts.values.reduce(0, +)) images in \(counts.count) sets, about \(passes) gradient passes (one image each)")
        return lines.joined(separator: "\n")
    }
}
