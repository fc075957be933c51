import Tensors

/// The images an attack may produce from a clean batch: inside a norm ball,
/// inside the valid range [0, 1], and changed only where a mask is 1.
public struct FeasibleSet {
    /// The clean images N,C,H,W.
    public let clean: Tensor
    /// The norm ball around each clean image.
    public let ball: NormBall
    /// 0/1 values broadcastable to the images (for example `[N, 1, H, W]`);
    /// values may change only where it is 1. Nil lets every value change.
    public let mask: Tensor?
    /// Per-value bounds: the L∞ ball (or the range) intersected with [0, 1],
    /// collapsed to the clean value where the mask is 0.
    private let lower: Tensor
    private let upper: Tensor

    /// Creates the set; `clean` must lie in [0, 1] and `mask` hold only 0 and 1.
    public init(clean: Tensor, ball: NormBall, mask: Tensor? = nil) {
        self.clean = clean.detached()
        self.ball = ball
        self.mask = mask?.detached()
        let radius: Float
        if case .lInfinity(let epsilon) = ball { radius = epsilon } else { radius = 1 }
        let reach = mask.map { $0.detached() * radius } ?? Tensor(radius)
        lower = maximum(self.clean - reach, Tensor(0)).detached()
        upper = minimum(self.clean + reach, Tensor(1)).detached()
    }

    /// The point of the set nearest to `x` for L∞ (clamping); for L2 the
    /// masked perturbation is scaled into the ball and then clamped to the
    /// range, which keeps it in the ball.
    public func project(_ x: Tensor) -> Tensor {
        guard case .l2(let epsilon) = ball else {
            return x.detached().clamped(lower: lower, upper: upper)
        }
        var delta = x.detached() - clean
        if let mask { delta = delta * mask }
        let scale = minimum(Tensor(1), epsilon / (imageNorms(delta) + Float(1e-12)))
        return (clean + delta * scale).clamped(lower: lower, upper: upper)
    }

    /// A random point of the set (PGD's random start).
    public func randomPoint(using generator: inout RandomGenerator) -> Tensor {
        project(clean + ball.randomOffset(shape: clean.shape, using: &generator))
    }
}
