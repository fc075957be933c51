import Tensors

/// Reads MNIST-format IDX files (optionally gzip-compressed) into tensors and labels.
public enum IDXReader {
    /// The images of a rank-3 IDX file (count, height, width) as a tensor of
    /// shape N,1,H,W with values in [0, 1].
    public static func images(at path: String) throws -> Tensor {
        let array = try imageArray(at: path)
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
        let images = try imageArray(at: imagesPath)
        let labels = try labels(at: labelsPath)
        guard images.dimensions[0] == labels.count else {
            throw DatasetError.countMismatch(
                imagesPath: imagesPath, imageCount: images.dimensions[0], labelsPath: labelsPath,
                labelCount: labels.count)
        }
        try Dataset.checkLabels(labels, classCount: classNames.count, path: labelsPath)
        return Dataset(
            pixels: Array(images.values), imageShape: [1, images.dimensions[1], images.dimensions[2]],
            labels: labels, classNames: classNames)
    }

    /// The parsed content of a rank-3 IDX file of images.
    private static func imageArray(at path: String) throws -> IDXArray {
        try IDXArray(parsing: GzipFile.contents(of: path), from: path, rank: 3)
    }
}
