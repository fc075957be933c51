import PhysicalWorld

/// How one scene image fares with a patch on it.
public struct PatchOutcome: Codable, Equatable, Sendable {
    /// The image's true label.
    public var trueLabel: Int
    /// The model's label for the clean image.
    public var clean: Int
    /// The model's label for the patched image.
    public var patched: Int
    /// Whether the patched image meets the goal (the target; untargeted: not the true label).
    public var success: Bool
    /// The share of sampled physical-world transforms of the patched image that meet the goal, if measured.
    public var transformedSuccessRate: Float?
    /// Where the patch was placed.
    public var placement: PatchPlacement
}

