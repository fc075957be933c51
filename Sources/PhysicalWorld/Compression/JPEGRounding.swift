#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Tensors

/// How the JPEG approximation rounds quantised DCT coefficients.
public enum JPEGRounding: Equatable, Sendable {
    /// True rounding (ties to even), with a zero gradient: the closest model
    /// of the codec's values.
    case hard
    /// The soft rounding of Agustsson & Theis (2020),
    /// s(x) = ⌊x⌋ + ½ + tanh(α·r) / (2·tanh(α/2)) with r = x − ⌊x⌋ − ½:
    /// smooth, exact at integers, tending to
    /// rounding as the sharpness α grows and to the identity as α → 0.
    case smooth(sharpness: Float)

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
