/// Thrown while decoding when a JSON object has a key the schema does not
/// define; carries where it was and the nearest valid key.
struct UnknownKeyError: Error {
    /// The path of the object holding the key.
    var codingPath: [CodingKey]
    /// The unknown key.
    var key: String
    /// The known key closest in spelling, if any is close.
    var suggestion: String?

    /// Throws if the object `decoder` is at has keys outside `knownKeys`.
    static func check<Keys: CodingKey & CaseIterable>(_ decoder: Decoder, knownKeys: Keys.Type) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        let known = Keys.allCases.map(\.stringValue)
        guard let unknown = container.allKeys.map(\.stringValue).sorted().first(where: { !known.contains($0) }) else {
            return
        }
        let nearest = known.min { editDistance(unknown, $0) < editDistance(unknown, $1) }
        let suggestion = nearest.flatMap { editDistance(unknown, $0) <= max(2, unknown.count / 2) ? $0 : nil }
        throw UnknownKeyError(codingPath: decoder.codingPath, key: unknown, suggestion: suggestion)
    }

    /// Levenshtein distance between two strings.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased()), b = Array(b.lowercased())
        var previous = Array(0...b.count)
        for (i, characterA) in a.enumerated() {
            var current = [i + 1]
            for (j, characterB) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (characterA == characterB ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// A coding key for any string.
    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
