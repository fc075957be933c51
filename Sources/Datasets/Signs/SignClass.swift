/// The kinds of road sign the procedural generator draws; a label is the
/// index in ``allCases``.
public enum SignClass: Int, CaseIterable, Codable, Sendable {
    /// Red octagon, white border, white "STOP".
    case stop
    /// Inverted white triangle with a red border.
    case yield
    /// Red disc with a white horizontal bar.
    case noEntry
    /// White disc in a red ring with "30".
    case speedLimit30
    /// White disc in a red ring with "50".
    case speedLimit50
    /// White disc in a red ring with "80".
    case speedLimit80
    /// Yellow diamond with a white border.
    case priorityRoad
    /// Blue square with a white triangle and a walking figure on a crossing.
    case pedestrianCrossing
    /// Blue disc with a white arrow turning left.
    case turnLeft
    /// Blue disc with a white arrow turning right.
    case turnRight

    /// The stable name used in labels files, folder names and pipelines.
    public var name: String {
        switch self {
        case .stop: return "stop"
        case .yield: return "yield"
        case .noEntry: return "no-entry"
        case .speedLimit30: return "speed-limit-30"
        case .speedLimit50: return "speed-limit-50"
        case .speedLimit80: return "speed-limit-80"
        case .priorityRoad: return "priority-road"
        case .pedestrianCrossing: return "pedestrian-crossing"
        case .turnLeft: return "turn-left"
        case .turnRight: return "turn-right"
        }
    }

    /// The class with the given stable name, if any.
    public init?(name: String) {
        guard let match = SignClass.allCases.first(where: { $0.name == name }) else { return nil }
        self = match
    }

    /// The stable names of all classes, indexed by label.
    public static let allNames: [String] = allCases.map(\.name)

    /// The label of this class: its index in ``allCases``.
    public var label: Int { rawValue }
}
