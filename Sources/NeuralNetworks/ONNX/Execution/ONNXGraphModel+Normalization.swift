import Tensors

extension ONNXGraphModel {
    /// BatchNormalization in inference mode: per-channel scale, bias, mean and variance.
    static func batchNormalization(_ operands: ONNXNodeOperands, epsilon: Float) throws -> Tensor {
        let x = try operands.float(0)
        let statistics = try (1...4).map { try operands.float($0) }
        try operands.require(
            x.rank >= 2 && statistics.allSatisfy { $0.shape == [x.shape[1]] },
            "scale, bias, mean and variance must each have \(x.rank >= 2 ? x.shape[1] : 0) values for input "
                + "\(x.shape), found shapes \(statistics.map(\.shape))")
        return batchNorm(
            x, scale: statistics[0], offset: statistics[1], mean: statistics[2], variance: statistics[3],
            epsilon: epsilon)
    }

    /// Softmax or LogSoftmax along an axis; before opset 13, over everything
    /// from the axis on (the input flattened to 2-D there).
    static func softmax(_ operands: ONNXNodeOperands, _ attributes: SoftmaxAttributes, logarithm: Bool) throws -> Tensor {
        let x = try operands.float(0)
        let axis = try operands.axis(attributes.axis, rank: x.rank)
        func normalise(_ tensor: Tensor, _ axis: Int) -> Tensor {
            logarithm ? tensor.logSoftmax(alongAxis: axis) : tensor.softmax(alongAxis: axis)
        }
        guard attributes.coercesTo2D else { return normalise(x, axis) }
        let rows = x.shape[..<axis].reduce(1, *)
        return normalise(x.reshaped([rows, x.scalarCount / Swift.max(rows, 1)]), 1).reshaped(x.shape)
    }

    /// ReduceMean over the attribute's or the second input's axes (all when none are given).
    static func reduceMean(_ operands: ONNXNodeOperands, _ attributes: ReduceAttributes) throws -> Tensor {
        let x = try operands.float(0)
        let given = try attributes.axes ?? operands.optionalIntegers(1)?.values
        if given?.isEmpty ?? true, attributes.noopWithEmptyAxes { return x }
        let axes = try (given?.isEmpty ?? true) ? Array(0..<x.rank) : given!.map { try operands.axis($0, rank: x.rank) }
        return x.mean(alongAxes: axes, keepingDimensions: attributes.keepDims)
    }
}
