#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The hyperbolic tangent of every value.
public func tanh(_ x: Tensor) -> Tensor {
    x.mappingElementwise({ tanhf($0) }, derivative: { _, y in 1 - y * y })
}

/// The error function of every value (ONNX Erf), with gradient `2/√π · e^(−x²)`.
public func erf(_ x: Tensor) -> Tensor {
    x.mappingElementwise({ erff($0) }, derivative: { x, _ in twoOverSquareRootOfPi * expf(-x * x) })
}

private let twoOverSquareRootOfPi: Float = 1.128_379_167_095_512_6
private let oneOverSquareRootOfTwo: Float = 0.707_106_781_186_547_5
private let oneOverSquareRootOfTwoPi: Float = 0.398_942_280_401_432_7
private let squareRootOfTwoOverPi: Float = 0.797_884_560_802_865_4

/// How ``Tensor/gelu(approximation:)`` evaluates the Gaussian CDF.
public enum GELUApproximation: Sendable {
    /// The exact form `x·Φ(x) = x/2 · (1 + erf(x/√2))`.
    case exact
    /// The tanh form `x/2 · (1 + tanh(√(2/π)·(x + 0.044715·x³)))`.
    case tanh
}

extension Tensor {
    /// `x` for positive values and `negativeSlope · x` otherwise.
    public func leakyRelu(negativeSlope: Float = 0.01) -> Tensor {
        mappingElementwise(
            { $0 > 0 ? $0 : negativeSlope * $0 }, derivative: { x, _ in x > 0 ? 1 : negativeSlope })
    }

    /// The logistic function `1 / (1 + e^(−x))` of every value, computed without overflow.
    public func sigmoid() -> Tensor {
        mappingElementwise({ logistic($0) }, derivative: { _, y in y * (1 - y) })
    }

    /// `log(1 + eˣ)` of every value, computed without overflow; its gradient is the sigmoid.
    public func softplus() -> Tensor {
        mappingElementwise(
            { Swift.max($0, 0) + log1pf(expf(-Swift.abs($0))) }, derivative: { x, _ in logistic(x) })
    }

    /// `x · sigmoid(x)` of every value (SiLU, also called swish).
    public func silu() -> Tensor {
        mappingElementwise(
            { $0 * logistic($0) },
            derivative: { x, _ in
                let s = logistic(x)
                return s * (1 + x * (1 - s))
            })
    }

    /// `x` for positive values and `alpha · (eˣ − 1)` otherwise (ONNX Elu).
    public func elu(alpha: Float = 1) -> Tensor {
        mappingElementwise(
            { $0 > 0 ? $0 : alpha * expm1f($0) }, derivative: { x, y in x > 0 ? 1 : y + alpha })
    }

    /// `max(0, min(1, alpha · x + beta))` of every value (ONNX HardSigmoid;
    /// its defaults are alpha 0.2, beta 0.5, PyTorch's are 1/6 and 0.5).
    public func hardSigmoid(alpha: Float = 0.2, beta: Float = 0.5) -> Tensor {
        mappingElementwise(
            { Swift.max(0, Swift.min(1, alpha * $0 + beta)) },
            derivative: { x, _ in
                let z = alpha * x + beta
                return z > 0 && z < 1 ? alpha : 0
            })
    }

    /// `x · max(0, min(1, x/6 + 1/2))` of every value (ONNX HardSwish, as in MobileNetV3).
    public func hardSwish() -> Tensor {
        mappingElementwise(
            { $0 * Swift.max(0, Swift.min(1, $0 / 6 + 0.5)) },
            derivative: { x, _ in x <= -3 ? 0 : (x >= 3 ? 1 : x / 3 + 0.5) })
    }

    /// The Gaussian error linear unit of every value, exactly (ONNX Gelu's
    /// default) or with the tanh approximation.
    public func gelu(approximation: GELUApproximation = .exact) -> Tensor {
        switch approximation {
        case .exact:
            return mappingElementwise(
                { 0.5 * $0 * (1 + erff($0 * oneOverSquareRootOfTwo)) },
                derivative: { x, _ in
                    // Φ(x) + x·φ(x)
                    0.5 * (1 + erff(x * oneOverSquareRootOfTwo)) + x * oneOverSquareRootOfTwoPi * expf(-0.5 * x * x)
                })
        case .tanh:
            return mappingElementwise(
                { x in 0.5 * x * (1 + tanhf(squareRootOfTwoOverPi * (x + 0.044_715 * x * x * x))) },
                derivative: { x, _ in
                    let t = tanhf(squareRootOfTwoOverPi * (x + 0.044_715 * x * x * x))
                    let inner = squareRootOfTwoOverPi * (1 + 3 * 0.044_715 * x * x)
                    return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * inner
                })
        }
    }
}

/// `1 / (1 + e^(−x))` without overflow for large |x|.
@inline(__always)
func logistic(_ x: Float) -> Float {
    if x >= 0 {
        return 1 / (1 + expf(-x))
    }
    let e = expf(x)
    return e / (1 + e)
}
