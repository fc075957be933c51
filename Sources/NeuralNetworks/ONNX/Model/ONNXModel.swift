import Foundation

/// A loaded ONNX model: its graph, the opset it targets and its metadata.
///
/// Loading (``init(contentsOf:)``, ``init(serializedData:source:)``) checks
/// everything that can be checked without running the model: that the file
/// decodes, the opset is 11…18, every operator, attribute and data type is
/// supported, initializer sizes match their shapes, every node input has a
/// producer and the graph has no cycle. Problems throw ``ONNXLoadingError``.
public struct ONNXModel: Equatable {
    /// The graph, nodes in topological order.
    public var graph: ONNXGraph
    /// The version of the default ONNX operator set the model uses (11…18).
    public var opsetVersion: Int
    /// The ONNX IR version of the file.
    public var irVersion: Int
    /// The tool that wrote the model, such as `pytorch 2.13.0`.
    public var producer: String
    /// The model's `metadata_props`, in file order.
    public var metadata: [(key: String, value: String)]

    /// The metadata value for `key`; the last one when repeated.
    public func metadataValue(forKey key: String) -> String? {
        metadata.last { $0.key == key }?.value
    }

    /// Loads and validates the model in the file at `url`.
    public init(contentsOf url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ONNXLoadingError.unreadableFile(file: url.path, reason: error.localizedDescription)
        }
        try self.init(serializedData: data, source: url.lastPathComponent)
    }

    /// Loads and validates a model from the bytes of an .onnx file; `source`
    /// names it in error messages.
    public init(serializedData data: Data, source: String) throws {
        self = try ONNXModelDecoder(source: source).decode(data)
    }

    /// Creates a model from its parts, for example to export a model built in
    /// Perturb. Nothing is checked here: nodes must already be in topological
    /// order. Loading the ``serializedData()`` validates everything.
    public init(graph: ONNXGraph, opsetVersion: Int, irVersion: Int, producer: String, metadata: [(key: String, value: String)]) {
        self.graph = graph
        self.opsetVersion = opsetVersion
        self.irVersion = irVersion
        self.producer = producer
        self.metadata = metadata
    }

    /// Models are equal when graph, versions, producer and metadata are equal.
    public static func == (lhs: ONNXModel, rhs: ONNXModel) -> Bool {
        lhs.graph == rhs.graph && lhs.opsetVersion == rhs.opsetVersion && lhs.irVersion == rhs.irVersion
            && lhs.producer == rhs.producer
            && lhs.metadata.map(\.key) == rhs.metadata.map(\.key)
            && lhs.metadata.map(\.value) == rhs.metadata.map(\.value)
    }

    /// The default operator-set versions Perturb supports.
    public static let supportedOpsets = 11...18
}
