import StrictCoding

/// The data of a training spec: exactly one of
/// `{ "fashion-mnist": { "path": DIR } }` (path optional: the Debian package's
/// files) or `{ "signs": { "count": N, "size": 64, "seed": S, "test": { "count": M, "seed": T } } }`
/// (a held-out split rendered with another seed).
public enum DataSpec: Decodable, Equatable, Sendable {
    /// Fashion-MNIST's train and test splits, from `path` or the installed package.
    case fashionMNIST(path: String?)
    /// Generated traffic signs.
    case signs(count: Int, size: Int, seed: UInt64, testCount: Int, testSeed: UInt64)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case fashionMNIST = "fashion-mnist", signs
    }
    private enum FashionKeys: String, CodingKey, CaseIterable { case path }
    private enum SignsKeys: String, CodingKey, CaseIterable { case count, size, seed, test }
    private enum TestKeys: String, CodingKey, CaseIterable { case count, seed }

    /// Decodes strictly.
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard container.allKeys.count == 1, let kind = container.allKeys.first else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "must hold exactly one of 'fashion-mnist' or 'signs'"))
        }
        switch kind {
        case .fashionMNIST:
            let fashion = try container.superDecoder(forKey: .fashionMNIST)
            try fashion.rejectUnknownKeys(FashionKeys.self)
            self = .fashionMNIST(path: try fashion.container(keyedBy: FashionKeys.self).decodeIfPresent(String.self, forKey: .path))
        case .signs:
            let signs = try container.superDecoder(forKey: .signs)
            try signs.rejectUnknownKeys(SignsKeys.self)
            let fields = try signs.container(keyedBy: SignsKeys.self)
            guard fields.contains(.test) else {
                throw DecodingError.keyNotFound(SignsKeys.test, .init(codingPath: fields.codingPath, debugDescription: ""))
            }
            let test = try fields.superDecoder(forKey: .test)
            try test.rejectUnknownKeys(TestKeys.self)
            let testFields = try test.container(keyedBy: TestKeys.self)
            let size = try fields.decodeIfPresent(Int.self, forKey: .size) ?? 64
            try SpecValue.require(size >= 8, "must be at least 8, got \(size)", in: fields, forKey: .size)
            let seed = try fields.decode(UInt64.self, forKey: .seed)
            let testSeed = try testFields.decode(UInt64.self, forKey: .seed)
            try SpecValue.require(
                testSeed != seed, "must differ from data.signs.seed so the test images are new", in: testFields,
                forKey: .seed)
            self = .signs(
                count: try SpecValue.positive(in: fields, forKey: .count), size: size, seed: seed,
                testCount: try SpecValue.positive(in: testFields, forKey: .count), testSeed: testSeed)
        }
    }
}
