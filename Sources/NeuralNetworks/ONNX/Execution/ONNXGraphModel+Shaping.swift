import Tensors

extension ONNXGraphModel {
    /// Flatten to 2-D at `axis`.
    static func flatten(_ operands: ONNXNodeOperands, axis: Int) throws -> ONNXTensor {
        let data = try operands.value(0)
        let rank = data.shape.count
        try operands.require(axis >= -rank && axis <= rank, "axis \(axis) is out of range for rank \(rank)")
        let split = axis < 0 ? axis + rank : axis
        let rows = data.shape[..<split].reduce(1, *)
        return try rearranged(operands, [data]) { $0[0].reshaped([rows, data.shape[split...].reduce(1, *)]) }
    }

    /// Reshape with the ONNX rules: 0 copies the input's dimension (unless
    /// `allowZero`), one -1 is inferred.
    static func reshape(_ operands: ONNXNodeOperands, allowZero: Bool) throws -> ONNXTensor {
        let data = try operands.value(0)
        let requested = try operands.integers(1).values
        var shape = try requested.enumerated().map { axis, size -> Int in
            guard size == 0, !allowZero else { return size }
            try operands.require(axis < data.shape.count, "shape \(requested) copies dimension \(axis) of \(data.shape)")
            return data.shape[axis]
        }
        let known = shape.filter { $0 != -1 }
        try operands.require(
            known.allSatisfy { $0 >= 0 } && shape.count - known.count <= 1,
            "shape \(requested) must have non-negative sizes and at most one -1")
        if let inferred = shape.firstIndex(of: -1) {
            let product = known.reduce(1, *)
            try operands.require(
                product > 0 && data.elementCount % product == 0,
                "cannot reshape \(data.shape) to \(requested): \(data.elementCount) values do not divide into \(product)")
            shape[inferred] = data.elementCount / product
        }
        try operands.require(
            shape.reduce(1, *) == data.elementCount,
            "cannot reshape \(data.shape) (\(data.elementCount) values) to \(shape)")
        return try rearranged(operands, [data]) { $0[0].reshaped(shape) }
    }

    /// Transpose by `permutation`, or reverse the axes.
    static func transpose(_ operands: ONNXNodeOperands, permutation: [Int]?) throws -> ONNXTensor {
        let data = try operands.value(0)
        let rank = data.shape.count
        let order = permutation ?? Array((0..<rank).reversed())
        try operands.require(order.sorted() == Array(0..<rank), "perm \(order) is not a permutation of \(rank) axes")
        return try rearranged(operands, [data]) { $0[0].transposed(order) }
    }

    /// Concat along `axis`; every other dimension must agree.
    static func concat(_ operands: ONNXNodeOperands, axis: Int) throws -> ONNXTensor {
        let parts = try operands.values.indices.map { try operands.value($0) }
        let rank = parts[0].shape.count
        let resolved = try operands.axis(axis, rank: rank)
        func others(_ shape: [Int]) -> [Int] { shape.enumerated().filter { $0.offset != resolved }.map(\.element) }
        try operands.require(
            parts.allSatisfy { $0.shape.count == rank && others($0.shape) == others(parts[0].shape) },
            "shapes \(parts.map(\.shape)) differ outside axis \(resolved)")
        return try rearranged(operands, parts) { concatenate($0, alongAxis: resolved) }
    }

    /// Squeeze the given size-1 axes, or all of them.
    static func squeeze(_ operands: ONNXNodeOperands, axes: [Int]?) throws -> ONNXTensor {
        let data = try operands.value(0)
        let given = try axes ?? operands.optionalIntegers(1)?.values
        let resolved = try given.map { try $0.map { try operands.axis($0, rank: data.shape.count) } }
        if let resolved {
            try operands.require(
                resolved.allSatisfy { data.shape[$0] == 1 }, "axes \(given!) of shape \(data.shape) are not all 1")
        }
        return try rearranged(operands, [data]) { $0[0].squeezed(axes: resolved) }
    }

    /// Unsqueeze: insert size-1 axes at the given positions of the result.
    static func unsqueeze(_ operands: ONNXNodeOperands, axes: [Int]?) throws -> ONNXTensor {
        let data = try operands.value(0)
        let given = try axes ?? operands.integers(1).values
        let outputRank = data.shape.count + given.count
        let resolved = try given.map { try operands.axis($0, rank: outputRank) }
        try operands.require(Set(resolved).count == resolved.count, "axes \(given) repeat a position")
        return try rearranged(operands, [data]) { $0[0].unsqueezed(at: resolved) }
    }

    /// Slice with starts, ends and the optional axes and steps (Python rules).
    static func slice(_ operands: ONNXNodeOperands) throws -> ONNXTensor {
        let data = try operands.value(0)
        let starts = try operands.integers(1).values, ends = try operands.integers(2).values
        let rank = data.shape.count
        let axes = try operands.optionalIntegers(3)?.values.map { try operands.axis($0, rank: rank) }
            ?? Array(0..<starts.count)
        let steps = try operands.optionalIntegers(4)?.values ?? [Int](repeating: 1, count: starts.count)
        try operands.require(
            ends.count == starts.count && axes.count == starts.count && steps.count == starts.count,
            "starts, ends, axes and steps must have the same length, found \(starts.count), \(ends.count), "
                + "\(axes.count) and \(steps.count)")
        try operands.require(!steps.contains(0), "steps must not be 0")
        return try rearranged(operands, [data]) { positions in
            axes.indices.reduce(positions[0]) { tensor, index in
                tensor.sliced(alongAxis: axes[index], start: starts[index], end: ends[index], step: steps[index])
            }
        }
    }

    /// Gather along `axis` with integer indices (negative ones count from the end).
    static func gather(_ operands: ONNXNodeOperands, axis: Int) throws -> ONNXTensor {
        let data = try operands.value(0)
        let indices = try operands.integers(1)
        let resolved = try operands.axis(axis, rank: data.shape.count)
        let extent = data.shape[resolved]
        try operands.require(
            indices.values.allSatisfy { $0 >= -extent && $0 < extent },
            "indices \(indices.values) are out of range for dimension \(resolved) of shape \(data.shape)")
        return try rearranged(operands, [data]) {
            $0[0].gathering(atIndices: indices.values, indexShape: indices.shape, alongAxis: resolved)
        }
    }

    /// Expand: broadcast the input with the shape input.
    static func expand(_ operands: ONNXNodeOperands) throws -> ONNXTensor {
        let data = try operands.value(0)
        let shape = try operands.broadcastShape(data.shape, operands.integers(1).values)
        return try rearranged(operands, [data]) { $0[0].broadcasted(to: shape) }
    }

    /// Runs a layout operator on float inputs, or exactly on integer ones.
    static func rearranged(
        _ operands: ONNXNodeOperands, _ values: [ONNXTensor], _ operation: ([Tensor]) throws -> Tensor
    ) throws -> ONNXTensor {
        let floats = values.compactMap(\.floatTensor)
        if floats.count == values.count { return .float(try operation(floats)) }
        let integers = values.compactMap(\.integerTensor)
        try operands.require(integers.count == values.count, "cannot mix floating-point and integer inputs")
        return .integer(try IntegerTensor.rearranging(integers, operation))
    }
}
