import Tensors

/// The best image found so far for each image of a batch, over iterates and
/// restarts: one that meets the objective beats one that does not; otherwise
/// the lower loss wins.
struct BestIterates {
    private(set) var images: Tensor
    private var adversarial: [Bool]
    private var losses: [Float]
    /// Steps taken when each image first met the objective.
    private(set) var firstSuccess: [Int?]

    init(start: Tensor) {
        images = start
        let count = start.shape[0]
        adversarial = Array(repeating: false, count: count)
        losses = Array(repeating: .infinity, count: count)
        firstSuccess = Array(repeating: nil, count: count)
    }

    /// Considers the candidates `x` with their (untransformed) logits.
    mutating func offer(_ x: Tensor, logits: Tensor, objective: any Objective, stepsTaken: Int) {
        let success = objective.isAdversarial(logits: logits)
        let candidateLosses = objective.loss(logits: logits.detached()).scalars
        var better = [Bool](repeating: false, count: success.count)
        for image in success.indices {
            if success[image] && firstSuccess[image] == nil { firstSuccess[image] = stepsTaken }
            better[image] = success[image] != adversarial[image]
                ? success[image] : candidateLosses[image] < losses[image]
            if better[image] {
                adversarial[image] = success[image]
                losses[image] = candidateLosses[image]
            }
        }
        images = replacingImages(of: images, with: x.detached(), where: better)
    }
}
