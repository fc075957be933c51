import Tensors

extension ONNXGraphModel {
    /// Computes one node's outputs from its operands.
    static func evaluate(_ operands: ONNXNodeOperands) throws -> [ONNXTensor] {
        switch operands.node.operation {
        case .conv(let attributes): [.float(try convolution(operands, attributes))]
        case .convTranspose(let attributes): [.float(try transposedConvolution(operands, attributes))]
        case .maxPool(let attributes): [.float(try maxPool(operands, attributes))]
        case .averagePool(let attributes): [.float(try averagePool(operands, attributes))]
        case .globalAveragePool: [.float(try globalAveragePool(operands))]
        case .batchNormalization(let epsilon): [.float(try batchNormalization(operands, epsilon: epsilon))]
        case .gemm(let attributes): [.float(try gemm(operands, attributes))]
        case .matMul: [.float(try matrixProduct(operands))]
        case .add, .sub, .mul, .div: [try arithmetic(operands)]
        case .relu, .leakyRelu, .sigmoid, .tanh, .erf, .gelu: [.float(try activation(operands))]
        case .clip: [.float(try clip(operands))]
        case .equal: [try equal(operands)]
        case .where: [try select(operands)]
        case .softmax(let attributes): [.float(try softmax(operands, attributes, logarithm: false))]
        case .logSoftmax(let attributes): [.float(try softmax(operands, attributes, logarithm: true))]
        case .reduceMean(let attributes): [.float(try reduceMean(operands, attributes))]
        case .flatten(let axis): [try flatten(operands, axis: axis)]
        case .reshape(let allowZero): [try reshape(operands, allowZero: allowZero)]
        case .transpose(let permutation): [try transpose(operands, permutation: permutation)]
        case .concat(let axis): [try concat(operands, axis: axis)]
        case .squeeze(let axes): [try squeeze(operands, axes: axes)]
        case .unsqueeze(let axes): [try unsqueeze(operands, axes: axes)]
        case .slice: [try slice(operands)]
        case .gather(let axis): [try gather(operands, axis: axis)]
        case .expand: [try expand(operands)]
        case .pad(let mode): [.float(try pad(operands, mode: mode))]
        case .shape(let start, let end): [try shape(operands, start: start, end: end)]
        case .constantOfShape(let value): [try constantOfShape(operands, value: value)]
        case .cast(let type): [try cast(operands, to: type)]
        case .constant(let value): [value]
        case .dropout, .identity: [try operands.value(0)]
        }
    }
}
