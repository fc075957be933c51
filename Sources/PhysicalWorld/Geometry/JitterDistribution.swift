/// How a corner offset is drawn from its scale s.
public enum JitterDistribution: String, Codable, Sendable, CaseIterable {
    /// Uniform in [−s, s] (StegaStamp).
    case uniform
    /// Normal with standard deviation s (Eykholt et al.).
    case normal
}
