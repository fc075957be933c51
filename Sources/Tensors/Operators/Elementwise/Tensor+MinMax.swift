/// The elementwise minimum of two tensors, broadcasting their shapes.
///
/// The gradient goes to the smaller operand; on ties it is split in half
/// between both, as PyTorch does.
public func minimum(_ a: Tensor, _ b: Tensor) -> Tensor {
    selectingElementwise(a, b, prefersFirst: { $0 < $1 })
}

/// The elementwise maximum of two tensors, broadcasting their shapes.
///
/// The gradient goes to the larger operand; on ties it is split in half
/// between both, as PyTorch does.
public func maximum(_ a: Tensor, _ b: Tensor) -> Tensor {
    selectingElementwise(a, b, prefersFirst: { $0 > $1 })
}

/// Picks, elementwise, `a` where `prefersFirst(a, b)`, `b` where
/// `prefersFirst(b, a)`, and either on ties (gradient halved).
private func selectingElementwise(_ a: Tensor, _ b: Tensor, prefersFirst: @escaping (Float, Float) -> Bool) -> Tensor {
    let (shape, scalars) = broadcastingZip(a, b) { prefersFirst($1, $0) ? $1 : $0 }
    let (x, y) = (a.detached(), b.detached())
    return Tensor.recordingOperation(shape: shape, scalars: scalars, inputs: [a, b]) { gradient, needs in
        // weightA is 1 where a wins, 0 where b wins, ½ on ties.
        let weightA = broadcastingZip(x, y) { prefersFirst($0, $1) ? 1 : (prefersFirst($1, $0) ? 0 : 0.5) }.scalars
        return [
            needs[0]
                ? Tensor(shape: shape, scalars: elementwiseZip(gradient.scalars, weightA, *))
                    .summedForBroadcast(to: x.shape) : nil,
            needs[1]
                ? Tensor(shape: shape, scalars: elementwiseZip(gradient.scalars, weightA) { $0 * (1 - $1) })
                    .summedForBroadcast(to: y.shape) : nil,
        ]
    }
}

extension Tensor {
    /// Every value limited to `range` (ONNX Clip; infinite bounds are allowed).
    ///
    /// The gradient passes where the value lies inside the range, bounds
    /// included, and is zero outside, as in PyTorch.
    public func clamped(to range: ClosedRange<Float>) -> Tensor {
        let (lower, upper) = (range.lowerBound, range.upperBound)
        return mappingElementwise(
            { Swift.min(Swift.max($0, lower), upper) },
            derivative: { x, _ in x >= lower && x <= upper ? 1 : 0 })
    }

    /// Every value limited to lie between the matching values of `lower` and
    /// `upper` (all three broadcast together), as used to project onto an
    /// ε-ball around a clean image.
    ///
    /// The gradient goes to this tensor where it lies inside its bounds (bounds
    /// included), to `lower` where it is below, and to `upper` where above.
    /// `lower` must not exceed `upper`.
    public func clamped(lower: Tensor, upper: Tensor) -> Tensor {
        let shape = broadcastShape(broadcastShape(self.shape, lower.shape), upper.shape)
        let (x, low, high) = (
            detached().broadcasted(to: shape), lower.detached().broadcasted(to: shape),
            upper.detached().broadcasted(to: shape)
        )
        let scalars = elementwiseZip3(x.scalars, low.scalars, high.scalars) { Swift.min(Swift.max($0, $1), $2) }
        let (shapeX, shapeLow, shapeHigh) = (self.shape, lower.shape, upper.shape)
        return Tensor.recordingOperation(shape: shape, scalars: scalars, inputs: [self, lower, upper]) {
            gradient, needs in
            func routed(_ select: @escaping (Float, Float, Float) -> Bool, to target: [Int]) -> Tensor {
                let mask = elementwiseZip3(x.scalars, low.scalars, high.scalars) { select($0, $1, $2) ? 1 : 0 }
                return Tensor(shape: shape, scalars: elementwiseZip(gradient.scalars, mask, *))
                    .summedForBroadcast(to: target)
            }
            return [
                needs[0] ? routed({ x, low, high in x >= low && x <= high }, to: shapeX) : nil,
                needs[1] ? routed({ x, low, _ in x < low }, to: shapeLow) : nil,
                needs[2] ? routed({ x, _, high in x > high }, to: shapeHigh) : nil,
            ]
        }
    }
}
