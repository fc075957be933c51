import Tensors

/// The best image found so far for each image of a batch, over iterates,
/// restarts and (C&W) values of c: a higher success rate wins (the fraction of
/// the image's transformed copies that meet the objective under EOT, otherwise
/// 1 or 0 for the image itself); at equal rates the lower score wins (the loss
/// for gradient attacks, the squared L2 distance for C&W).
struct BestIterates {
    private(set) var images: Tensor
    private var successRates: [Float]
    private var scores: [Float]
    /// Steps taken when each image itself first met the objective.
    private(set) var firstSuccess: [Int?]

    /// Starts from `start` (success rate 0) with the given score for every image.
    init(start: Tensor, score: Float = .infinity) {
        images = start.detached()
        let count = start.shape[0]
        successRates = Array(repeating: 0, count: count)
        scores = Array(repeating: score, count: count)
        firstSuccess = Array(repeating: nil, count: count)
    }

    /// Considers the candidates `x`: whether each image itself meets the
    /// objective, each one's success rate and its score.
    mutating func offer(
        _ x: Tensor, success: [Bool], successRates candidateRates: [Float], scores candidateScores: [Float],
        stepsTaken: Int
    ) {
        var better = [Bool](repeating: false, count: success.count)
        for image in success.indices {
            if success[image] && firstSuccess[image] == nil { firstSuccess[image] = stepsTaken }
            better[image] = candidateRates[image] != successRates[image]
                ? candidateRates[image] > successRates[image] : candidateScores[image] < scores[image]
            if better[image] {
                successRates[image] = candidateRates[image]
                scores[image] = candidateScores[image]
            }
        }
        images = replacingImages(of: images, with: x.detached(), where: better)
    }

    /// Considers the candidates `x` of a gradient attack as the victim judged
    /// them: scored by their losses (through the victim's transforms), ranked
    /// by their success rates, and checked for success on their own logits.
    mutating func offer(
        _ x: Tensor, losses: Tensor, logits: Tensor, successRates: [Float], objective: any Objective,
        stepsTaken: Int
    ) {
        offer(
            x, success: objective.isAdversarial(logits: logits), successRates: successRates,
            scores: losses.detached().scalars, stepsTaken: stepsTaken)
    }
}
