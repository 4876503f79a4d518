/// How a check came out for one proposal.
public enum Outcome: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    /// In the client's favour.
    case pass
    /// Mixed, hedged, or between the thresholds.
    case partial
    /// Against the client's interest.
    case fail
    /// The proposal does not address it.
    case unknown

    /// The score an outcome earns when the check gives none of its own.
    var standardScore: Double? {
        switch self {
        case .pass: 1
        case .partial: 0.5
        case .fail: 0
        case .unknown: nil
        }
    }

    private var order: Int {
        switch self {
        case .pass: 0
        case .partial: 1
        case .fail: 2
        case .unknown: 3
        }
    }

    public static func < (lhs: Outcome, rhs: Outcome) -> Bool { lhs.order < rhs.order }
}
