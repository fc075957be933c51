import Foundation

/// Why a dataset file could not be read.
///
/// Every message names the file, says what was expected and what was found,
/// and what to do about it.
public enum DatasetError: Error, Equatable {
    /// No file exists at `path`.
    case fileNotFound(path: String)
    /// The file exists but could not be read or decompressed; `reason` is what
    /// the system or zlib reported.
    case unreadable(path: String, reason: String)
    /// The file ends before the data its header (or format) promises.
    case truncated(path: String, expectedBytes: Int, foundBytes: Int)
    /// The file does not start with the bytes its format requires.
    case wrongMagic(path: String, expected: String, found: String)
    /// The header is well formed but describes data this reader does not handle.
    case unsupportedLayout(path: String, expected: String, found: String)
    /// An images file and a labels file hold different numbers of items.
    case countMismatch(imagesPath: String, imageCount: Int, labelsPath: String, labelCount: Int)
    /// A label is not the index of one of the dataset's classes.
    case labelOutOfRange(path: String, index: Int, label: Int, classCount: Int)
    /// A folder or file could not be written; `reason` is what the system reported.
    case unwritable(path: String, reason: String)
    /// A system dataset is not installed and no data path was given.
    case datasetNotInstalled(dataset: String, debianPackage: String, searched: [String])
}

extension DatasetError: LocalizedError {
    /// A message that says where, what was expected and found, and what to do.
    public var errorDescription: String? {
        switch self {
        case .fileNotFound(let path):
            return "\(path): no such file. Check the path, or download or generate the data first."
        case .unreadable(let path, let reason):
            return "\(path): could not be read (\(reason)). The file is damaged or not in the expected "
                + "format; fetch it again."
        case .truncated(let path, let expected, let found):
            return "\(path): truncated, expected \(expected) bytes of data but found \(found). "
                + "The file is incomplete; fetch it again."
        case .wrongMagic(let path, let expected, let found):
            return "\(path): expected \(expected) at the start of the file but found \(found). "
                + "Pass a file of the right kind."
        case .unsupportedLayout(let path, let expected, let found):
            return "\(path): expected \(expected) but the header says \(found). "
                + "Pass a file of the right kind or convert it."
        case .countMismatch(let imagesPath, let imageCount, let labelsPath, let labelCount):
            return "\(imagesPath) holds \(imageCount) images but \(labelsPath) holds \(labelCount) labels; "
                + "expected equal counts. Pass the labels file that belongs to these images."
        case .labelOutOfRange(let path, let index, let label, let classCount):
            return "\(path): item \(index) has label \(label), expected a class index in 0..<\(classCount). "
                + "Pass a labels file for this dataset."
        case .unwritable(let path, let reason):
            return "\(path): could not be written (\(reason)). Choose an output folder you can write to."
        case .datasetNotInstalled(let dataset, let package, let searched):
            return "\(dataset) is not installed: looked in \(searched.joined(separator: ", ")). "
                + "Run `apt-get install \(package)` or pass a data path to its files."
        }
    }
}
