import Foundation

/// How a pipeline names a model file: a path to an ONNX file, or the name of
/// a shipped model (`signs-cnn` is `Models/signs-cnn.onnx`).
public enum ModelReference {
    /// The folder of shipped models, relative to the working directory.
    public static let shippedFolder = "Models"

    /// The file a model entry refers to.
    public static func file(_ entry: String) -> String {
        entry.hasSuffix(".onnx") || entry.contains("/") ? entry : "\(shippedFolder)/\(entry).onnx"
    }

    /// The names of the shipped models found in ``shippedFolder``.
    public static var shippedNames: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: shippedFolder)) ?? []
        return files.filter { $0.hasSuffix(".onnx") }.map { String($0.dropLast(5)) }.sorted()
    }
}
