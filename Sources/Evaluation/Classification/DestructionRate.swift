/// Kurakin, Goodfellow and Bengio's (2016) destruction rate: the fraction of
/// adversarial images that a transform turns back into correctly classified
/// ones,
///
///     d = Σ C(x)·(1 − C(x_adv))·C(T(x_adv)) / Σ C(x)·(1 − C(x_adv)),
///
/// C = "correctly classified" (top-1 or top-k). Only images that were correct
/// when clean and wrong when attacked count. With a transform distribution
/// each such image contributes its N samples: the numerator counts the
/// samples classified correctly, the denominator N per image, so the rate is
/// the paper's d averaged over transforms. The Wilson interval treats the
/// samples as independent; samples of one image are not, so it is too narrow
/// when N is large and few images qualify (read `images` beside it).
public struct DestructionRate: Codable, Equatable, Sendable {
    /// Destroyed samples out of the samples of the qualifying images.
    public var rate: Proportion
    /// The number of qualifying images (correct clean, wrong attacked).
    public var images: Int

    /// The rate from per-image facts: clean image correct, adversarial image
    /// correct, and how many transformed samples of the adversarial image
    /// were classified correctly (`Proportion` of samples; one photo is 0/1 or 1/1).
    public init(cleanCorrect: [Bool], adversarialCorrect: [Bool], transformedAdversarialCorrect: [Proportion]) {
        precondition(
            cleanCorrect.count == adversarialCorrect.count && cleanCorrect.count == transformedAdversarialCorrect.count,
            "DestructionRate: one clean, adversarial and transformed result per image")
        let qualifying = cleanCorrect.indices.filter { cleanCorrect[$0] && !adversarialCorrect[$0] }
        rate = Proportion.pooled(qualifying.map { transformedAdversarialCorrect[$0] })
        images = qualifying.count
    }
}
