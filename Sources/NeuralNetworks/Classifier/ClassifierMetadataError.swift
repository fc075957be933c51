import Foundation

/// Why a classifier's labels and input spec could not be determined. `source`
/// is the sidecar file's path or `MODEL metadata_props`; `path` is a JSON path
/// such as `input.range[1]`.
public enum ClassifierMetadataError: LocalizedError, Equatable {
    /// The sidecar file exists but could not be read.
    case unreadableFile(source: String, reason: String)
    /// The text is not valid JSON.
    case invalidJSON(source: String, reason: String)
    /// An object has a key the schema does not define.
    case unknownKey(source: String, path: String, key: String, suggestion: String?)
    /// A value has the wrong JSON type.
    case wrongType(source: String, path: String, expected: String)
    /// A value has the right type but is not allowed.
    case invalidValue(source: String, path: String, reason: String)
    /// The number of labels differs from the model's number of outputs.
    case labelCountMismatch(source: String, labels: Int, classes: Int)
    /// An input size differs from the size the model fixes.
    case inputMismatch(source: String, path: String, declared: Int, model: Int)
    /// The model leaves an input size dynamic and the metadata does not give it.
    case unknownInputSize(model: String, path: String)
    /// The model's first input is not an N×C×H×W image batch.
    case notAnImageModel(model: String, input: String, shape: String)
    /// Neither the metadata nor the model tell how many classes there are.
    case unknownClassCount(model: String)

    /// The message: what was found, where, and what to do.
    public var errorDescription: String? {
        switch self {
        case .unreadableFile(let source, let reason):
            "\(source): cannot read the classifier metadata (\(reason)). Check the path and permissions."
        case .invalidJSON(let source, let reason):
            "\(source): not valid JSON (\(reason)). Fix the syntax; the schema is "
                + "{\"labels\": [...], \"input\": {\"channels\", \"height\", \"width\", \"range\"}, \"mean\": [...], \"std\": [...]}."
        case .unknownKey(let source, let path, let key, let suggestion):
            "\(source): unknown key \"\(key)\" at \(path)"
                + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "; remove it.")
        case .wrongType(let source, let path, let expected):
            "\(source): \(path) must be \(expected)."
        case .invalidValue(let source, let path, let reason):
            "\(source): \(path) \(reason)."
        case .labelCountMismatch(let source, let labels, let classes):
            "\(source): \(labels) labels for a model with \(classes) outputs; give exactly one label per output, "
                + "in output order."
        case .inputMismatch(let source, let path, let declared, let model):
            "\(source): \(path) is \(declared) but the model's input has \(model); remove it or correct it."
        case .unknownInputSize(let model, let path):
            "\(model): the model's input leaves \(path) dynamic; give it in the classifier metadata "
                + "(a sidecar JSON beside the model with \"input\": {\"channels\", \"height\", \"width\"})."
        case .notAnImageModel(let model, let input, let shape):
            "\(model): the first input \"\(input)\" has shape \(shape); a classifier takes N×C×H×W images. "
                + "Export the model with a 4-D image input."
        case .unknownClassCount(let model):
            "\(model): the output's class dimension is dynamic and no labels are given; add \"labels\" to a "
                + "sidecar JSON beside the model."
        }
    }
}
