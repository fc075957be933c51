/// Clean accuracy and attack success over a set of images, top-1 and top-5,
/// each with its Wilson 95 % interval.
public struct ClassificationSummary: Codable, Equatable, Sendable {
    /// The goal successes are judged by.
    public var goal: AttackGoal
    /// Clean images whose top-1 class is the true label.
    public var cleanAccuracy: Proportion
    /// Clean images with the true label among the top 5.
    public var cleanTop5Accuracy: Proportion
    /// Adversarial images whose top-1 class meets the goal (nil without adversarial images).
    public var success: Proportion?
    /// Adversarial images meeting the goal within the top 5: the target among
    /// them, or untargeted the true label not among them.
    public var top5Success: Proportion?
    /// Top-1 success among the images the model classified correctly when
    /// clean (the rate most papers quote).
    public var successOnCorrect: Proportion?

    /// The summary of `outcomes` judged by `goal`.
    public init(_ outcomes: [ClassificationOutcome], goal: AttackGoal) {
        self.goal = goal
        cleanAccuracy = Proportion(counting: outcomes.map { $0.cleanCorrect() })
        cleanTop5Accuracy = Proportion(counting: outcomes.map { $0.cleanCorrect(within: 5) })
        let attacked = outcomes.allSatisfy { $0.adversarial != nil } && !outcomes.isEmpty
        success = attacked ? Proportion(counting: outcomes.compactMap { $0.success(goal) }) : nil
        top5Success = attacked ? Proportion(counting: outcomes.compactMap { $0.success(goal, within: 5) }) : nil
        successOnCorrect =
            attacked ? Proportion(counting: outcomes.filter { $0.cleanCorrect() }.compactMap { $0.success(goal) }) : nil
    }
}
