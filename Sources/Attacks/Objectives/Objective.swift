import Tensors

/// What an attack aims for, as a per-sample loss that it minimises and a test
/// of success; conform to it for custom goals (patches, EOT, printability).
///
/// An objective is made for one batch of N images. ``loss(logits:)`` may
/// receive N·k rows of logits, k copies of each image in image-major order
/// (rows `i·k ..< (i+1)·k` belong to image i), as an input transform that
/// samples k variants of each image produces; it returns one loss per row.
/// ``isAdversarial(logits:)`` receives exactly N rows.
public protocol Objective {
    /// The number of images this objective is defined for.
    var imageCount: Int { get }
    /// Per-row losses `[R]` (R = N·k) to minimise, differentiable in `logits` `[R, K]`.
    func loss(logits: Tensor) -> Tensor
    /// Whether each image's logits (`[N, K]`) meet the goal.
    func isAdversarial(logits: Tensor) -> [Bool]
}

extension Objective {
    /// Per-image labels repeated for `rows` rows of logits (k copies per image).
    func repeating(_ labels: [Int], forRows rows: Int) -> [Int] {
        precondition(
            labels.count > 0 && rows % labels.count == 0,
            "objective for \(labels.count) images got \(rows) rows of logits; expected a multiple of \(labels.count)")
        let copies = rows / labels.count
        return copies == 1 ? labels : labels.flatMap { Array(repeating: $0, count: copies) }
    }
}
