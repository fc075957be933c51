#if canImport(Glibc)
import Glibc
#endif

/// How the learning rate changes over training, as a function of the step.
public enum LearningRateSchedule: Codable, Equatable, Sendable {
    /// The base rate throughout.
    case constant
    /// Multiply by `factor` every `every` steps.
    case step(every: Int, factor: Float)
    /// Cosine annealing from the base rate to `minimum` over `totalSteps`
    /// (Loshchilov and Hutter 2016, without restarts).
    case cosine(totalSteps: Int, minimum: Float)

    /// The learning rate at `step` (counted from 0) for a base rate.
    public func rate(at step: Int, base: Float) -> Float {
        switch self {
        case .constant:
            return base
        case .step(let every, let factor):
            precondition(every > 0, "a step schedule needs a positive interval, got \(every)")
            return base * Float(pow(Double(factor), Double(step / every)))
        case .cosine(let totalSteps, let minimum):
            precondition(totalSteps > 0, "a cosine schedule needs a positive number of steps, got \(totalSteps)")
            let progress = Double(min(step, totalSteps)) / Double(totalSteps)
            return minimum + (base - minimum) * Float(0.5 * (1 + cos(Double.pi * progress)))
        }
    }
}
