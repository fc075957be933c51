import Foundation
import NeuralNetworks

/// The pipeline's models by name, each loaded once, with its file's SHA-256.
final class ModelStore {
    /// A loaded model.
    struct Entry {
        let classifier: Classifier
        let file: String
        let sha256: String
    }

    private var files: [String: String]
    private var loaded: [String: Entry] = [:]

    /// Models named in the spec.
    init(models: [(name: String, file: String)]) {
        files = Dictionary(uniqueKeysWithValues: models.map { ($0.name, ModelReference.file($0.file)) })
    }

    /// Adds a model a stage made (a `train` stage's output).
    func register(_ name: String, file: String) {
        files[name] = file
        loaded[name] = nil
    }

    /// The model called `name`, loaded on first use.
    func entry(_ name: String) throws -> Entry {
        if let entry = loaded[name] { return entry }
        guard let file = files[name] else {
            throw PipelineError.stageFailed(stage: "models", reason: "no model is called \"\(name)\"")
        }
        let url = URL(fileURLWithPath: file)
        let entry = Entry(classifier: try Classifier.load(from: url), file: file, sha256: try SHA256.hexDigest(ofFileAt: url))
        loaded[name] = entry
        return entry
    }

    /// The names of the models loaded so far, sorted.
    var loadedNames: [String] { loaded.keys.sorted() }
}
