import StrictCoding

/// The `optimizer` object of a training spec:
/// `{ "type": "sgd", "learningRate": 0.05, "momentum": 0.9, "nesterov": true, "weightDecay": 0.0005 }` or
/// `{ "type": "adam", "learningRate": 0.001, "weightDecay": 0.01, "decoupled": true }` (AdamW).
/// Only `type` and `learningRate` are required.
struct OptimizerSpec: Decodable {
    /// The settings decoded.
    var settings: OptimizerSettings

    private enum Kind: String, CaseIterable { case sgd, adam }
    private enum TypeKey: String, CodingKey { case type }
    private enum SGDKeys: String, CodingKey, CaseIterable { case type, learningRate, momentum, nesterov, weightDecay }
    private enum AdamKeys: String, CodingKey, CaseIterable { case type, learningRate, weightDecay, decoupled }

    init(from decoder: Decoder) throws {
        let kind = try SpecValue.choice(Kind.self, in: try decoder.container(keyedBy: TypeKey.self), forKey: .type)
        switch kind {
        case .sgd:
            try decoder.rejectUnknownKeys(SGDKeys.self)
            let fields = try decoder.container(keyedBy: SGDKeys.self)
            settings = .sgd(
                learningRate: try Self.rate(fields, .learningRate),
                momentum: try fields.decodeIfPresent(Float.self, forKey: .momentum) ?? 0,
                nesterov: try fields.decodeIfPresent(Bool.self, forKey: .nesterov) ?? false,
                weightDecay: try fields.decodeIfPresent(Float.self, forKey: .weightDecay) ?? 0)
        case .adam:
            try decoder.rejectUnknownKeys(AdamKeys.self)
            let fields = try decoder.container(keyedBy: AdamKeys.self)
            settings = .adam(
                learningRate: try Self.rate(fields, .learningRate),
                weightDecay: try fields.decodeIfPresent(Float.self, forKey: .weightDecay) ?? 0,
                decoupledWeightDecay: try fields.decodeIfPresent(Bool.self, forKey: .decoupled) ?? false)
        }
    }

    private static func rate<Key: CodingKey>(_ fields: KeyedDecodingContainer<Key>, _ key: Key) throws -> Float {
        let rate = try fields.decode(Float.self, forKey: key)
        try SpecValue.require(rate > 0, "must be positive, got \(rate)", in: fields, forKey: key)
        return rate
    }
}
