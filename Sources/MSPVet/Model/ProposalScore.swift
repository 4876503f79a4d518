/// One proposal's scores: total, per category and per check.
public struct ProposalScore: Sendable {
    /// One category's score for one proposal.
    public struct CategoryScore: Sendable {
        /// The category id (`lock-in`).
        public var id: String
        /// The category's title.
        public var title: String
        /// 0–1.
        public var score: Double
        /// The category's share of the total, 0–1.
        public var effectiveWeight: Double
    }

    /// How the bid is named in reports: the file name without folder and extension.
    public var name: String
    /// The proposal file, as the user named it.
    public var file: String
    /// 1-based position in the ranking; 0 before ranking.
    public var rank: Int
    /// 0–100.
    public var score: Double
    /// The share of the total weight the proposal gave evidence on, 0–1.
    public var coverage: Double
    /// Too little evidence to rank on its merits: ranked after every substantive bid.
    public var lowEvidence: Bool
    /// Each category's score, in criteria order.
    public var categories: [CategoryScore]
    /// Each check's result, in criteria order.
    public var checks: [CheckResult] {
        didSet { positions = Self.positions(of: checks) }
    }
    /// Where each check's result sits in `checks`: reports look results up check by check, and a
    /// linear search made a report of thousands of checks quadratic.
    private var positions: [CheckID: Int]

    /// A score as the scorer makes it; `rank` is 0 until ranked.
    public init(name: String, file: String, rank: Int, score: Double, coverage: Double, lowEvidence: Bool,
                categories: [CategoryScore], checks: [CheckResult]) {
        self.name = name
        self.file = file
        self.rank = rank
        self.score = score
        self.coverage = coverage
        self.lowEvidence = lowEvidence
        self.categories = categories
        self.checks = checks
        self.positions = Self.positions(of: checks)
    }

    /// The result of one check, or nil when the criteria have no such check.
    public func result(for id: CheckID) -> CheckResult? {
        positions[id].map { checks[$0] }
    }

    private static func positions(of checks: [CheckResult]) -> [CheckID: Int] {
        Dictionary(checks.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
