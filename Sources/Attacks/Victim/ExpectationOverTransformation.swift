import PhysicalWorld
import Tensors

/// Expectation over transformation (Athalye et al. 2018): each image becomes
/// `samples` copies under transforms drawn from a physical-world
/// distribution, so that an attack optimises the expected loss
/// E_t[L(model(t(x)))] and its result survives those transforms.
///
/// Append it to ``Victim/transforms`` and any gradient attack becomes its EOT
/// form: the victim averages each image's k losses. The K·N copies are one
/// batched, differentiable ``TransformDistribution/sample(_:count:using:)``
/// call plus one gather from its sample-major order (copy k of image n at
/// k·N + n) into the image-major order of ``InputTransform`` (n·K + k).
public struct ExpectationOverTransformation: InputTransform {
    /// K, the transformed copies of each image per gradient step.
    public let samples: Int
    /// The distribution the transforms are drawn from.
    public let distribution: TransformDistribution

    /// An EOT transform of `samples` (≥ 1) copies per image.
    public init(samples: Int, distribution: TransformDistribution) throws {
        guard samples >= 1 else {
            throw AttackError.invalidParameter(name: "eot.samples", value: "\(samples)", expected: "at least 1")
        }
        self.samples = samples
        self.distribution = distribution
    }

    /// True: the result of an EOT attack must survive the transforms.
    public var resultMustSurvive: Bool { true }

    /// Throws ``TransformError/invalidImages(expected:found:)`` for batches
    /// the distribution cannot transform (1 or 3 channels, at least 8×8 pixels).
    public func check(_ images: Tensor) throws {
        try TransformDistribution.checkImages(images)
    }

    /// K transformed copies of every image, image-major, tracked when `images` is.
    public func callAsFunction(_ images: Tensor, using generator: inout RandomGenerator) -> Tensor {
        let transformed: Tensor
        do {
            transformed = try distribution.sample(images, count: samples, using: &generator).images
        } catch {
            preconditionFailure("EOT on a batch that check(_:) did not accept: \(error.localizedDescription)")
        }
        guard samples > 1 else { return transformed }
        let count = images.shape[0]
        let imageMajor = (0..<count * samples).map { row in (row % samples) * count + row / samples }
        return transformed.gathering(atIndices: imageMajor)
    }
}
