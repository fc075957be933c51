import Tensors

/// The Carlini-Wagner margin loss on logits Z with confidence κ:
/// untargeted `max(Z_y − max_{i≠y} Z_i, −κ)`, targeted
/// `max(max_{i≠t} Z_i − Z_t, −κ)`. Success needs the margin won by at least κ
/// (and strictly, so that a tie is not a success).
public struct CarliniWagnerMargin: Objective {
    /// The class each image must leave (untargeted) or reach (targeted).
    public let classes: [Int]
    /// Whether `classes` are targets to reach.
    public let isTargeted: Bool
    /// The confidence κ ≥ 0 by which the margin must be won.
    public let confidence: Float

    /// Pushes each image away from its true label.
    public init(labels: [Int], confidence: Float = 0) {
        self.classes = labels
        self.isTargeted = false
        self.confidence = confidence
    }

    /// Pulls each image towards its target class.
    public init(targets: [Int], confidence: Float = 0) {
        self.classes = targets
        self.isTargeted = true
        self.confidence = confidence
    }

    /// The number of images.
    public var imageCount: Int { classes.count }

    /// The clipped margin of each row.
    public func loss(logits: Tensor) -> Tensor {
        let rows = logits.shape[0]
        let mask = Tensor(oneHot: repeating(classes, forRows: rows), classes: logits.shape[1])
        let chosen = (logits * mask).sum(alongAxes: [1])
        // Push the chosen class far down so the maximum finds the best other one.
        let others = (logits - mask * Float(1e9)).maximum(alongAxes: [1])
        let margin = isTargeted ? others - chosen : chosen - others
        return maximum(margin, Tensor(shape: [rows], repeating: -confidence))
    }

    /// Whether each image wins the margin by more than zero and at least κ.
    public func isAdversarial(logits: Tensor) -> [Bool] {
        let values = logits.detached().scalars
        let count = logits.shape[1]
        return classes.enumerated().map { image, chosenClass in
            let row = values[(image * count)..<((image + 1) * count)]
            let chosen = row[row.startIndex + chosenClass]
            let other = row.indices.filter { $0 - row.startIndex != chosenClass }.map { row[$0] }.max() ?? -.infinity
            let won = isTargeted ? chosen - other : other - chosen
            return won > 0 && won >= confidence
        }
    }
}
