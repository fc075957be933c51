/// The content of one IDX file (the MNIST format): unsigned bytes with a shape.
///
/// Layout: two zero bytes, a type byte (0x08 for unsigned bytes, the only type
/// MNIST-style data uses), the number of dimensions, then each dimension as a
/// big-endian 32-bit integer, then the values in row-major order.
struct IDXArray {
    /// The extent of each dimension, outermost first.
    let dimensions: [Int]
    /// The values in row-major order.
    let values: ArraySlice<UInt8>

    /// The type byte for unsigned 8-bit values.
    static let unsignedByteType: UInt8 = 0x08

    /// Parses `bytes` read from `path` (used in error messages), requiring
    /// `rank` dimensions.
    init(parsing bytes: [UInt8], from path: String, rank: Int) throws {
        let expectedMagic = [0, 0, IDXArray.unsignedByteType, UInt8(rank)]
        guard bytes.count >= 4 else {
            throw DatasetError.truncated(path: path, expectedBytes: 4, foundBytes: bytes.count)
        }
        let magic = Array(bytes[0..<4])
        guard magic[0] == 0, magic[1] == 0 else {
            throw DatasetError.wrongMagic(
                path: path, expected: "the IDX magic \(IDXArray.hex(expectedMagic))", found: IDXArray.hex(magic))
        }
        guard magic[2] == IDXArray.unsignedByteType else {
            throw DatasetError.unsupportedLayout(
                path: path, expected: "IDX unsigned bytes (type 0x08)",
                found: "type 0x\(String(magic[2], radix: 16))")
        }
        guard Int(magic[3]) == rank else {
            throw DatasetError.unsupportedLayout(
                path: path, expected: IDXArray.dimensionCount(rank), found: IDXArray.dimensionCount(Int(magic[3])))
        }
        let headerSize = 4 + 4 * rank
        guard bytes.count >= headerSize else {
            throw DatasetError.truncated(path: path, expectedBytes: headerSize, foundBytes: bytes.count)
        }
        dimensions = (0..<rank).map { axis in
            bytes[(4 + 4 * axis)..<(8 + 4 * axis)].reduce(0) { $0 << 8 | Int($1) }
        }
        // A damaged header can claim more values than Int holds; that is truncation too.
        let (valueCount, overflow) = dimensions.reduce((1, false)) { partial, dimension in
            let (product, overflow) = partial.0.multipliedReportingOverflow(by: dimension)
            return (product, partial.1 || overflow)
        }
        guard !overflow, bytes.count - headerSize >= valueCount else {
            throw DatasetError.truncated(
                path: path, expectedBytes: overflow ? Int.max : valueCount, foundBytes: bytes.count - headerSize)
        }
        values = bytes[headerSize..<(headerSize + valueCount)]
    }

    private static func dimensionCount(_ count: Int) -> String {
        count == 1 ? "1 dimension" : "\(count) dimensions"
    }

    private static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined(separator: " ")
    }
}
