import Foundation

/// Names and labels of image files.
enum ImageFiles {
    /// The name of the file's folder (`stop` for `signs/stop/000000.png`).
    static func folderName(_ file: String) -> String {
        URL(fileURLWithPath: file).deletingLastPathComponent().lastPathComponent
    }

    /// The name an image keeps in the pipeline: folder and file name without
    /// extension (`stop-000000`), so equal names in different folders differ.
    static func imageName(_ file: String) -> String {
        folderName(file) + "-" + URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
    }

    /// A labels file: a JSON object from file name (or path) to label.
    static func labelTable(_ file: String) throws -> [String: String] {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw PipelineError.unreadableFile(path: file, advice: "check the path of the labels file")
        }
        guard let table = try? JSONDecoder().decode([String: String].self, from: data) else {
            throw PipelineError.unreadableFile(
                path: file, advice: "expected a JSON object from file names to labels, such as {\"000000.png\": \"stop\"}")
        }
        return table
    }

    /// The label of `file` in a labels table: by its path as matched, else by its file name.
    static func label(of file: String, in table: [String: String]) -> String? {
        table[file] ?? table[URL(fileURLWithPath: file).lastPathComponent]
    }
}
