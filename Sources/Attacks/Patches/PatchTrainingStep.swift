/// One step of a patch's optimisation, for the training history.
public struct PatchTrainingStep: Codable, Equatable, Sendable {
    /// The step, from 0.
    public var step: Int
    /// The objective's mean loss over the batch (before the printability terms).
    public var loss: Float
    /// The whole loss with the printability and smoothness penalties.
    public var totalLoss: Float
    /// The share of the batch's patched images (untransformed) that met the goal.
    public var successRate: Float
    /// The learning rate used.
    public var learningRate: Float
}
