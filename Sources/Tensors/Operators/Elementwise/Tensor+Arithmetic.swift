/// Elementwise arithmetic with NumPy broadcasting. The gradient reaching a
/// broadcast operand is summed back to that operand's shape.
extension Tensor {
    /// Elementwise sum, broadcasting the two shapes.
    public static func + (lhs: Tensor, rhs: Tensor) -> Tensor {
        let (shape, scalars) = broadcastingZip(lhs, rhs, +)
        let (shapeA, shapeB) = (lhs.shape, rhs.shape)
        return recordingOperation(shape: shape, scalars: scalars, inputs: [lhs, rhs]) { gradient, needs in
            [
                needs[0] ? gradient.summedForBroadcast(to: shapeA) : nil,
                needs[1] ? gradient.summedForBroadcast(to: shapeB) : nil,
            ]
        }
    }

    /// Elementwise difference, broadcasting the two shapes.
    public static func - (lhs: Tensor, rhs: Tensor) -> Tensor {
        let (shape, scalars) = broadcastingZip(lhs, rhs, -)
        let (shapeA, shapeB) = (lhs.shape, rhs.shape)
        return recordingOperation(shape: shape, scalars: scalars, inputs: [lhs, rhs]) { gradient, needs in
            [
                needs[0] ? gradient.summedForBroadcast(to: shapeA) : nil,
                needs[1] ? (-gradient).summedForBroadcast(to: shapeB) : nil,
            ]
        }
    }

    /// Elementwise product, broadcasting the two shapes.
    public static func * (lhs: Tensor, rhs: Tensor) -> Tensor {
        let (shape, scalars) = broadcastingZip(lhs, rhs, *)
        let (a, b) = (lhs.detached(), rhs.detached())
        return recordingOperation(shape: shape, scalars: scalars, inputs: [lhs, rhs]) { gradient, needs in
            [
                needs[0] ? (gradient * b).summedForBroadcast(to: a.shape) : nil,
                needs[1] ? (gradient * a).summedForBroadcast(to: b.shape) : nil,
            ]
        }
    }

    /// Elementwise quotient, broadcasting the two shapes.
    public static func / (lhs: Tensor, rhs: Tensor) -> Tensor {
        let (shape, scalars) = broadcastingZip(lhs, rhs, /)
        let (a, b) = (lhs.detached(), rhs.detached())
        return recordingOperation(shape: shape, scalars: scalars, inputs: [lhs, rhs]) { gradient, needs in
            [
                needs[0] ? (gradient / b).summedForBroadcast(to: a.shape) : nil,
                // d(a/b)/db = -a/b²
                needs[1] ? (-(gradient * a) / (b * b)).summedForBroadcast(to: b.shape) : nil,
            ]
        }
    }

    /// Every value negated.
    public static prefix func - (operand: Tensor) -> Tensor {
        operand.scaled(by: -1)
    }

    /// Adds a constant to every value.
    public static func + (lhs: Tensor, rhs: Float) -> Tensor {
        lhs.shifted(by: rhs)
    }

    /// Adds a constant to every value.
    public static func + (lhs: Float, rhs: Tensor) -> Tensor {
        rhs.shifted(by: lhs)
    }

    /// Subtracts a constant from every value.
    public static func - (lhs: Tensor, rhs: Float) -> Tensor {
        lhs.shifted(by: -rhs)
    }

    /// A constant minus every value.
    public static func - (lhs: Float, rhs: Tensor) -> Tensor {
        rhs.scaled(by: -1, plus: lhs)
    }

    /// Multiplies every value by a constant.
    public static func * (lhs: Tensor, rhs: Float) -> Tensor {
        lhs.scaled(by: rhs)
    }

    /// Multiplies every value by a constant.
    public static func * (lhs: Float, rhs: Tensor) -> Tensor {
        rhs.scaled(by: lhs)
    }

    /// Divides every value by a constant.
    public static func / (lhs: Tensor, rhs: Float) -> Tensor {
        let x = lhs.detached()
        let scalars = elementwiseMap(x.scalars) { $0 / rhs }
        return recordingOperation(shape: x.shape, scalars: scalars, inputs: [lhs]) { gradient, _ in
            [gradient / rhs]
        }
    }

    /// A constant divided by every value.
    public static func / (lhs: Float, rhs: Tensor) -> Tensor {
        let x = rhs.detached()
        let scalars = elementwiseMap(x.scalars) { lhs / $0 }
        return recordingOperation(shape: x.shape, scalars: scalars, inputs: [rhs]) { gradient, _ in
            // d(c/x)/dx = -c/x²
            [Tensor(shape: x.shape, scalars: elementwiseZip(gradient.scalars, x.scalars) { -lhs * $0 / ($1 * $1) })]
        }
    }

    /// Replaces `lhs` with `lhs + rhs`.
    public static func += (lhs: inout Tensor, rhs: Tensor) { lhs = lhs + rhs }
    /// Replaces `lhs` with `lhs - rhs`.
    public static func -= (lhs: inout Tensor, rhs: Tensor) { lhs = lhs - rhs }
    /// Replaces `lhs` with `lhs * rhs`.
    public static func *= (lhs: inout Tensor, rhs: Tensor) { lhs = lhs * rhs }
    /// Replaces `lhs` with `lhs / rhs`.
    public static func /= (lhs: inout Tensor, rhs: Tensor) { lhs = lhs / rhs }
    /// Replaces `lhs` with `lhs + rhs`.
    public static func += (lhs: inout Tensor, rhs: Float) { lhs = lhs + rhs }
    /// Replaces `lhs` with `lhs - rhs`.
    public static func -= (lhs: inout Tensor, rhs: Float) { lhs = lhs - rhs }
    /// Replaces `lhs` with `lhs * rhs`.
    public static func *= (lhs: inout Tensor, rhs: Float) { lhs = lhs * rhs }
    /// Replaces `lhs` with `lhs / rhs`.
    public static func /= (lhs: inout Tensor, rhs: Float) { lhs = lhs / rhs }

    /// `scale · x + offset` for every value x.
    func scaled(by scale: Float, plus offset: Float = 0) -> Tensor {
        let scalars = elementwiseMap(scalars) { scale * $0 + offset }
        return Tensor.recordingOperation(shape: shape, scalars: scalars, inputs: [self]) { gradient, _ in
            [scale == 1 ? gradient : gradient.scaled(by: scale)]
        }
    }

    /// `x + offset` for every value x.
    func shifted(by offset: Float) -> Tensor {
        let scalars = elementwiseMap(scalars) { $0 + offset }
        return Tensor.recordingOperation(shape: shape, scalars: scalars, inputs: [self]) { gradient, _ in
            [gradient]
        }
    }
}
