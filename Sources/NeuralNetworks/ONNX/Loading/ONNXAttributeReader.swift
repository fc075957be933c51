/// Reads the typed attributes of one node, remembering which it read so that
/// unknown ones can be refused, and builds errors that name the node.
final class ONNXAttributeReader {
    private let attributes: [String: ONNXAttribute]
    private var read: Set<String> = []
    /// The model's name for error messages.
    let file: String
    /// The node's name.
    let node: String
    /// The node's operator.
    let opType: ONNXOperator
    /// The model's default-domain opset version.
    let opset: Int

    init(attributes: [String: ONNXAttribute], file: String, node: String, opType: ONNXOperator, opset: Int) {
        self.attributes = attributes
        self.file = file
        self.node = node
        self.opType = opType
        self.opset = opset
    }

    /// An error about `attribute` of this node.
    func unsupported(_ attribute: String, _ reason: String) -> ONNXLoadingError {
        .unsupportedAttribute(file: file, node: node, opType: opType.rawValue, attribute: attribute, reason: reason)
    }

    /// The raw value of `name`, marking it read.
    func value(_ name: String) -> ONNXAttribute? {
        read.insert(name)
        return attributes[name]
    }

    /// An INT attribute, or `defaultValue` when absent.
    func int(_ name: String, default defaultValue: Int) throws -> Int {
        try optionalInt(name) ?? defaultValue
    }

    /// An INT attribute, or `nil` when absent.
    func optionalInt(_ name: String) throws -> Int? {
        switch value(name) {
        case nil: return nil
        case .int(let value): return value
        case let other?: throw wrongType(name, expected: "INT", found: other)
        }
    }

    /// An INT attribute that must be 0 or 1.
    func bool(_ name: String, default defaultValue: Bool) throws -> Bool {
        let number = try int(name, default: defaultValue ? 1 : 0)
        guard number == 0 || number == 1 else { throw unsupported(name, "is \(number); expected 0 or 1") }
        return number == 1
    }

    /// A FLOAT attribute, or `defaultValue` when absent.
    func float(_ name: String, default defaultValue: Float) throws -> Float {
        switch value(name) {
        case nil: return defaultValue
        case .float(let value): return value
        case let other?: throw wrongType(name, expected: "FLOAT", found: other)
        }
    }

    /// An INTS attribute, or `nil` when absent.
    func ints(_ name: String) throws -> [Int]? {
        switch value(name) {
        case nil: return nil
        case .ints(let values): return values
        case let other?: throw wrongType(name, expected: "INTS", found: other)
        }
    }

    /// A TENSOR attribute, or `nil` when absent.
    func tensor(_ name: String) throws -> ONNXTensor? {
        switch value(name) {
        case nil: return nil
        case .tensor(let tensor): return tensor
        case let other?: throw wrongType(name, expected: "TENSOR", found: other)
        }
    }

    /// A STRING attribute naming one case of `Choice`, or `defaultValue` when absent.
    func choice<Choice: RawRepresentable & CaseIterable>(_ name: String, default defaultValue: Choice) throws -> Choice
    where Choice.RawValue == String {
        switch value(name) {
        case nil:
            return defaultValue
        case .string(let text):
            guard let choice = Choice(rawValue: text) else {
                let allowed = Choice.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
                throw unsupported(name, "is \"\(text)\", which Perturb does not support; supported: \(allowed)")
            }
            return choice
        case let other?:
            throw wrongType(name, expected: "STRING", found: other)
        }
    }

    /// Refuses the node if it has attributes that were never read.
    func finish() throws {
        if let unknown = attributes.keys.sorted().first(where: { !read.contains($0) }) {
            throw unsupported(
                unknown, "is not an attribute of \(opType.rawValue) that Perturb knows at opset \(opset); "
                    + "export with a standard opset between 11 and 18")
        }
    }

    private func wrongType(_ name: String, expected: String, found: ONNXAttribute) -> ONNXLoadingError {
        unsupported(
            name, "has type \(found.typeName) where ONNX specifies \(expected); the model is invalid, "
                + "check it with onnx.checker.check_model and export it again")
    }
}
