/// One proposal's scores: total, per category and per check.
public struct ProposalScore: Sendable {
    public struct CategoryScore: Sendable {
        public var id: String
        public var title: String
        /// 0–1.
        public var score: Double
        /// The category's share of the total, 0–1.
        public var effectiveWeight: Double
    }

    public var name: String
    public var file: String
    /// 1-based position in the ranking; 0 before ranking.
    public var rank: Int
    /// 0–100.
    public var score: Double
    /// The share of the total weight the proposal gave evidence on, 0–1.
    public var coverage: Double
    /// Too little evidence to rank on its merits: ranked after every substantive bid.
    public var lowEvidence: Bool
    public var categories: [CategoryScore]
    public var checks: [CheckResult]

    public func result(for id: CheckID) -> CheckResult? {
        checks.first { $0.id == id }
    }
}
