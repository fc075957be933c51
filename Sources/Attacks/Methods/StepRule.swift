import Tensors

/// How an iterative attack turns the gradient of its loss into a step
/// direction (the step is `−α·direction`).
public enum StepRule: Equatable, Sendable {
    /// `sign(∇)`: BIM, PGD-L∞, DI-FGSM.
    case sign
    /// `∇ / ‖∇‖₂` per image: PGD-L2.
    case l2Normalised
    /// `sign(g)` with `g ← μ·g + ∇ / ‖∇‖₁` per image (Dong et al. 2018): MI-FGSM.
    case momentum(decay: Float)

    /// The direction for `gradient`, updating the momentum `velocity` (zeros at the start of a run).
    func direction(for gradient: Tensor, velocity: inout Tensor) -> Tensor {
        switch self {
        case .sign:
            return gradient.sign()
        case .l2Normalised:
            return gradient / (imageNorms(gradient) + Float(1e-12))
        case .momentum(let decay):
            let l1 = abs(gradient).sum(alongAxes: [1, 2, 3], keepingDimensions: true)
            velocity = velocity * decay + gradient / (l1 + Float(1e-12))
            return velocity.sign()
        }
    }
}
