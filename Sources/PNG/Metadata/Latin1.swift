/// Conversions between Swift strings and the Latin-1 bytes of tEXt and zTXt chunks.
enum Latin1 {
    /// The Latin-1 bytes of `string`, or nil when it has a character outside Latin-1.
    static func encode(_ string: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(string.unicodeScalars.count)
        for scalar in string.unicodeScalars {
            guard scalar.value < 256 else { return nil }
            bytes.append(UInt8(scalar.value))
        }
        return bytes
    }

    /// The string that Latin-1 `bytes` spell.
    static func decode<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
        var string = ""
        string.unicodeScalars.append(contentsOf: bytes.map { Unicode.Scalar($0) })
        return string
    }
}
