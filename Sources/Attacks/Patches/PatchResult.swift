import PhysicalWorld
import Tensors

/// A trained patch: its pixels, its mask, the goal and how training went.
public struct PatchResult {
    /// The patch, 1,C,h,w in [0, 1], at the model's pixel scale.
    public let patch: Tensor
    /// Its mask, 1,1,h,w coverage in [0, 1].
    public let mask: Tensor
    /// The goal it was trained for.
    public let target: AttackTarget
    /// One entry per step taken.
    public let history: [PatchTrainingStep]
    /// Whether training stopped early on ``PatchSettings/earlyStopRate``.
    public let stoppedEarly: Bool

    /// Creates a result.
    public init(patch: Tensor, mask: Tensor, target: AttackTarget, history: [PatchTrainingStep], stoppedEarly: Bool) {
        self.patch = patch
        self.mask = mask
        self.target = target
        self.history = history
        self.stoppedEarly = stoppedEarly
    }

    /// The images with the patch pasted at the given placements (one per image).
    public func applied(to images: Tensor, placements: [PatchPlacement]) -> Tensor {
        images.detached().pastingPatch(patch, mask: mask, placements: placements).clamped(to: 0...1)
    }

    /// The patch for printing: `widthPixels` wide (height by the patch's
    /// aspect ratio), resized bilinearly, with the mask as an extra alpha
    /// channel (1,C+1,H,W), so the printed shape is the trained one.
    public func printImage(widthPixels: Int) -> Tensor {
        let (height, width) = (patch.shape[2], patch.shape[3])
        let printHeight = Swift.max(1, Int((Float(widthPixels) * Float(height) / Float(width)).rounded()))
        let layers = concatenate([patch, mask], alongAxis: 1)
        return layers.resized(height: printHeight, width: widthPixels).clamped(to: 0...1)
    }
}

extension PatchResult {
    /// `count` placements for scenes of `imageHeight`×`imageWidth` pixels
    /// from `distribution` (``PatchSettings/placements(training:)`` with
    /// `training: false` is the evaluation setting: scale 1).
    public func randomPlacements(
        count: Int, imageHeight: Int, imageWidth: Int, from distribution: PatchPlacementDistribution,
        using generator: inout RandomGenerator
    ) -> [PatchPlacement] {
        distribution.sample(
            count: count, imageWidth: imageWidth, imageHeight: imageHeight, patchWidth: patch.shape[3],
            patchHeight: patch.shape[2], using: &generator)
    }
}
