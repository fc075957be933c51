/// What one epoch of training measured.
public struct EpochSummary: Codable, Equatable, Sendable {
    /// The epoch, from 0.
    public var epoch: Int
    /// The mean training loss over the batches trained in this call.
    public var loss: Float
    /// The training accuracy (on augmented batches) over those batches.
    public var accuracy: Float
    /// The accuracy on the test split, when the trainer has one.
    public var testAccuracy: Float?
    /// Wall-clock seconds spent.
    public var seconds: Double
}
