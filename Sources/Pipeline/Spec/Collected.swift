import StrictCoding

/// A value decoded where a failure must not stop the rest of the spec: the
/// value, or the issue that stopped it, so that all problems are reported at once.
struct Collected<Value: Decodable>: Decodable {
    /// The value or the problem.
    let result: Result<Value, SpecIssue>

    init(from decoder: Decoder) throws {
        do {
            result = .success(try Value(from: decoder))
        } catch {
            result = .failure(SpecIssue(error, at: decoder.codingPath))
        }
    }
}
