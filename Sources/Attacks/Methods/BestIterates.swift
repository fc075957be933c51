import Tensors

/// The best image found so far for each image of a batch, over iterates,
/// restarts and (C&W) values of c: one that meets the objective beats one that
/// does not; otherwise the lower score wins (the loss for gradient attacks,
/// the squared L2 distance for C&W).
struct BestIterates {
    private(set) var images: Tensor
    private var adversarial: [Bool]
    private var scores: [Float]
    /// Steps taken when each image first met the objective.
    private(set) var firstSuccess: [Int?]

    /// Starts from `start` (not adversarial) with the given score for every image.
    init(start: Tensor, score: Float = .infinity) {
        images = start.detached()
        let count = start.shape[0]
        adversarial = Array(repeating: false, count: count)
        scores = Array(repeating: score, count: count)
        firstSuccess = Array(repeating: nil, count: count)
    }

    /// Considers the candidates `x`, with whether each meets the objective and its score.
    mutating func offer(_ x: Tensor, success: [Bool], scores candidateScores: [Float], stepsTaken: Int) {
        var better = [Bool](repeating: false, count: success.count)
        for image in success.indices {
            if success[image] && firstSuccess[image] == nil { firstSuccess[image] = stepsTaken }
            better[image] = success[image] != adversarial[image]
                ? success[image] : candidateScores[image] < scores[image]
            if better[image] {
                adversarial[image] = success[image]
                scores[image] = candidateScores[image]
            }
        }
        images = replacingImages(of: images, with: x.detached(), where: better)
    }

    /// Considers the candidates `x` of a gradient attack, scored by the
    /// objective's loss on their (untransformed) logits.
    mutating func offer(_ x: Tensor, logits: Tensor, objective: any Objective, stepsTaken: Int) {
        offer(
            x, success: objective.isAdversarial(logits: logits),
            scores: objective.loss(logits: logits.detached()).scalars, stepsTaken: stepsTaken)
    }
}
