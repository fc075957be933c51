import Foundation
import Testing
@testable import NeuralNetworks

/// Every kind of bad model is refused at load time with its own error, whose
/// message names the file, the node and what to do.
@Suite struct BadModelTests {
    private typealias Build = ModelProtoBuilder

    /// Loads `model` and returns the loading error it throws.
    private func loadingError(_ model: Onnx_ModelProto) -> ONNXLoadingError? {
        do {
            _ = try Build.load(model)
            return nil
        } catch {
            return error as? ONNXLoadingError
        }
    }

    @Test func tinyModelIsValid() throws {
        let model = try Build.load(Build.tinyModel())
        #expect(model.graph.nodes.map(\.name) == ["gemm", "relu"])
        #expect(model.graph.inputs.map(\.name) == ["x"])
    }

    @Test func truncatedFileIsMalformed() throws {
        let bytes = try Fixtures.data("cnn-opset17.onnx")
        let error = #expect(throws: ONNXLoadingError.self) {
            try ONNXModel(serializedData: bytes.prefix(bytes.count / 2), source: "cnn-opset17.onnx")
        }
        guard case .malformedFile(let file, _)? = error else {
            Issue.record("expected malformedFile, got \(String(describing: error))")
            return
        }
        #expect(file == "cnn-opset17.onnx")
        #expect(error?.localizedDescription.contains("truncated") == true)
    }

    @Test func garbageIsMalformed() {
        let error = #expect(throws: ONNXLoadingError.self) {
            try ONNXModel(serializedData: Data("this is not a model".utf8), source: "notes.txt")
        }
        guard case .malformedFile? = error else {
            Issue.record("expected malformedFile, got \(String(describing: error))")
            return
        }
    }

    @Test func emptyFileHasNoGraph() {
        #expect(throws: ONNXLoadingError.missingGraph(file: "empty.onnx")) {
            try ONNXModel(serializedData: Data(), source: "empty.onnx")
        }
    }

    @Test func missingFileIsUnreadable() {
        let error = #expect(throws: ONNXLoadingError.self) {
            try ONNXModel(contentsOf: URL(fileURLWithPath: "/nonexistent/model.onnx"))
        }
        guard case .unreadableFile(let file, _)? = error else {
            Issue.record("expected unreadableFile, got \(String(describing: error))")
            return
        }
        #expect(file == "/nonexistent/model.onnx")
    }

    @Test func unknownOperatorIsNamedWithTheSupportedList() throws {
        var model = Build.tinyModel()
        model.graph.node[1].opType = "Mish"
        let error = try #require(loadingError(model))
        #expect(error == .unsupportedOperator(file: "tiny.onnx", node: "relu", opType: "Mish", domain: ""))
        let message = error.localizedDescription
        #expect(message.contains("tiny.onnx") && message.contains("\"relu\"") && message.contains("Mish"))
        #expect(message.contains("Conv, ConvTranspose, Gemm, MatMul"))
    }

    @Test func customDomainOperatorIsUnsupported() {
        var model = Build.tinyModel()
        model.graph.node[1].domain = "com.microsoft"
        #expect(loadingError(model) == .unsupportedOperator(
            file: "tiny.onnx", node: "relu", opType: "Relu", domain: "com.microsoft"))
    }

    @Test func unnamedNodesAreNamedByPosition() {
        var model = Build.tinyModel()
        model.graph.node[1].name = ""
        model.graph.node[1].opType = "Mish"
        #expect(loadingError(model) == .unsupportedOperator(file: "tiny.onnx", node: "Mish#1", opType: "Mish", domain: ""))
    }

    @Test func wrongInitializerSize() {
        var model = Build.tinyModel()
        model.graph.initializer[0].floatData.removeLast()
        #expect(loadingError(model) == .initializerSizeMismatch(
            file: "tiny.onnx", context: "initializer \"W\"", dims: [2, 3], expected: 6, found: 5))
    }

    @Test func cycleIsReportedInDependencyOrder() throws {
        var model = Build.tinyModel()
        // gemm reads x and "c"; a: h → a; b: a → c; relu: h → y. So gemm → a → b → gemm.
        model.graph.node[0].input = ["x", "W", "c"]
        model.graph.node += [
            Build.node("Relu", name: "a", inputs: ["h"], outputs: ["a"]),
            Build.node("Relu", name: "b", inputs: ["a"], outputs: ["c"]),
        ]
        let error = try #require(loadingError(model))
        guard case .cycle(let file, let nodes) = error else {
            Issue.record("expected a cycle error, got \(error)")
            return
        }
        #expect(file == "tiny.onnx")
        #expect(Set(nodes) == ["gemm", "a", "b"] && nodes.count == 3)
        let start = try #require(nodes.firstIndex(of: "gemm"))
        #expect(nodes[start...] + nodes[..<start] == ["gemm", "a", "b"])
        #expect(error.localizedDescription.contains("→"))
    }

    @Test func selfLoopIsACycle() {
        var model = Build.tinyModel()
        model.graph.node[1].input = ["y"]
        #expect(loadingError(model) == .cycle(file: "tiny.onnx", nodes: ["relu"]))
    }

    @Test func missingInput() {
        var model = Build.tinyModel()
        model.graph.node[1].input = ["nowhere"]
        #expect(loadingError(model) == .missingInput(file: "tiny.onnx", node: "relu", opType: "Relu", input: "nowhere"))
    }

    @Test func missingGraphOutput() {
        var model = Build.tinyModel()
        model.graph.output[0].name = "z"
        #expect(loadingError(model) == .missingGraphOutput(file: "tiny.onnx", output: "z"))
    }

    @Test func valueWrittenTwice() {
        var model = Build.tinyModel()
        model.graph.node[1].output = ["x"]
        #expect(loadingError(model) == .duplicateValue(file: "tiny.onnx", value: "x", producer: "node \"relu\" (Relu)"))
    }

    @Test(arguments: [10, 19])
    func opsetOutsideTheSupportedRange(version: Int) throws {
        let error = try #require(loadingError(Build.tinyModel(opset: version)))
        #expect(error == .unsupportedOpset(file: "tiny.onnx", version: version))
        #expect(error.localizedDescription.contains("11 to 18"))
    }

    @Test func opsetsAtTheEdgesLoad() throws {
        #expect(try Build.load(Build.tinyModel(opset: 11)).opsetVersion == 11)
        #expect(try Build.load(Build.tinyModel(opset: 18)).opsetVersion == 18)
    }

    @Test func missingDefaultOpset() {
        var model = Build.tinyModel()
        model.opsetImport[0].domain = "ai.onnx.ml"
        #expect(loadingError(model) == .missingOpset(file: "tiny.onnx"))
    }

    @Test func unsupportedAttributeValue() throws {
        var model = Build.tinyModel()
        model.graph.node.insert(
            Build.node("MaxPool", name: "pool", inputs: ["x"], outputs: ["p"], attributes: [
                Build.intAttribute("kernel_shape", 2), Build.stringAttribute("auto_pad", "SAME_SIDEWAYS"),
            ]), at: 0)
        // kernel_shape must be INTS: the first problem found is its type.
        #expect(loadingError(model) == .unsupportedAttribute(
            file: "tiny.onnx", node: "pool", opType: "MaxPool", attribute: "kernel_shape",
            reason: "has type INT where ONNX specifies INTS; the model is invalid, "
                + "check it with onnx.checker.check_model and export it again"))
        var kernel = Onnx_AttributeProto()
        kernel.name = "kernel_shape"
        kernel.type = .ints
        kernel.ints = [2]
        model.graph.node[0].attribute[0] = kernel
        let error = try #require(loadingError(model))
        guard case .unsupportedAttribute(_, "pool", "MaxPool", "auto_pad", let reason) = error else {
            Issue.record("expected an auto_pad error, got \(error)")
            return
        }
        #expect(reason.contains("SAME_SIDEWAYS") && reason.contains("\"SAME_UPPER\""))
    }

    @Test func unknownAttributeIsRefused() {
        var model = Build.tinyModel()
        model.graph.node[1].attribute = [Build.intAttribute("inplace", 1)]
        guard case .unsupportedAttribute(_, "relu", "Relu", "inplace", _)? = loadingError(model) else {
            Issue.record("expected the unknown attribute to be refused")
            return
        }
    }

    @Test func trainingModeBatchNormIsRefused() {
        var model = Build.tinyModel()
        model.graph.initializer += ["s", "o", "m", "v"].map { Build.floatTensor($0, dims: [2], values: [1, 1]) }
        model.graph.node.append(
            Build.node("BatchNormalization", name: "bn", inputs: ["y", "s", "o", "m", "v"], outputs: ["n"],
                       attributes: [Build.intAttribute("training_mode", 1)]))
        #expect(loadingError(model) == .unsupportedAttribute(
            file: "tiny.onnx", node: "bn", opType: "BatchNormalization", attribute: "training_mode",
            reason: "is 1; export the model in eval mode (model.eval())"))
    }

    @Test func wrongInputCount() {
        var model = Build.tinyModel()
        model.graph.node[1].input = ["h", "h"]
        #expect(loadingError(model) == .wrongArity(
            file: "tiny.onnx", node: "relu", opType: "Relu", reason: "has 2 inputs where opset 17 allows 1...1"))
    }

    @Test func unsupportedInputDataType() {
        var model = Build.tinyModel()
        model.graph.input[0].type.tensorType.elemType = Int32(ONNXDataType.string.rawValue)
        #expect(loadingError(model) == .unsupportedDataType(
            file: "tiny.onnx", context: "graph input \"x\"", dataType: "STRING (8)"))
    }

    @Test func everyErrorMessageNamesTheFile() {
        let errors: [ONNXLoadingError] = [
            .unreadableFile(file: "m.onnx", reason: "r"), .malformedFile(file: "m.onnx", reason: "r"),
            .missingGraph(file: "m.onnx"), .missingOpset(file: "m.onnx"), .unsupportedOpset(file: "m.onnx", version: 9),
            .unsupportedOperator(file: "m.onnx", node: "n", opType: "X", domain: ""),
            .unsupportedAttribute(file: "m.onnx", node: "n", opType: "X", attribute: "a", reason: "r"),
            .wrongArity(file: "m.onnx", node: "n", opType: "X", reason: "r"),
            .unsupportedDataType(file: "m.onnx", context: "c", dataType: "t"),
            .externalData(file: "m.onnx", context: "c"), .invalidTensor(file: "m.onnx", context: "c", reason: "r"),
            .initializerSizeMismatch(file: "m.onnx", context: "c", dims: [1], expected: 1, found: 0),
            .missingInput(file: "m.onnx", node: "n", opType: "X", input: "i"),
            .missingGraphOutput(file: "m.onnx", output: "o"), .duplicateValue(file: "m.onnx", value: "v", producer: "p"),
            .cycle(file: "m.onnx", nodes: ["n"]),
        ]
        for error in errors {
            #expect(error.localizedDescription.hasPrefix("m.onnx: "), "\(error)")
        }
        #expect(Set(errors.map(\.localizedDescription)).count == errors.count)
    }
}
