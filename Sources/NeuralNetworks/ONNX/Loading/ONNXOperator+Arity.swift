extension ONNXOperator {
    /// How many inputs (counting omitted optional ones written as `""`) a node
    /// of this operator may have at `opset`.
    func allowedInputCount(opset: Int) -> ClosedRange<Int> {
        switch self {
        case .constant: 0...0
        case .relu, .leakyRelu, .sigmoid, .tanh, .erf, .gelu, .maxPool, .averagePool, .globalAveragePool,
            .flatten, .transpose, .softmax, .logSoftmax, .identity, .shape, .cast, .constantOfShape:
            1...1
        case .matMul, .add, .sub, .mul, .div, .reshape, .gather, .equal, .expand: 2...2
        case .conv, .convTranspose, .gemm: 2...3
        case .where: 3...3
        case .clip, .dropout: 1...3
        case .batchNormalization: 5...5
        case .concat: 1...Int.max
        case .pad: opset >= 18 ? 2...4 : 2...3
        case .squeeze: opset >= 13 ? 1...2 : 1...1
        case .unsqueeze: opset >= 13 ? 2...2 : 1...1
        case .reduceMean: opset >= 18 ? 1...2 : 1...1
        case .slice: 3...5
        }
    }
}
