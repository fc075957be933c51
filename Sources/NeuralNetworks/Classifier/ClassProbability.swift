/// One ranked class of a classification: its label, index and probability.
public struct ClassProbability: Equatable, Codable, Sendable {
    /// The class name.
    public var label: String
    /// The class index in the model's output.
    public var index: Int
    /// The softmax probability.
    public var probability: Float

    /// Creates a prediction.
    public init(label: String, index: Int, probability: Float) {
        self.label = label
        self.index = index
        self.probability = probability
    }
}
