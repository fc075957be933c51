/// The attributes of a Softmax or LogSoftmax node.
public struct SoftmaxAttributes: Equatable, Sendable {
    /// The axis normalised over (negative counts from the end).
    public var axis: Int
    /// Opsets before 13: the input is flattened to 2-D at `axis` and the
    /// normalisation runs over all axes from `axis` on.
    public var coercesTo2D: Bool

    /// Creates softmax attributes.
    public init(axis: Int, coercesTo2D: Bool) {
        self.axis = axis
        self.coercesTo2D = coercesTo2D
    }
}
