#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Tensors

/// How the JPEG approximation rounds quantised DCT coefficients.
public enum JPEGRounding: Equatable, Sendable {
    /// True rounding (ties to even), with a zero gradient, and the codec's
    /// 8-bit rounding of every intermediate plane and of the output: the
    /// closest model of the codec's values.
    case hard
    /// The soft rounding of Agustsson & Theis (2020),
    /// s(x) = ⌊x⌋ + ½ + tanh(α·r) / (2·tanh(α/2)) with r = x − ⌊x⌋ − ½:
    /// smooth, exact at integers, tending to
    /// rounding as the sharpness α grows and to the identity as α → 0.
    case smooth(sharpness: Float)

    /// The codec's rounding of a plane to whole 8-bit levels (hard), or the
    /// plane unchanged (smooth: it keeps the model differentiable).
    func levels(_ x: Tensor) -> Tensor {
        self == .hard ? x.rounded() : x
    }

    /// Rounds quantised DCT coefficients.
    func apply(_ x: Tensor) -> Tensor {
        switch self {
        case .hard:
            return x.rounded()
        case .smooth(let alpha):
            let normaliser = 2 * tanhf(alpha / 2)
            return x.mappingElementwise(
                { value in
                    let bottom = value.rounded(.down)
                    return bottom + 0.5 + tanhf(alpha * (value - bottom - 0.5)) / normaliser
                },
                derivative: { value, _ in
                    let t = tanhf(alpha * (value - value.rounded(.down) - 0.5))
                    return alpha * (1 - t * t) / normaliser
                })
        }
    }
}
