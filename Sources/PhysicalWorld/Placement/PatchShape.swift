/// The outline of a patch or sticker inside its bounding box.
public enum PatchShape: String, CaseIterable, Codable, Sendable {
    /// A disc touching the box's edges (Brown et al. 2017).
    case circle
    /// The whole square box.
    case square
    /// The whole box, wider than tall by the settings' aspect ratio.
    case rectangle
    /// A regular octagon with flat top, bottom and sides, like a stop sign.
    case octagon

    /// The share of its bounding box the shape covers.
    public var fill: Float {
        switch self {
        case .circle: Float.pi / 4
        case .square, .rectangle: 1
        case .octagon: 2 * (Float(2).squareRoot() - 1)  // 8·tan(22.5°)/4
        }
    }

    /// Whether the point (x, y) of the box, each in [−1, 1], lies inside.
    func contains(x: Float, y: Float) -> Bool {
        switch self {
        case .circle: x * x + y * y <= 1
        case .square, .rectangle: Swift.abs(x) <= 1 && Swift.abs(y) <= 1
        case .octagon:
            Swift.abs(x) <= 1 && Swift.abs(y) <= 1 && Swift.abs(x) + Swift.abs(y) <= Float(2).squareRoot()
        }
    }
}
