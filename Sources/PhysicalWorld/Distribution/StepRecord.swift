import StrictCoding

/// The parameters one step drew for every sample of a batch: JSON
/// `{"transform": "affine", "parameters": [{…}, null, …]}` with `null` where
/// the step was skipped.
public struct StepRecord: Codable, Sendable {
    /// The transform's name.
    public let transform: String
    let parameters: any ParameterList

    init(_ parameters: any ParameterList) {
        self.transform = parameters.transformName
        self.parameters = parameters
    }

    /// Whether the step was applied to each sample.
    public var applied: [Bool] { parameters.applied }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case transform, parameters
    }

    /// Decodes the parameters with the named transform's parameter type.
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name = try container.decode(String.self, forKey: .transform)
        let type = try TransformCatalogue.type(named: name, at: JSONPath.string(decoder.codingPath) + ".transform")
        self.init(try Self.decodeParameters(of: type, from: container))
    }

    private static func decodeParameters<T: Transform>(
        of type: T.Type, from container: KeyedDecodingContainer<CodingKeys>
    ) throws -> any ParameterList {
        TypedParameterList<T>(values: try container.decode([T.Parameters?].self, forKey: .parameters))
    }

    /// Encodes the name and the per-sample parameters.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(transform, forKey: .transform)
        try parameters.encodeValues(to: container.superEncoder(forKey: .parameters))
    }
}

/// Per-sample parameters of one transform type, with the type erased.
protocol ParameterList: Sendable {
    var transformName: String { get }
    var applied: [Bool] { get }
    func encodeValues(to encoder: Encoder) throws
}

/// The parameters of transform `T` for each sample, `nil` where skipped.
struct TypedParameterList<T: Transform>: ParameterList {
    let values: [T.Parameters?]

    var transformName: String { T.name }
    var applied: [Bool] { values.map { $0 != nil } }

    func encodeValues(to encoder: Encoder) throws {
        try values.encode(to: encoder)
    }
}
