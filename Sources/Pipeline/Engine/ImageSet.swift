import Tensors

/// A named set of images flowing between stages: a batch N×C×H×W in [0, 1],
/// a name per image, the true labels when known, and how it was made.
public struct ImageSet {
    /// The set's name (`adversarial`).
    public var name: String
    /// The images, N×C×H×W in [0, 1].
    public var images: Tensor
    /// One name per image (`stop-000000`), used for file names.
    public var imageNames: [String]
    /// The true class name of each image, when known.
    public var labels: [String]?
    /// How the set was made from another one, if it was.
    public var derivation: Derivation?

    /// How a set was made: the stage, the set it came from and, per image,
    /// the index of the image it came from.
    public struct Derivation {
        /// `stages[1].attack`.
        public var stage: String
        /// The set the images came from.
        public var source: String
        /// For each image, the index of its source image.
        public var sourceIndices: [Int]
        /// The model attacked, for adversarial and patched sets.
        public var model: String?
    }

    /// The number of images.
    public var count: Int { imageNames.count }

    /// Image `index` as 1×C×H×W.
    public func image(_ index: Int) -> Tensor {
        images.sliced(alongAxis: 0, index..<index + 1)
    }
}
