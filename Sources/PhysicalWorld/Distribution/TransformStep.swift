import Tensors
import StrictCoding

/// One step of a ``TransformDistribution``: a transform applied to each
/// sample with probability `probability`.
///
/// JSON: the transform's name, the probability (default 1) and the
/// transform's own keys in one object, e.g.
/// `{"transform": "gaussianBlur", "probability": 0.5, "sigma": [0, 1.5]}`.
/// Unknown keys and out-of-range values are errors naming the JSON path.
public struct TransformStep: Codable, Sendable {
    /// The transform and its parameter ranges.
    public let transform: any Transform
    /// The chance that a sample goes through this step, in [0, 1].
    public let probability: Float

    /// A step applying `transform` with the given probability.
    public init(_ transform: any Transform, probability: Float = 1) {
        precondition((0...1).contains(probability), "TransformStep: probability \(probability) is outside [0, 1]")
        self.transform = transform
        self.probability = probability
    }

    private enum StepKeys: String, CodingKey, CaseIterable {
        case transform, probability
    }

    /// Decodes and validates a step.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: StepKeys.self)
        let path = JSONPath.string(decoder.codingPath)
        let name = try container.decode(String.self, forKey: .transform)
        let type = try TransformCatalogue.type(named: name, at: path + ".transform")
        try decoder.rejectUnknownKeys(allowed: StepKeys.allCases.map(\.rawValue) + type.keyNames)
        let probability = try container.decodeIfPresent(Float.self, forKey: .probability) ?? 1
        guard (0...1).contains(probability) else {
            throw TransformError.invalidValue(
                path: path + ".probability", expected: "a probability in [0, 1]", found: "\(probability)",
                advice: "use 1 to always apply the step")
        }
        let transform = try type.init(from: decoder)
        try transform.validate(at: path)
        self.init(transform, probability: probability)
    }

    /// Encodes the name, the probability and the transform's keys in one object.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: StepKeys.self)
        try container.encode(type(of: transform).name, forKey: .transform)
        try container.encode(probability, forKey: .probability)
        try transform.encode(to: encoder)
    }

    /// The name of the step's transform.
    public var name: String { type(of: transform).name }

    /// Draws, for each of `count` samples, whether the step applies and if so its parameters.
    func sample(count: Int, using generator: inout RandomGenerator) -> StepRecord {
        sampled(transform, count: count, using: &generator)
    }

    private func sampled<T: Transform>(_ transform: T, count: Int, using generator: inout RandomGenerator) -> StepRecord {
        let values: [T.Parameters?] = (0..<count).map { _ in
            probability >= 1 || generator.bernoulli(probability: probability)
                ? transform.sampleParameters(using: &generator) : nil
        }
        return StepRecord(TypedParameterList<T>(values: values))
    }

    /// Applies the step with recorded parameters (one per sample, `nil` where skipped).
    func apply(_ images: Tensor, record: StepRecord, at path: String) throws -> Tensor {
        try applied(transform, to: images, record: record, at: path)
    }

    private func applied<T: Transform>(_ transform: T, to images: Tensor, record: StepRecord, at path: String) throws -> Tensor {
        guard let list = record.parameters as? TypedParameterList<T> else {
            throw TransformError.recordMismatch(
                path: path, expected: "parameters of \"\(T.name)\"", found: "parameters of \"\(record.transform)\"")
        }
        guard list.values.count == images.shape[0] else {
            throw TransformError.recordMismatch(
                path: path, expected: "\(images.shape[0]) samples", found: "\(list.values.count)")
        }
        let chosen = list.values.indices.filter { list.values[$0] != nil }
        if chosen.isEmpty { return images }
        let parameters = chosen.map { list.values[$0]! }
        if chosen.count == images.shape[0] { return try transform.apply(images, parameters: parameters) }
        // Transform only the chosen samples, then put every sample back in place.
        let skipped = list.values.indices.filter { list.values[$0] == nil }
        let transformed = try transform.apply(images.gathering(atIndices: chosen), parameters: parameters)
        let combined = concatenate([transformed, images.gathering(atIndices: skipped)], alongAxis: 0)
        var position = [Int](repeating: 0, count: images.shape[0])
        for (slot, index) in (chosen + skipped).enumerated() { position[index] = slot }
        return combined.gathering(atIndices: position)
    }
}
