import Foundation

/// What a classifier needs to know besides its graph: the input spec and the
/// class labels, and where they came from.
///
/// They are read, in order of preference, from an explicitly given sidecar
/// JSON, the model's `metadata_props`, a sidecar `NAME.json` beside
/// `NAME.onnx`, or else made up (labels `class 0`, `class 1`, …, sizes from
/// the model's input) with a warning. See ``ClassifierMetadataDocument`` for
/// the schema.
public struct ClassifierMetadata: Equatable, Sendable {
    /// Where the metadata came from.
    public enum Origin: Equatable, Sendable {
        /// The model's `metadata_props`.
        case modelMetadata
        /// A sidecar JSON file.
        case sidecar(URL)
        /// Nothing was found; defaults were used.
        case defaults
    }

    /// The images the model takes.
    public var input: InputSpec
    /// Class names in output order.
    public var labels: [String]
    /// Where the metadata came from.
    public var origin: Origin
    /// Things the caller should tell the user (such as defaults being used).
    public var warnings: [String]

    /// Creates metadata.
    public init(input: InputSpec, labels: [String], origin: Origin, warnings: [String] = []) {
        self.input = input
        self.labels = labels
        self.origin = origin
        self.warnings = warnings
    }

    /// The JSON document describing this metadata, for a sidecar file or
    /// `metadata_props` of an exported model.
    public var document: ClassifierMetadataDocument {
        ClassifierMetadataDocument(
            labels: labels,
            input: .init(
                channels: input.channels, height: input.height, width: input.width,
                range: [input.valueRange.lowerBound, input.valueRange.upperBound]),
            mean: input.mean, std: input.std)
    }
}
