import Tensors

/// The outcome of a sticker attack: the adversarial images, the masked
/// perturbation and how optimisation went.
public struct StickerResult {
    /// The object's images with the sticker, N,C,H,W in [0, 1].
    public let adversarial: Tensor
    /// The masked perturbation M·δ shared by all images, 1,C,H,W in [−1, 1].
    public let perturbation: Tensor
    /// The mask, 1,1,H,W.
    public let mask: Tensor
    /// The goal.
    public let target: AttackTarget
    /// Whether each adversarial image meets the goal (digitally).
    public let success: [Bool]
    /// One entry per step taken.
    public let history: [PatchTrainingStep]
    /// Whether optimisation stopped early.
    public let stoppedEarly: Bool

    /// What to print for image `index`: its adversarial pixels with the mask
    /// as alpha (1,C+1,H,W), transparent off the sticker.
    public func stickerImage(index: Int = 0) -> Tensor {
        concatenate([adversarial.sliced(alongAxis: 0, index..<(index + 1)), mask], alongAxis: 1)
    }
}
