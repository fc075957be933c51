/// Which formula a Gelu node uses.
public enum GeluApproximation: String, CaseIterable, Sendable {
    /// The exact x·Φ(x) with the error function.
    case none
    /// The tanh approximation.
    case tanh
}
