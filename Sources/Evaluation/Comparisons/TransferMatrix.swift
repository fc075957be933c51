/// Attack success when images crafted on one model are shown to another,
/// digitally and under sampled transforms.
public struct TransferMatrix: Codable, Equatable, Sendable {
    /// One cell: images crafted on `source`, judged on `target`.
    public struct Entry: Codable, Equatable, Sendable {
        /// The model the images were crafted on.
        public var source: String
        /// The model that judged them.
        public var target: String
        /// Whether the judged images went through sampled transforms first.
        public var transformed: Bool
        /// Judged images (or transformed samples) that met the goal.
        public var success: Proportion

        /// Creates an entry.
        public init(source: String, target: String, transformed: Bool, success: Proportion) {
            self.source = source
            self.target = target
            self.transformed = transformed
            self.success = success
        }
    }

    /// The source models (rows), in order.
    public var sources: [String]
    /// The target models (columns), in order.
    public var targets: [String]
    /// The measured cells, any order; a cell may be missing.
    public var entries: [Entry]

    /// A matrix of the given cells.
    public init(sources: [String], targets: [String], entries: [Entry]) {
        self.sources = sources
        self.targets = targets
        self.entries = entries
    }

    /// The success of the cell (source, target, transformed), if measured.
    public func success(source: String, target: String, transformed: Bool) -> Proportion? {
        entries.first { $0.source == source && $0.target == target && $0.transformed == transformed }?.success
    }
}
