import Tensors

/// Labelled images held in memory, N,C,H,W with values in [0, 1], one class
/// index per image, and the class names those indices refer to.
///
/// Images read from 8-bit files are kept as bytes (a quarter of the memory of
/// floats: 50,000 64x64 RGB pictures take 600 MB instead of 2.4 GB) and
/// become floats a batch at a time; images made from a tensor stay floats.
public struct Dataset {
    /// How the pixels are held, planar per image in N,C,H,W order.
    enum Storage {
        /// 8-bit values; value v stands for v / 255.
        case bytes([UInt8])
        /// Values in [0, 1].
        case floats([Float])
    }

    /// The pixels.
    let storage: Storage
    /// The shape of one image: C,H,W.
    public let imageShape: [Int]
    /// The class index of each image, each in `0..<classNames.count`.
    public let labels: [Int]
    /// The name of each class, indexed by label.
    public let classNames: [String]

    /// A dataset of the images of a tensor N,C,H,W; one label per image,
    /// each an index into `classNames`.
    public init(images: Tensor, labels: [Int], classNames: [String]) {
        precondition(images.rank == 4, "Dataset images must be N,C,H,W, got shape \(images.shape)")
        self.init(
            storage: .floats(images.scalars), imageShape: Array(images.shape.dropFirst()), labels: labels,
            classNames: classNames)
    }

    /// A dataset of 8-bit images, planar: each image's channels one after the
    /// other, each row-major, `imageShape` (C,H,W) values per image.
    public init(pixels: [UInt8], imageShape: [Int], labels: [Int], classNames: [String]) {
        self.init(storage: .bytes(pixels), imageShape: imageShape, labels: labels, classNames: classNames)
    }

    init(storage: Storage, imageShape: [Int], labels: [Int], classNames: [String]) {
        precondition(imageShape.count == 3, "Dataset images must be C,H,W each, got \(imageShape)")
        let valueCount: Int
        switch storage {
        case .bytes(let values): valueCount = values.count
        case .floats(let values): valueCount = values.count
        }
        precondition(
            valueCount == labels.count * imageShape.elementCount,
            "Dataset has \(labels.count) labels but \(valueCount) values for images of shape \(imageShape)")
        precondition(
            labels.allSatisfy { (0..<classNames.count).contains($0) },
            "Dataset labels must be in 0..<\(classNames.count)")
        self.storage = storage
        self.imageShape = imageShape
        self.labels = labels
        self.classNames = classNames
    }

    /// The number of images.
    public var count: Int { labels.count }

    /// All images as one tensor N,C,H,W in [0, 1]. For large byte datasets
    /// this is four times their size in memory; prefer ``images(at:)`` or
    /// batches.
    public var images: Tensor { images(at: Array(0..<count)) }

    /// Throws `labelOutOfRange` for the first label of a file that is not a
    /// class index.
    static func checkLabels(_ labels: [Int], classCount: Int, path: String) throws {
        if let index = labels.firstIndex(where: { !(0..<classCount).contains($0) }) {
            throw DatasetError.labelOutOfRange(
                path: path, index: index, label: labels[index], classCount: classCount)
        }
    }
}
