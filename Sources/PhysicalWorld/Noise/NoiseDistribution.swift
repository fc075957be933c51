import Tensors

/// The shape of additive noise with scale s.
public enum NoiseDistribution: String, Codable, Sendable, CaseIterable {
    /// Normal with standard deviation s.
    case gaussian
    /// Uniform in [−s, s] (Thys et al.).
    case uniform
}

extension Tensor {
    /// Unit noise for a batch: image m's values are drawn from a generator
    /// seeded with `seeds[m]`, so any image's noise can be regenerated alone.
    static func unitNoise(seeds: [UInt32], imageShape: [Int], distribution: NoiseDistribution) -> Tensor {
        let perImage = imageShape.reduce(1, *)
        var values = [Float](repeating: 0, count: seeds.count * perImage)
        for (image, seed) in seeds.enumerated() {
            var generator = RandomGenerator(seed: UInt64(seed))
            for index in 0..<perImage {
                values[image * perImage + index] = distribution == .gaussian
                    ? generator.normal() : generator.uniform(in: -1...1)
            }
        }
        return Tensor(shape: [seeds.count] + imageShape, scalars: values)
    }
}
