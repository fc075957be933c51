import Testing
import Tensors
@testable import NeuralNetworks

/// Operators the fixtures do not reach, on small hand-computed cases.
@Suite struct ONNXOperatorTests {
    /// Evaluates one node of `opType` computing `operation` on `inputs`.
    private func evaluate(
        _ opType: ONNXOperator, _ operation: ONNXOperation, _ inputs: [ONNXTensor?]
    ) throws -> ONNXTensor {
        let node = ONNXNode(
            name: "node", opType: opType, operation: operation,
            inputs: inputs.indices.map { inputs[$0] == nil ? "" : "in\($0)" }, outputs: ["out"])
        return try #require(ONNXGraphModel.evaluate(ONNXNodeOperands(node: node, values: inputs)).first)
    }

    private func integers(_ values: [Int], shape: [Int]? = nil) -> ONNXTensor {
        .integer(IntegerTensor(shape: shape ?? [values.count], values: values))
    }

    private func floats(_ shape: [Int]) -> Tensor {
        Tensor(shape: shape, scalars: (0..<shape.elementCount).map(Float.init))
    }

    @Test func reshapeCopiesZerosAndInfersMinusOne() throws {
        let result = try evaluate(.reshape, .reshape(allowZero: false), [.float(floats([2, 3, 4])), integers([0, -1])])
        #expect(result.shape == [2, 12])
        #expect(throws: ONNXExecutionError.self) {
            try evaluate(.reshape, .reshape(allowZero: false), [.float(floats([2, 3, 4])), integers([5, -1])])
        }
    }

    /// PyTorch's Flatten sub-graph: Shape → Gather → Unsqueeze → Concat, on exact integers.
    @Test func shapeSubGraphOnIntegers() throws {
        let shape = try evaluate(.shape, .shape(start: 0, end: nil), [.float(floats([7, 2, 3]))])
        #expect(shape == integers([7, 2, 3]))
        let batch = try evaluate(.gather, .gather(axis: 0), [shape, integers([0], shape: [])])
        #expect(batch == integers([7], shape: []))
        let unsqueezed = try evaluate(.unsqueeze, .unsqueeze(axes: nil), [batch, integers([0])])
        let joined = try evaluate(.concat, .concat(axis: 0), [unsqueezed, integers([-1])])
        #expect(joined == integers([7, -1]))
        let big = try evaluate(.concat, .concat(axis: 0), [integers([Int(Int64.max)]), integers([3])])
        #expect(big == integers([Int(Int64.max), 3]))
    }

    @Test func whereEqualAndExpand() throws {
        let a = Tensor(shape: [1, 3], scalars: [1, 2, 3]), b = Tensor(shape: [2, 1], scalars: [2, 0])
        let mask = try evaluate(.equal, .equal, [.float(a), .float(b)])
        #expect(mask == .integer(IntegerTensor(shape: [2, 3], values: [0, 1, 0, 0, 0, 0], dataType: .bool)))
        let picked = try evaluate(.where, .where, [mask, .float(a), .float(Tensor(-1))])
        #expect(picked == .float(Tensor(shape: [2, 3], scalars: [-1, 2, -1, -1, -1, -1])))
        let expanded = try evaluate(.expand, .expand, [.float(b), integers([2, 3])])
        #expect(expanded == .float(Tensor(shape: [2, 3], scalars: [2, 2, 2, 0, 0, 0])))
    }

    @Test func whereSendsGradientsToTheChosenSide() {
        let condition = ONNXTensor.integer(IntegerTensor(shape: [3], values: [1, 0, 1], dataType: .bool))
        let (_, gradients) = valueAndGradients(at: [Tensor([1, 2, 3]), Tensor(5)]) { xs in
            let result = try! evaluate(.where, .where, [condition, .float(xs[0]), .float(xs[1])])
            return result.floatTensor!.sum()
        }
        #expect(gradients[0] == Tensor([1, 0, 1]))
        #expect(gradients[1] == Tensor(1))
    }

    /// Before opset 13, Softmax normalises over everything from the axis on.
    @Test func softmaxBeforeOpset13CoercesTo2D() throws {
        let x = floats([2, 2, 2])
        let old = try evaluate(.softmax, .softmax(SoftmaxAttributes(axis: 1, coercesTo2D: true)), [.float(x)])
        #expect(old == .float(x.reshaped([2, 4]).softmax(alongAxis: 1).reshaped([2, 2, 2])))
        let new = try evaluate(.softmax, .softmax(SoftmaxAttributes(axis: 1, coercesTo2D: false)), [.float(x)])
        #expect(new == .float(x.softmax(alongAxis: 1)))
    }

    @Test func gemmWithScalesAndTransposedA() throws {
        let a = Tensor(shape: [2, 1], scalars: [1, 2]), b = Tensor(shape: [2, 2], scalars: [1, 0, 0, 1])
        let result = try evaluate(
            .gemm, .gemm(GemmAttributes(alpha: 2, beta: 3, transposeA: true)), [.float(a), .float(b), .float(Tensor(1))])
        #expect(result == .float(Tensor(shape: [1, 2], scalars: [5, 7])))
    }

    @Test func constantPadOnAnyAxisAndCropping() throws {
        let x = floats([1, 3])
        let result = try evaluate(.pad, .pad(.constant), [.float(x), integers([1, -1, 0, 2]), .float(Tensor(9))])
        #expect(result == .float(Tensor(shape: [2, 4], scalars: [9, 9, 9, 9, 1, 2, 9, 9])))
    }

    /// ConvTranspose's output_shape sets the padding (SAME_UPPER puts the extra at the end).
    @Test func convTransposeOutputShape() throws {
        let x = Tensor.ones([1, 1, 2, 2]), w = Tensor.ones([1, 1, 3, 3])
        let attributes = ConvTransposeAttributes(
            convolution: ConvAttributes(strides: [2, 2], autoPad: .sameUpper), outputShape: [4, 4])
        let result = try evaluate(.convTranspose, .convTranspose(attributes), [.float(x), .float(w)])
        let expected = transposedConv2d(
            x, weight: w, stride: 2, padding: Padding2D(top: 0, left: 0, bottom: 1, right: 1))
        #expect(result == .float(expected))
        #expect(result.shape == [1, 1, 4, 4])
    }

    @Test func mismatchedOperandsAreErrorsNamingTheNode() {
        #expect(throws: ONNXExecutionError.invalidOperands(
            node: "node", opType: "Add", reason: "shapes [2, 3] and [4] do not broadcast")
        ) {
            try evaluate(.add, .add, [.float(floats([2, 3])), .float(floats([4]))])
        }
        #expect(throws: ONNXExecutionError.self) {
            try evaluate(.matMul, .matMul, [.float(floats([2, 3])), .float(floats([2, 3]))])
        }
        #expect(throws: ONNXExecutionError.self) {
            try evaluate(.conv, .conv(ConvAttributes()), [.float(floats([1, 2, 4, 4])), .float(floats([1, 3, 3, 3]))])
        }
    }
}
