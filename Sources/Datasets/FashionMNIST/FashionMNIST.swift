import Foundation

/// Fashion-MNIST: 28x28 grey images of clothing in 10 classes, 60,000 for
/// training and 10,000 for testing, read from gzip IDX files.
///
/// The data comes from Debian's package `dataset-fashion-mnist`, found through
/// `dpkg-query -L`, or from a directory holding the four original files.
public enum FashionMNIST {
    /// The Debian package that installs the data.
    public static let debianPackage = "dataset-fashion-mnist"

    /// Where the Debian package puts the files.
    public static let systemDirectory = "/usr/share/datasets/fashion-mnist"

    /// Stable class names, indexed by label: the official names ("T-shirt/top",
    /// "Trouser", ..., "Ankle boot") in lower case with dashes, usable as
    /// folder names.
    public static let classNames = [
        "t-shirt-top", "trouser", "pullover", "dress", "coat",
        "sandal", "shirt", "sneaker", "bag", "ankle-boot",
    ]

    /// One of the two published splits.
    public enum Split: String, CaseIterable, Sendable {
        /// The 60,000 training images.
        case train
        /// The 10,000 test images.
        case test

        /// The prefix of the split's file names.
        var filePrefix: String { self == .train ? "train" : "t10k" }

        /// The file name of the split's images.
        public var imagesFileName: String { "\(filePrefix)-images-idx3-ubyte.gz" }

        /// The file name of the split's labels.
        public var labelsFileName: String { "\(filePrefix)-labels-idx1-ubyte.gz" }
    }

    /// Loads a split from `directory`, or from the installed Debian package
    /// when `directory` is nil.
    public static func load(_ split: Split, from directory: String? = nil) throws -> Dataset {
        let folder = try directory ?? installedDirectory()
        return try IDXReader.dataset(
            imagesAt: (folder as NSString).appendingPathComponent(split.imagesFileName),
            labelsAt: (folder as NSString).appendingPathComponent(split.labelsFileName),
            classNames: classNames)
    }

    /// The directory of the installed Debian package's files; throws
    /// `datasetNotInstalled` (which names the package) when it is missing.
    public static func installedDirectory() throws -> String {
        let marker = Split.train.imagesFileName
        if let listed = DebianPackageFiles.list(debianPackage).first(where: { $0.hasSuffix("/" + marker) }),
            FileManager.default.fileExists(atPath: listed)
        {
            return (listed as NSString).deletingLastPathComponent
        }
        if FileManager.default.fileExists(atPath: (systemDirectory as NSString).appendingPathComponent(marker)) {
            return systemDirectory
        }
        throw DatasetError.datasetNotInstalled(
            dataset: "Fashion-MNIST", debianPackage: debianPackage,
            searched: ["the files of `dpkg-query -L \(debianPackage)`", systemDirectory])
    }
}
