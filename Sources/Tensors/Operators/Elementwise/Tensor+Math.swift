#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Functions that the C math library also defines are free functions with the
// same names (`exp(x)`, `log(x)`, ...), not methods: a method named `exp` on
// `Tensor` would shadow `exp(Float)` inside every `Tensor` extension.

/// e raised to every value.
public func exp(_ x: Tensor) -> Tensor {
    x.mappingElementwise({ expf($0) }, derivative: { _, y in y })
}

/// The natural logarithm of every value (−∞ at 0, NaN below).
public func log(_ x: Tensor) -> Tensor {
    x.mappingElementwise({ logf($0) }, derivative: { x, _ in 1 / x })
}

/// The square root of every value.
public func sqrt(_ x: Tensor) -> Tensor {
    x.mappingElementwise({ $0.squareRoot() }, derivative: { _, y in 0.5 / y })
}

/// The absolute value of every value; the gradient at 0 is 0.
public func abs(_ x: Tensor) -> Tensor {
    x.mappingElementwise({ Swift.abs($0) }, derivative: { x, _ in x > 0 ? 1 : (x < 0 ? -1 : 0) })
}

/// Every value raised to a constant power, with gradient `p·x^(p−1)`.
///
/// Negative values with a non-integer exponent give NaN, as in C's `powf`.
public func pow(_ x: Tensor, _ exponent: Float) -> Tensor {
    switch exponent {
    case 1:
        return x.mappingElementwise({ $0 }, derivative: { _, _ in 1 })
    case 2:
        return x.mappingElementwise({ $0 * $0 }, derivative: { x, _ in 2 * x })
    case 0.5:
        return sqrt(x)
    default:
        return x.mappingElementwise(
            { powf($0, exponent) },
            derivative: { x, _ in exponent * powf(x, exponent - 1) })
    }
}

/// `x` raised elementwise to `exponent`, the two broadcast together (ONNX Pow).
///
/// The gradient is `y·x^(y−1)` for the base and `x^y·ln x` for the exponent
/// (defined for positive bases; for a constant exponent prefer `pow(x, 2.5)`
/// with a `Float` exponent, which also handles negative bases).
public func pow(_ x: Tensor, _ exponent: Tensor) -> Tensor {
    let (shape, values) = broadcastingZip(x, exponent) { powf($0, $1) }
    let (base, power) = (x.detached(), exponent.detached())
    return Tensor.recordingOperation(shape: shape, scalars: values, inputs: [x, exponent]) { gradient, needs in
        let output = Tensor(shape: shape, scalars: values)
        return [
            needs[0]
                ? (gradient * power * Tensor(shape: shape, scalars: broadcastingZip(base, power) { powf($0, $1 - 1) }.scalars))
                    .summedForBroadcast(to: base.shape) : nil,
            needs[1] ? (gradient * output * log(base)).summedForBroadcast(to: power.shape) : nil,
        ]
    }
}

extension Tensor {
    /// −1, 0 or 1 by the sign of every value; its gradient is zero everywhere.
    public func sign() -> Tensor {
        mappingElementwise({ $0 > 0 ? 1 : ($0 < 0 ? -1 : 0) }, derivative: { _, _ in 0 })
    }
}
