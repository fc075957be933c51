import Foundation

/// Finished work of a run, keyed by content hashes, in `OUT/.resume/`: a
/// restarted run with `--resume` reads entries back instead of redoing them.
/// Every entry is written atomically, so a kill leaves whole entries or none.
struct ResumeStore {
    let directory: String

    /// A store in `output/.resume`; without `resume` earlier entries are removed.
    init(output: String, resume: Bool) throws {
        directory = (output as NSString).appendingPathComponent(".resume")
        if !resume { try? FileManager.default.removeItem(atPath: directory) }
        try OutputFiles.createDirectory(directory)
    }

    /// The entry under `key`, if a finished one is there.
    func value<Value: Decodable>(_ type: Value.Type, key: String) -> Value? {
        guard let data = FileManager.default.contents(atPath: path(key)) else { return nil }
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return try? decoder.decode(Value.self, from: data)
    }

    /// Stores `value` under `key`.
    func store<Value: Encodable>(_ value: Value, key: String) throws {
        try OutputFiles.write(try OutputFiles.json(value), to: path(key))
    }

    private func path(_ key: String) -> String {
        (directory as NSString).appendingPathComponent(key + ".json")
    }
}
