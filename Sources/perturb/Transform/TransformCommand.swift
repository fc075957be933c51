import ArgumentParser
import Datasets
import Foundation
import PNG
import PhysicalWorld
import Tensors

/// `perturb transform --preset NAME --samples K [--seed S] IMG --out DIR`:
/// samples physical-world transforms of one image, or replays recorded ones.
struct TransformCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transform",
        abstract: "Write K print-and-photograph style transforms of a PNG, a contact sheet and their parameters.",
        discussion: """
            Writes DIR/sample-000.png … (8-bit), DIR/contact-sheet.png and DIR/parameters.json, the record of \
            every drawn parameter. --replay PARAMS.json applies a recorded parameters.json to IMG instead of \
            sampling, reproducing the samples bit for bit; the record holds the distribution and K, so \
            --preset, --samples and --seed cannot be combined with it. An alpha channel is dropped. \
            Presets: \(TransformPreset.allCases.map(\.rawValue).joined(separator: ", ")).
            """
    )

    @Option(help: "The transform preset (default: \(TransformPreset.standard.rawValue)).")
    var preset: String?

    @Option(help: "K, the transformed copies to write (default: 16).")
    var samples: Int?

    @Option(help: "The random seed (default: 0).")
    var seed: UInt64?

    @Option(help: "A parameters.json written by an earlier run, to reproduce its samples.", completion: .file(extensions: ["json"]))
    var replay: String?

    @Option(help: "The folder to write to (created if missing).", completion: .directory)
    var out: String

    @Argument(help: "The PNG image to transform.", completion: .file(extensions: ["png"]))
    var image: String

    /// The largest K: every copy is held in memory at once.
    private static let maximumSamples = 1024

    func validate() throws {
        if replay != nil, preset != nil || samples != nil || seed != nil {
            throw ValidationError(
                "--replay reads the preset, the samples and every drawn value from its JSON file; "
                    + "drop --preset, --samples and --seed, or drop --replay to sample anew.")
        }
        if let samples, !(1...Self.maximumSamples).contains(samples) {
            throw ValidationError("--samples must be in 1...\(Self.maximumSamples), got \(samples).")
        }
    }

    func run() throws {
        try CommandOutput.reportingFailure {
            let images = try Self.load(image)
            let (transformed, record) = try transform(images)
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            for index in 0..<transformed.shape[0] {
                let name = String(format: "sample-%03d.png", index)
                try PNGImage(tensor: transformed.sliced(alongAxis: 0, index..<index + 1)).write(to: path(name))
            }
            try PNGImage(tensor: ContactSheet.tile(transformed)).write(to: path("contact-sheet.png"))
            try Data(try CommandOutput.json(record).utf8).write(to: URL(fileURLWithPath: path("parameters.json")), options: .atomic)
            print("\(out): \(transformed.shape[0]) samples, contact-sheet.png, parameters.json")
        }
    }

    /// The image as 1×C×H×W with 1 or 3 channels (alpha dropped).
    private static func load(_ file: String) throws -> Tensor {
        let png = try PNGImage(contentsOf: file)
        return png.tensor(channels: png.layout.channelCount <= 2 ? 1 : 3)
    }

    /// The K copies, sampled or replayed, and their record.
    private func transform(_ images: Tensor) throws -> (Tensor, TransformRecord) {
        if let replay {
            let record = try TransformRecordFile.read(replay)
            return (try record.replay(on: images), record)
        }
        let distribution = try TransformPreset(name: preset ?? TransformPreset.standard.rawValue).distribution
        var generator = RandomGenerator(seed: seed ?? 0)
        let batch = try distribution.sample(images, count: samples ?? 16, using: &generator)
        return (batch.images, batch.record)
    }

    private func path(_ name: String) -> String {
        URL(fileURLWithPath: out).appendingPathComponent(name).path
    }
}
