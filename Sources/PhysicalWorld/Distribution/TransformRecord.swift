import Tensors
import StrictCoding

/// Everything needed to reproduce a sampled batch of transforms: the
/// distribution, the batch layout and every parameter drawn, as JSON.
public struct TransformRecord: Codable, Sendable {
    /// The distribution the parameters were drawn from.
    public let distribution: TransformDistribution
    /// K, the transformed copies of each image.
    public let samplesPerImage: Int
    /// N, the images of the batch.
    public let imageCount: Int
    /// The parameters of each step, one entry per sample (index `k·N + n`).
    public let steps: [StepRecord]

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case distribution, samplesPerImage, imageCount, steps
    }

    init(distribution: TransformDistribution, samplesPerImage: Int, imageCount: Int, steps: [StepRecord]) {
        self.distribution = distribution
        self.samplesPerImage = samplesPerImage
        self.imageCount = imageCount
        self.steps = steps
    }

    /// Decodes a record; unknown keys are errors.
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            distribution: try container.decode(TransformDistribution.self, forKey: .distribution),
            samplesPerImage: try container.decode(Int.self, forKey: .samplesPerImage),
            imageCount: try container.decode(Int.self, forKey: .imageCount),
            steps: try container.decode([StepRecord].self, forKey: .steps))
        guard samplesPerImage >= 1, imageCount >= 1 else {
            throw TransformError.recordMismatch(
                path: "samplesPerImage", expected: "positive sample and image counts",
                found: "\(samplesPerImage) and \(imageCount)")
        }
    }

    /// The transformed K·N batch of `images` (the N images the record was
    /// drawn for), identical to the sampled one; differentiable like it.
    public func replay(on images: Tensor) throws -> Tensor {
        try distribution.apply(images, record: self)
    }
}
