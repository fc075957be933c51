import Foundation

extension Classifier {
    /// Loads an ONNX classifier with its labels and input spec.
    ///
    /// The metadata comes from `labelsOverride` when given, else from the
    /// model's `metadata_props`, else from `NAME.json` beside the model, else
    /// defaults (see ``ClassifierMetadata/resolve(for:at:sidecar:)``); its
    /// warnings are in ``warnings``.
    public static func load(from url: URL, labelsOverride: URL? = nil) throws -> Classifier {
        let model = try ONNXModel(contentsOf: url)
        let metadata = try ClassifierMetadata.resolve(for: model, at: url, sidecar: labelsOverride)
        let graph = try ONNXGraphModel(model, name: url.lastPathComponent)
        return try Classifier(model: graph, input: metadata.input, labels: metadata.labels, warnings: metadata.warnings)
    }
}
