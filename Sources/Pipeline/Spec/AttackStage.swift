import Attacks
import StrictCoding

/// `attack`: crafts adversarial versions of a set against a model.
///
/// ```json
/// {"attack": {"input": "clean", "as": "adversarial", "model": "victim", "method": "pgd",
///             "target": "untargeted", "parameters": {"eps": 0.0627, "alpha": 0.0078, "steps": 40},
///             "eot": {"samples": 16, "preset": "print-and-photograph"}}}
/// ```
/// `method` is any of `perturb attack`'s methods; `target` is `untargeted`
/// (default), `least-likely` or a class name of the model; `parameters` take
/// the method's published defaults when absent (keys as `perturb attack`'s
/// options: eps, alpha, steps, restarts, random-start, momentum, …); `eot`
/// attacks the expectation over sampled physical-world transforms. Each image
/// is attacked on its own with a seed derived from the spec's seed and the
/// image's content, so results do not depend on batching and resume exactly.
public struct AttackStage: Decodable, Sendable {
    /// The set attacked.
    public var input: String
    /// The name of the set written.
    public var output: String
    /// The model attacked.
    public var model: String
    /// The method.
    public var method: AttackMethod
    /// `untargeted`, `least-likely` or a class name.
    public var target: String
    /// The method's parameters as given.
    public var parameters: AttackParameters
    /// Expectation over transformation, if asked for.
    public var eot: EOTSettings?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case input, output = "as", model, method, target, parameters, eot
    }

    /// Decodes strictly and checks the method's parameters.
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        input = try container.setName(forKey: .input)
        output = try container.setName(forKey: .output)
        model = try container.decode(String.self, forKey: .model)
        method = try SpecValue.choice(AttackMethod.self, in: container, forKey: .method)
        target = try container.decodeIfPresent(String.self, forKey: .target) ?? "untargeted"
        parameters = try container.attackParameters(forKey: .parameters, method: method)
        eot = try container.eotSettings(forKey: .eot)
        if eot != nil, method == .deepfool {
            throw SpecIssue(
                path: JSONPath.string(container.codingPath + [CodingKeys.eot]),
                message: "deepfool follows the model's own Jacobian and ignores EOT transforms; "
                    + "remove \"eot\" or choose a gradient method such as pgd")
        }
    }
}

extension KeyedDecodingContainer {
    /// A method's `parameters` object, checked against the method (unknown,
    /// unused and out-of-range parameters are errors at their own path).
    func attackParameters(forKey key: Key, method: AttackMethod) throws -> AttackParameters {
        guard contains(key) else { return AttackParameters() }
        let decoder = try superDecoder(forKey: key)
        try decoder.rejectUnknownKeys(allowed: method.acceptedParameters.map(\.rawValue))
        let parameters = try AttackParameters(from: decoder)
        do {
            _ = try method.makeAttack(parameters)
        } catch let AttackError.invalidParameter(name, value, expected) {
            throw SpecIssue(
                path: JSONPath.string(decoder.codingPath + [AnyCodingKey(name)]),
                message: "expected \(expected), found \(value)")
        }
        return parameters
    }
}
