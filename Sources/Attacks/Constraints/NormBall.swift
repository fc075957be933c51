import Tensors

/// A ball of radius ε around each clean image, in units of the [0, 1] scale.
public enum NormBall: Equatable, Sendable {
    /// Every value may move by at most ε.
    case lInfinity(epsilon: Float)
    /// The Euclidean length of each image's perturbation is at most ε.
    case l2(epsilon: Float)
    /// No bound on the size (only range and mask apply): C&W, DeepFool.
    case unbounded

    /// The radius, or infinity when unbounded.
    public var epsilon: Float {
        switch self {
        case .lInfinity(let epsilon), .l2(let epsilon): return epsilon
        case .unbounded: return .infinity
        }
    }

    /// A random perturbation inside the ball for every image of `shape`
    /// (Madry's random start): uniform per value for L∞; for L2 a uniformly
    /// random direction scaled by ε·u, u uniform in [0, 1].
    func randomOffset(shape: [Int], using generator: inout RandomGenerator) -> Tensor {
        switch self {
        case .lInfinity(let epsilon):
            return Tensor.uniform(shape, in: -epsilon...epsilon, using: &generator)
        case .l2(let epsilon):
            let direction = Tensor.normal(shape, using: &generator)
            let radii = Tensor.uniform([shape[0], 1, 1, 1], in: 0...1, using: &generator) * epsilon
            return direction * radii / (imageNorms(direction) + Float(1e-12))
        case .unbounded:
            return Tensor.zeros(shape)
        }
    }
}
