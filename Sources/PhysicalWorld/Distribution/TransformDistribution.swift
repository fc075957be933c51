import Tensors
import StrictCoding

/// A distribution over physical-world transforms: steps applied in order,
/// each to each sample with its own probability and its own drawn parameters.
///
/// This is what expectation over transformation (EOT) averages over: for a
/// batch of N images, ``sample(_:count:using:)`` returns K·N transformed
/// copies as one tensor, computed step by step on the whole batch (one
/// `gridSample`, one per-image filter, … per step), differentiably with
/// respect to the images, together with the parameters it drew.
///
/// JSON: `{"steps": [{"transform": "affine", "rotation": [-10, 10]}, …]}`.
public struct TransformDistribution: Codable, Sendable {
    /// The steps, applied first to last.
    public let steps: [TransformStep]

    /// A distribution of the given steps.
    public init(steps: [TransformStep]) {
        self.steps = steps
    }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case steps
    }

    /// Decodes and validates the steps; unknown keys are errors.
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(steps: try container.decode([TransformStep].self, forKey: .steps))
    }

    /// Transforms `count` copies of every image of an N,C,H,W batch in [0, 1]
    /// (C = 1 or 3), drawing every parameter from `generator`.
    ///
    /// The result is K·N,C,H,W with copy `k` of image `n` at index `k·N + n`,
    /// tracked for gradients whenever `images` is; the record replays it
    /// exactly (``TransformRecord/replay(on:)``).
    public func sample(_ images: Tensor, count: Int, using generator: inout RandomGenerator) throws -> TransformedBatch {
        try Self.checkImages(images)
        let record = try sampleRecord(imageCount: images.shape[0], samplesPerImage: count, using: &generator)
        return TransformedBatch(images: try apply(images, record: record), record: record)
    }

    /// Draws the parameters for `samplesPerImage` copies of `imageCount`
    /// images without transforming anything, exactly as
    /// ``sample(_:count:using:)`` would draw them; apply them with
    /// ``TransformRecord/replay(on:)`` to any batch of that many images (for
    /// instance the same transforms for clean and adversarial images).
    public func sampleRecord(
        imageCount: Int, samplesPerImage: Int, using generator: inout RandomGenerator
    ) throws -> TransformRecord {
        guard samplesPerImage >= 1, imageCount >= 1 else {
            throw TransformError.invalidValue(
                path: "samples", expected: "at least one image and one sample per image",
                found: "\(imageCount) images, \(samplesPerImage) samples", advice: "ask for 1 or more of each")
        }
        let drawn = steps.map { $0.sample(count: samplesPerImage * imageCount, using: &generator) }
        return TransformRecord(distribution: self, samplesPerImage: samplesPerImage, imageCount: imageCount, steps: drawn)
    }

    /// Applies recorded parameters to `images`, the batch they were drawn for.
    func apply(_ images: Tensor, record: TransformRecord) throws -> Tensor {
        try Self.checkImages(images)
        guard images.shape[0] == record.imageCount else {
            throw TransformError.recordMismatch(
                path: "imageCount", expected: "\(record.imageCount) images", found: "\(images.shape[0])")
        }
        guard record.steps.count == steps.count else {
            throw TransformError.recordMismatch(
                path: "steps", expected: "\(steps.count) steps", found: "\(record.steps.count)")
        }
        let copies = record.samplesPerImage
        var batch = copies == 1 ? images : concatenate(Array(repeating: images, count: copies), alongAxis: 0)
        for (index, (step, stepRecord)) in zip(steps, record.steps).enumerated() {
            batch = try step.apply(batch, record: stepRecord, at: "steps[\(index)]")
        }
        return batch
    }

    /// Throws ``TransformError/invalidImages(expected:found:)`` unless `images`
    /// is a batch the transforms accept: N,C,H,W, 1 or 3 channels, at least 8×8.
    public static func checkImages(_ images: Tensor) throws {
        guard images.rank == 4, [1, 3].contains(images.shape[1]), images.shape[2] >= 8, images.shape[3] >= 8 else {
            throw TransformError.invalidImages(
                expected: "N,C,H,W with 1 or 3 channels and images of at least 8×8 pixels", found: images.shape)
        }
    }
}
