import Tensors

/// The values a node reads while the graph runs, with typed accessors whose
/// failures name the node.
struct ONNXNodeOperands {
    /// The node being evaluated.
    let node: ONNXNode
    /// One entry per node input; `nil` for an omitted optional input.
    let values: [ONNXTensor?]

    /// An error about this node.
    func failure(_ reason: String) -> ONNXExecutionError {
        .invalidOperands(node: node.name, opType: node.opType.rawValue, reason: reason)
    }

    /// Throws ``failure(_:)`` with `reason` unless `condition` holds.
    func require(_ condition: Bool, _ reason: @autoclosure () -> String) throws {
        if !condition { throw failure(reason()) }
    }

    /// Input `index`, or `nil` when omitted or beyond the inputs given.
    func optional(_ index: Int) -> ONNXTensor? {
        index < values.count ? values[index] : nil
    }

    /// Input `index`, which must be present.
    func value(_ index: Int) throws -> ONNXTensor {
        guard let value = optional(index) else { throw failure("input \(index) is required but missing") }
        return value
    }

    /// Input `index` as floats.
    func float(_ index: Int) throws -> Tensor {
        guard let tensor = try value(index).floatTensor else {
            throw failure("input \(index) (\"\(node.inputs[index])\") must be floating point, found integers")
        }
        return tensor
    }

    /// Input `index` as floats, or `nil` when omitted.
    func optionalFloat(_ index: Int) throws -> Tensor? {
        optional(index) == nil ? nil : try float(index)
    }

    /// Input `index` as integers.
    func integers(_ index: Int) throws -> IntegerTensor {
        guard let tensor = try value(index).integerTensor else {
            throw failure("input \(index) (\"\(node.inputs[index])\") must be integers, found floating point")
        }
        return tensor
    }

    /// Input `index` as integers, or `nil` when omitted.
    func optionalIntegers(_ index: Int) throws -> IntegerTensor? {
        optional(index) == nil ? nil : try integers(index)
    }

    /// Input `index` as a one-value float operand (Clip's bounds, Pad's value), or `nil` when omitted.
    func optionalScalar(_ index: Int) throws -> Float? {
        guard let tensor = try optionalFloat(index) else { return nil }
        try require(tensor.scalarCount == 1, "input \(index) must hold one value, found shape \(tensor.shape)")
        return tensor.scalars[0]
    }

    /// `axis` (negative counts from the end) checked against `rank` and made non-negative.
    func axis(_ axis: Int, rank: Int) throws -> Int {
        try require(axis >= -rank && axis < rank, "axis \(axis) is out of range for rank \(rank)")
        return axis < 0 ? axis + rank : axis
    }

    /// The NumPy broadcast of `a` and `b`, or an error naming both shapes.
    func broadcastShape(_ a: [Int], _ b: [Int]) throws -> [Int] {
        let rank = Swift.max(a.count, b.count)
        let left = [Int](repeating: 1, count: rank - a.count) + a
        let right = [Int](repeating: 1, count: rank - b.count) + b
        return try zip(left, right).map { x, y in
            try require(x == y || x == 1 || y == 1, "shapes \(a) and \(b) do not broadcast")
            return x == 1 ? y : x
        }
    }
}
