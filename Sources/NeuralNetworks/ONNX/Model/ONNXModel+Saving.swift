import Foundation

extension ONNXModel {
    /// The bytes of an .onnx file holding this model; loading them gives back
    /// an equal model. Float tensors are stored as FLOAT `raw_data`.
    public func serializedData() throws -> Data {
        try ONNXModelEncoder.encode(self).serializedData()
    }

    /// Writes the model as an .onnx file.
    public func write(to url: URL) throws {
        try serializedData().write(to: url, options: .atomic)
    }
}
