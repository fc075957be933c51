/// Accuracy against perturbation budget for one model and attack method.
public struct RobustnessCurve: Codable, Equatable, Sendable {
    /// One point of the curve.
    public struct Point: Codable, Equatable, Sendable {
        /// The budget ε in 0–255 units (0 is the clean accuracy).
        public var epsilon: Double
        /// The accuracy on the images attacked with this budget.
        public var accuracy: Proportion

        /// Creates a point.
        public init(epsilon: Double, accuracy: Proportion) {
            self.epsilon = epsilon
            self.accuracy = accuracy
        }
    }

    /// The model's name.
    public var model: String
    /// The attack method's name.
    public var method: String
    /// The points, in increasing ε.
    public var points: [Point]

    /// A curve; the points are sorted by ε.
    public init(model: String, method: String, points: [Point]) {
        self.model = model
        self.method = method
        self.points = points.sorted { $0.epsilon < $1.epsilon }
    }
}
