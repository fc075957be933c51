import Tensors

/// Labelled images held in memory: a tensor N,C,H,W with values in [0, 1], one
/// class index per image, and the class names those indices refer to.
public struct Dataset {
    /// The images, shape N,C,H,W, values in [0, 1].
    public let images: Tensor
    /// The class index of each image, each in `0..<classNames.count`.
    public let labels: [Int]
    /// The name of each class, indexed by label.
    public let classNames: [String]

    /// Creates a dataset; the images must be rank 4 with one label per image,
    /// and every label must index `classNames`.
    public init(images: Tensor, labels: [Int], classNames: [String]) {
        precondition(images.rank == 4, "Dataset images must be N,C,H,W, got shape \(images.shape)")
        precondition(
            images.shape[0] == labels.count,
            "Dataset has \(images.shape[0]) images but \(labels.count) labels")
        precondition(
            labels.allSatisfy { (0..<classNames.count).contains($0) },
            "Dataset labels must be in 0..<\(classNames.count)")
        self.images = images
        self.labels = labels
        self.classNames = classNames
    }

    /// The number of images.
    public var count: Int { labels.count }

    /// The shape of one image: C,H,W.
    public var imageShape: [Int] { Array(images.shape.dropFirst()) }

    /// Throws `labelOutOfRange` for the first label of a file that is not a
    /// class index.
    static func checkLabels(_ labels: [Int], classCount: Int, path: String) throws {
        if let index = labels.firstIndex(where: { !(0..<classCount).contains($0) }) {
            throw DatasetError.labelOutOfRange(
                path: path, index: index, label: labels[index], classCount: classCount)
        }
    }
}
