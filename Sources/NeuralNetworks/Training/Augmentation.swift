import Tensors
import StrictCoding

/// Simple per-image augmentation of N,C,H,W batches in [0, 1]: a random crop
/// of the zero-padded image, an optional horizontal flip and a brightness shift.
///
/// Flips suit classes that mirror into themselves (clothes); keep them off
/// for traffic signs, where turn-left and turn-right are each other's mirror
/// and text reads backwards.
public struct Augmentation: Codable, Equatable, Sendable {
    /// Zeros added on each side before cropping back to the original size (0: no crop).
    public var cropPadding: Int
    /// Whether each image is mirrored left-right with probability ½.
    public var horizontalFlip: Bool
    /// Each image's values are shifted by a uniform amount in ±`brightness`, then clamped to [0, 1].
    public var brightness: Float

    /// No augmentation.
    public static let none = Augmentation(cropPadding: 0, horizontalFlip: false, brightness: 0)

    /// Creates the settings.
    public init(cropPadding: Int, horizontalFlip: Bool, brightness: Float) {
        self.cropPadding = cropPadding
        self.horizontalFlip = horizontalFlip
        self.brightness = brightness
    }

    private enum CodingKeys: String, CodingKey, CaseIterable { case cropPadding, horizontalFlip, brightness }

    /// Decodes strictly; every key is optional (0 or false).
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        cropPadding = try container.decodeIfPresent(Int.self, forKey: .cropPadding) ?? 0
        horizontalFlip = try container.decodeIfPresent(Bool.self, forKey: .horizontalFlip) ?? false
        brightness = try container.decodeIfPresent(Float.self, forKey: .brightness) ?? 0
        try SpecValue.require(cropPadding >= 0, "must not be negative", in: container, forKey: .cropPadding)
        try SpecValue.require((0...1).contains(brightness), "must lie in [0, 1]", in: container, forKey: .brightness)
    }

    /// The augmented batch; every choice comes from `generator`, image by image.
    public func apply(to batch: Tensor, using generator: inout RandomGenerator) -> Tensor {
        guard self != .none else { return batch }
        let (count, channels, height, width) = (batch.shape[0], batch.shape[1], batch.shape[2], batch.shape[3])
        let plane = height * width, imageSize = channels * plane
        var output = [Float](repeating: 0, count: batch.scalarCount)
        batch.scalars.withUnsafeBufferPointer { source in
            for image in 0..<count {
                let dy = cropPadding > 0 ? generator.integer(below: 2 * cropPadding + 1) - cropPadding : 0
                let dx = cropPadding > 0 ? generator.integer(below: 2 * cropPadding + 1) - cropPadding : 0
                let flips = horizontalFlip && generator.bernoulli(probability: 0.5)
                let shift = brightness > 0 ? generator.uniform(in: -brightness...brightness) : 0
                for channel in 0..<channels {
                    let base = image * imageSize + channel * plane
                    for y in 0..<height where (0..<height).contains(y + dy) {
                        for x in 0..<width {
                            let sourceX = (flips ? width - 1 - x : x) + dx
                            guard (0..<width).contains(sourceX) else { continue }
                            let value = source[base + (y + dy) * width + sourceX] + shift
                            output[base + y * width + x] = Swift.min(Swift.max(value, 0), 1)
                        }
                    }
                }
            }
        }
        return Tensor(shape: batch.shape, scalars: output)
    }
}
