extension Collection where Element == Int {
    /// The number of values a tensor of this shape holds.
    public var elementCount: Int { reduce(1, *) }

}

extension Array where Element == Int {
    /// Row-major strides (in values) of a contiguous tensor of this shape.
    public var contiguousStrides: [Int] {
        var strides = [Int](repeating: 1, count: count)
        var running = 1
        for axis in indices.reversed() {
            strides[axis] = running
            running *= self[axis]
        }
        return strides
    }

    /// The flat offset of a full index, checking every coordinate.
    func flatIndex(_ index: [Int]) -> Int {
        precondition(index.count == count, "index \(index) has \(index.count) coordinates, shape \(self) has \(count)")
        var offset = 0
        for (axis, coordinate) in index.enumerated() {
            precondition(
                coordinate >= 0 && coordinate < self[axis],
                "index \(index) is out of bounds for shape \(self) on axis \(axis)")
            offset = offset * self[axis] + coordinate
        }
        return offset
    }

    /// Resolves one `-1` entry of a requested shape against a value count.
    func resolvingInferredDimension(forCount total: Int) -> [Int] {
        let inferred = indices.filter { self[$0] == -1 }
        precondition(inferred.count <= 1, "shape \(self) may infer at most one dimension with -1")
        guard let axis = inferred.first else { return self }
        let known = enumerated().filter { $0.offset != axis }.map(\.element).elementCount
        precondition(known > 0 && total % known == 0, "cannot infer -1 in shape \(self) for \(total) values")
        var resolved = self
        resolved[axis] = total / known
        return resolved
    }
}

/// Normalises a possibly negative axis against a rank, as NumPy and ONNX do.
public func normalisedAxis(_ axis: Int, rank: Int) -> Int {
    let resolved = axis < 0 ? axis + rank : axis
    precondition(resolved >= 0 && resolved < Swift.max(rank, 1), "axis \(axis) is out of range for rank \(rank)")
    return resolved
}
