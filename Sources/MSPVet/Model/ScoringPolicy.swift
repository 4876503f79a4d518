/// The rules that turn check outcomes into a ranking, beyond what criteria files say.
public struct ScoringPolicy: Sendable, Hashable {
    /// A proposal whose evidence covers less than this share of the total weight is flagged
    /// low-evidence and ranked after every substantive bid, whatever its score: saying nothing
    /// must never beat saying something imperfect.
    public var minimumCoverage: Double

    /// Bids addressing less than 40% of the total weight are low-evidence.
    public static let standard = ScoringPolicy(minimumCoverage: 0.4)

    /// A policy with its own coverage threshold (0–1).
    public init(minimumCoverage: Double) {
        self.minimumCoverage = minimumCoverage
    }
}
