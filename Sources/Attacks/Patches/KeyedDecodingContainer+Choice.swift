extension KeyedDecodingContainer {
    /// The case of `Choice` named at `key`, `fallback` when the key is
    /// absent, or ``AttackError/invalidParameter(name:value:expected:)``
    /// listing the valid names (`prefix` starts the parameter's name).
    func decodeChoice<Choice: RawRepresentable & CaseIterable>(
        _ key: Key, default fallback: Choice, prefix: String
    ) throws -> Choice where Choice.RawValue == String {
        guard let name = try decodeIfPresent(String.self, forKey: key) else { return fallback }
        guard let chosen = Choice(rawValue: name) else {
            throw AttackError.invalidParameter(
                name: "\(prefix).\(key.stringValue)", value: "'\(name)'",
                expected: "one of " + Choice.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", "))
        }
        return chosen
    }
}
