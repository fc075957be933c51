import Tensors

/// Reads MNIST-format IDX files (optionally gzip-compressed) into tensors and labels.
public enum IDXReader {
    /// The images of a rank-3 IDX file (count, height, width) as a tensor of
    /// shape N,1,H,W with values in [0, 1].
    public static func images(at path: String) throws -> Tensor {
        let array = try IDXArray(parsing: GzipFile.contents(of: path), from: path, rank: 3)
        let shape = [array.dimensions[0], 1, array.dimensions[1], array.dimensions[2]]
        return Tensor(shape: shape, scalars: array.values.map { Float($0) / 255 })
    }

    /// The labels of a rank-1 IDX file.
    public static func labels(at path: String) throws -> [Int] {
        try IDXArray(parsing: GzipFile.contents(of: path), from: path, rank: 1).values.map(Int.init)
    }

    /// A dataset from an images file and its labels file; every label must be
    /// an index into `classNames`.
    public static func dataset(imagesAt imagesPath: String, labelsAt labelsPath: String, classNames: [String])
        throws -> Dataset
    {
        let images = try images(at: imagesPath)
        let labels = try labels(at: labelsPath)
        guard images.shape[0] == labels.count else {
            throw DatasetError.countMismatch(
                imagesPath: imagesPath, imageCount: images.shape[0], labelsPath: labelsPath,
                labelCount: labels.count)
        }
        try Dataset.checkLabels(labels, classCount: classNames.count, path: labelsPath)
        return Dataset(images: images, labels: labels, classNames: classNames)
    }
}
