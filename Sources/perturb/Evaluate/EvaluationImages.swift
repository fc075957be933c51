import Foundation

/// Finds the files `perturb evaluate` measures.
enum EvaluationImages {
    /// The PNGs of DIR/CLASS/NAME.png in name order, with the index of their
    /// class folder's name among the model's labels.
    static func originals(in directory: String, labels: [String]) throws -> [(file: String, label: Int)] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw EvaluationImagesError.missingFolder(path: directory)
        }
        var found: [(file: String, label: Int)] = []
        for name in try manager.contentsOfDirectory(atPath: directory).sorted() {
            let folder = (directory as NSString).appendingPathComponent(name)
            guard manager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            guard let label = labels.firstIndex(of: name) else {
                throw EvaluationImagesError.unknownClass(folder: folder, labels: labels)
            }
            for file in try manager.contentsOfDirectory(atPath: folder).sorted() where file.lowercased().hasSuffix(".png") {
                found.append(((folder as NSString).appendingPathComponent(file), label))
            }
        }
        guard !found.isEmpty else { throw EvaluationImagesError.noImages(path: directory) }
        return found.sorted { ($0.file as NSString).lastPathComponent < ($1.file as NSString).lastPathComponent }
    }

    /// DIR/NAME-adversarial.png for the original CLASS/NAME.png.
    static func adversarial(for original: String, in directory: String) throws -> String {
        let stem = URL(fileURLWithPath: original).deletingPathExtension().lastPathComponent
        let file = (directory as NSString).appendingPathComponent(stem + "-adversarial.png")
        guard FileManager.default.fileExists(atPath: file) else {
            throw EvaluationImagesError.missingAdversarial(original: original, expected: file)
        }
        return file
    }
}

/// Why `perturb evaluate` could not find or write its files.
enum EvaluationImagesError: LocalizedError {
    /// The originals folder does not exist.
    case missingFolder(path: String)
    /// A class folder is not one of the model's labels.
    case unknownClass(folder: String, labels: [String])
    /// No PNG in any class folder.
    case noImages(path: String)
    /// An original has no adversarial version.
    case missingAdversarial(original: String, expected: String)
    /// The report could not be written.
    case unwritable(path: String, reason: String)

    var errorDescription: String? {
        switch self {
        case .missingFolder(let path):
            return "\(path): no such folder; --originals takes a folder of class folders (DIR/CLASS/NAME.png)."
        case .unknownClass(let folder, let labels):
            return "\(folder): the folder name is not a class of the model; name class folders after its labels: "
                + labels.joined(separator: ", ") + "."
        case .noImages(let path):
            return "\(path): no PNG images in its class folders; expected DIR/CLASS/NAME.png."
        case .missingAdversarial(let original, let expected):
            return "\(expected): missing, the adversarial version of \(original); run `perturb attack` on every original "
                + "with --out pointing at that folder, or drop --adversarial."
        case .unwritable(let path, let reason):
            return "\(path): could not write the report (\(reason)); choose a writable location."
        }
    }
}
