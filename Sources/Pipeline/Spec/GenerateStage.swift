import Datasets
import StrictCoding

/// `generate`: renders procedural traffic signs into a named set.
///
/// ```json
/// {"generate": {"as": "signs", "signs": ["stop", "yield"], "count": 2, "size": 64, "scenes": true}}
/// ```
/// `signs` defaults to every class; `count` (default 1) images per sign;
/// `size` (8…512, default 64) pixels a side; `scenes` (default true) draws
/// each sign in a random photographed scene, `false` the bare sign on white.
/// The spec's seed (or `seed`) makes the scenes.
public struct GenerateStage: Decodable, Equatable, Sendable {
    /// The name of the set written.
    public var output: String
    /// The sign classes, in order.
    public var signs: [SignClass]
    /// Images per sign.
    public var count: Int
    /// Pixels a side.
    public var size: Int
    /// Random scenes rather than bare signs.
    public var scenes: Bool
    /// The seed of the scenes, if not the spec's.
    public var seed: UInt64?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case output = "as", signs, count, size, scenes, seed
    }

    /// Decodes strictly.
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        output = try container.setName(forKey: .output)
        let names = container.contains(.signs) ? try container.strings(forKey: .signs) : SignClass.allNames
        signs = try names.enumerated().map { index, name in
            guard let sign = SignClass(name: name) else {
                let hint = NearestName.nearest(to: name, in: SignClass.allNames).map { "; did you mean \"\($0)\"?" } ?? ""
                throw DecodingError.dataCorrupted(
                    .init(
                        codingPath: container.codingPath + [CodingKeys.signs, AnyCodingKey(intValue: index)!],
                        debugDescription: "unknown sign \"\(name)\" (expected one of \(SignClass.allNames.joined(separator: ", ")))\(hint)"))
            }
            return sign
        }
        count = try container.integer(forKey: .count, in: 1...10_000, default: 1)
        size = try container.integer(forKey: .size, in: 8...512, default: 64)
        scenes = try container.decodeIfPresent(Bool.self, forKey: .scenes) ?? true
        seed = try container.decodeIfPresent(UInt64.self, forKey: .seed)
    }
}
