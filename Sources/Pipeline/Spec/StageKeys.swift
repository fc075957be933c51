import StrictCoding

extension KeyedDecodingContainer {
    /// The name of an image set: letters, digits, `-` and `_`, so that it can
    /// be a folder name.
    func setName(forKey key: Key) throws -> String {
        let name = try decode(String.self, forKey: key)
        try SpecValue.require(
            !name.isEmpty && name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }),
            "expected a name of letters, digits, '-' and '_', found \"\(name)\"", in: self, forKey: key)
        return name
    }

    /// An integer in `range`, or `fallback` when the key is absent.
    func integer(forKey key: Key, in range: ClosedRange<Int>, default fallback: Int? = nil) throws -> Int {
        guard let value = try decodeIfPresent(Int.self, forKey: key) ?? fallback else {
            return try decode(Int.self, forKey: key)
        }
        try SpecValue.require(
            range.contains(value), "expected an integer in \(range.lowerBound)...\(range.upperBound), found \(value)",
            in: self, forKey: key)
        return value
    }

    /// A non-empty list of strings (a single string counts as a list of one).
    func strings(forKey key: Key) throws -> [String] {
        if let single = try? decode(String.self, forKey: key) { return [single] }
        let list = try decode([String].self, forKey: key)
        try SpecValue.require(!list.isEmpty, "expected at least one entry, found an empty list", in: self, forKey: key)
        return list
    }
}
