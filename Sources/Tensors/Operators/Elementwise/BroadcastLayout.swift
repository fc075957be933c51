/// The shape two shapes broadcast to under NumPy rules: shapes are aligned on
/// their last dimension, and each pair of extents must be equal or contain a 1.
public func broadcastShape(_ a: [Int], _ b: [Int]) -> [Int] {
    let rank = Swift.max(a.count, b.count)
    var result = [Int](repeating: 1, count: rank)
    for axis in 0..<rank {
        let extentA = axis < rank - a.count ? 1 : a[axis - (rank - a.count)]
        let extentB = axis < rank - b.count ? 1 : b[axis - (rank - b.count)]
        precondition(
            extentA == extentB || extentA == 1 || extentB == 1,
            "shapes \(a) and \(b) do not broadcast: dimension \(axis) of the result has extents \(extentA) and \(extentB)")
        result[axis] = extentA == 1 ? extentB : extentA
    }
    return result
}

/// How to walk an iteration space (the broadcast result shape) while reading
/// two operands that broadcast to it.
///
/// Dimensions of extent 1 are dropped and neighbouring dimensions that both
/// operands traverse the same way are merged, so `[N,C,H,W] ⊕ [1,C,1,1]`
/// becomes three dimensions with an inner loop over `H·W`. The result is
/// always walked contiguously: row `r` covers result values
/// `r·inner ..< (r+1)·inner`.
struct BroadcastLayout {
    /// Collapsed extents, outermost first; never empty.
    let extents: [Int]
    /// Strides (in values) of operand A along each collapsed extent; 0 where broadcast.
    let stridesA: [Int]
    /// Strides (in values) of operand B along each collapsed extent; 0 where broadcast.
    let stridesB: [Int]

    /// Length of the innermost loop.
    var inner: Int { extents[extents.count - 1] }
    /// Stride of A along the inner loop (0 or 1 for contiguous operands).
    var innerStrideA: Int { stridesA[stridesA.count - 1] }
    /// Stride of B along the inner loop.
    var innerStrideB: Int { stridesB[stridesB.count - 1] }
    /// Number of inner rows.
    var rowCount: Int { extents.dropLast().reduce(1, *) }

    /// A layout for walking `shape` while reading contiguous operands of shapes
    /// `a` and `b`, each broadcastable to `shape` (rank ≤ its rank).
    init(shape: [Int], a: [Int], b: [Int]) {
        func operandStrides(_ operand: [Int]) -> [Int] {
            let padded = [Int](repeating: 1, count: shape.count - operand.count) + operand
            let contiguous = padded.contiguousStrides
            return shape.indices.map { padded[$0] == 1 && shape[$0] != 1 ? 0 : contiguous[$0] }
        }
        let fullA = operandStrides(a), fullB = operandStrides(b)
        var extents: [Int] = [], stridesA: [Int] = [], stridesB: [Int] = []
        for axis in shape.indices where shape[axis] != 1 {
            if let last = extents.last,
                stridesA[stridesA.count - 1] == fullA[axis] * shape[axis],
                stridesB[stridesB.count - 1] == fullB[axis] * shape[axis]
            {
                extents[extents.count - 1] = last * shape[axis]
                stridesA[stridesA.count - 1] = fullA[axis]
                stridesB[stridesB.count - 1] = fullB[axis]
            } else {
                extents.append(shape[axis])
                stridesA.append(fullA[axis])
                stridesB.append(fullB[axis])
            }
        }
        if extents.isEmpty {
            extents = [1]
            stridesA = [0]
            stridesB = [0]
        }
        self.extents = extents
        self.stridesA = stridesA
        self.stridesB = stridesB
    }

    /// The offsets into A and B where inner row `row` starts.
    @inline(__always)
    func rowOffsets(_ row: Int) -> (a: Int, b: Int) {
        var remaining = row
        var offsetA = 0, offsetB = 0
        var axis = extents.count - 2
        while axis >= 0 {
            let extent = extents[axis]
            let coordinate = remaining % extent
            remaining /= extent
            offsetA += coordinate * stridesA[axis]
            offsetB += coordinate * stridesB[axis]
            axis -= 1
        }
        return (offsetA, offsetB)
    }
}
