import Tensors

/// The procedural traffic-sign dataset: photograph-like RGB pictures of the
/// ten ``SignClass`` signs under random pose, lighting, background, blur and
/// noise, reproducible from a seed.
///
/// Sample `i` of seed `s` is always the same picture, however the samples are
/// requested (one at a time, in ranges, in parallel), and its class is
/// `SignClass.allCases[i % 10]`, so any prefix of the samples is balanced.
public struct SignGenerator: Sendable {
    /// The width and height of every picture, in pixels.
    public let size: Int
    /// The ranges the random scene is drawn from.
    public let augmentation: SceneAugmentation
    /// Each class's clean sign, premultiplied RGBA at twice the picture size.
    private let textures: [Canvas]

    /// A generator of `size` x `size` pictures; the augmentation must have no
    /// ``SceneAugmentation/problems``.
    public init(size: Int = 64, augmentation: SceneAugmentation = .standard) {
        precondition(size >= 8, "sign pictures need at least 8x8 pixels, got \(size)")
        precondition(augmentation.problems.isEmpty, "unusable SceneAugmentation: \(augmentation.problems)")
        self.size = size
        self.augmentation = augmentation
        textures = SignClass.allCases.map { SignRenderer.canvas($0, size: 2 * size, fill: [0, 0, 0, 0]) }
    }

    /// Sample `index` of the dataset of seed `seed`.
    public func sample(index: Int, seed: UInt64) -> SignSample {
        var generator = RandomGenerator(seed: seed ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03))
        let sign = SignClass.allCases[index % SignClass.allCases.count]
        return SignSample(image: render(sign, using: &generator), sign: sign)
    }

    /// Samples `indices` of the dataset of seed `seed`, rendered on all cores.
    public func samples(_ indices: Range<Int>, seed: UInt64) -> [SignSample] {
        var samples = [SignSample?](repeating: nil, count: indices.count)
        samples.withUnsafeMutableBufferPointer { buffer in
            parallelChunks(indices.count, minimumChunk: 16) { chunk in
                for position in chunk { buffer[position] = sample(index: indices.lowerBound + position, seed: seed) }
            }
        }
        return samples.map { $0! }
    }

    /// The first `count` samples of seed `seed` as a dataset of 8-bit
    /// images 3,size,size.
    public func dataset(count: Int, seed: UInt64) -> Dataset {
        let samples = samples(0..<count, seed: seed)
        return Dataset(
            pixels: samples.flatMap { $0.image.planarBytes() }, imageShape: [3, size, size],
            labels: samples.map(\.label), classNames: SignClass.allNames)
    }

    /// A new random picture of `sign`, drawing its scene from `generator`.
    public func render(_ sign: SignClass, using generator: inout RandomGenerator) -> PixelBuffer {
        SignScene.render(
            texture: textures[sign.rawValue], size: size, augmentation: augmentation, using: &generator
        ).pixelBuffer()
    }
}
