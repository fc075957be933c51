import Foundation

/// The files in Tests/NeuralNetworksTests/Fixtures (made by scripts/make-onnx-fixtures.py).
enum Fixtures {
    /// The URL of the fixture named `name`.
    static func url(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name)
    }

    /// The bytes of the fixture named `name`.
    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: url(name))
    }
}
