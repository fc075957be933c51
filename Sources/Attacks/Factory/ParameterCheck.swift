/// Reads validated values out of ``AttackParameters``, throwing
/// ``AttackError/invalidParameter(name:value:expected:)`` for bad ones.
struct ParameterCheck {
    let parameters: AttackParameters

    func float(
        _ key: AttackParameters.CodingKeys, _ value: Float?, default fallback: Float,
        expected: String, where valid: (Float) -> Bool
    ) throws -> Float {
        guard let value else { return fallback }
        guard value.isFinite, valid(value) else {
            throw AttackError.invalidParameter(name: key.rawValue, value: "\(value)", expected: expected)
        }
        return value
    }

    func count(_ key: AttackParameters.CodingKeys, _ value: Int?, default fallback: Int) throws -> Int {
        guard let value else { return fallback }
        guard value >= 1 else {
            throw AttackError.invalidParameter(name: key.rawValue, value: "\(value)", expected: "at least 1")
        }
        return value
    }

    /// ε of an L∞ ball: in [0, 1].
    func lInfinityEpsilon() throws -> Float {
        try float(
            .epsilon, parameters.epsilon, default: 8 / 255,
            expected: "between 0 and 1 in [0, 1] image units (8/255 ≈ 0.031 is common for 8-bit images)",
            where: { (0...1).contains($0) })
    }

    /// A step size: positive.
    func stepSize(default fallback: Float) throws -> Float {
        try float(.stepSize, parameters.stepSize, default: fallback, expected: "greater than 0", where: { $0 > 0 })
    }

    /// The loss of a gradient method: cross-entropy unless `loss` is
    /// `"margin"`, which reads the confidence κ (at least 0, default 0).
    func objectiveLoss() throws -> ObjectiveLoss {
        switch parameters.loss ?? "cross-entropy" {
        case "cross-entropy":
            if let confidence = parameters.confidence {
                throw AttackError.invalidParameter(
                    name: AttackParameters.CodingKeys.confidence.rawValue, value: "\(confidence)",
                    expected: "no confidence with the cross-entropy loss (set loss to margin, or drop confidence)")
            }
            return .crossEntropy
        case "margin":
            return .margin(confidence: try confidence())
        case let other:
            throw AttackError.invalidParameter(
                name: AttackParameters.CodingKeys.loss.rawValue, value: other, expected: "cross-entropy or margin")
        }
    }

    /// The confidence κ of a margin loss: at least 0, default 0.
    func confidence() throws -> Float {
        try float(.confidence, parameters.confidence, default: 0, expected: "at least 0", where: { $0 >= 0 })
    }
}
