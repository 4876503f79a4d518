/// Scores proposals against a criteria set and ranks them.
///
/// Per check an outcome and a 0–1 score; a category's score is the weighted mean of its checks;
/// the total is the weighted mean of categories × 100. Unaddressed checks score their
/// `unaddressed` value and do not count towards coverage.
public struct Scorer: Sendable {
    /// The checks and weights proposals are scored against.
    public var criteria: CriteriaSet
    /// The client's profile, for checks that compare a bid with the client's stack.
    public var client: ClientProfile?
    /// When a bid has too little evidence to be ranked on its merits.
    public var policy: ScoringPolicy
    /// Evaluators' overrides, applied over the automatic verdicts before anything is scored.
    public var adjudication: Adjudication?
    var finder = EvidenceFinder()

    /// - Parameters:
    ///   - criteria: The checks and weights to score against.
    ///   - client: The client's profile, for checks that compare a bid with the client's stack.
    ///   - policy: When a bid has too little evidence to rank on its merits.
    public init(criteria: CriteriaSet, client: ClientProfile? = nil, policy: ScoringPolicy = .standard) {
        self.criteria = criteria
        self.client = client
        self.policy = policy
    }

    var evaluator: CheckEvaluator {
        var evaluator = CheckEvaluator(criteria: criteria, client: client)
        evaluator.finder = finder
        evaluator.adjudication = adjudication
        return evaluator
    }

    /// Every check's result for one proposal, in criteria order.
    public func evaluate(_ document: ProposalDocument) -> [CheckResult] {
        evaluator.evaluateAll(document)
    }

    /// One check's result, evaluating only the checks it reads; nil for an id the criteria lack.
    public func evaluate(_ id: CheckID, in document: ProposalDocument) -> CheckResult? {
        evaluator.evaluate(id, in: document)
    }

    /// One proposal's total, category and check scores, unranked.
    public func score(_ document: ProposalDocument) -> ProposalScore {
        let results = evaluate(document)
        let shares = criteria.categoryShares
        let byCategory = Dictionary(grouping: results, by: \.id.category)
        var categories: [ProposalScore.CategoryScore] = []
        // The share of its weight the best-covered category addresses, for the low-evidence rule.
        var bestCategoryCoverage = 0.0
        for category in criteria.categories {
            let checks = byCategory[category.id] ?? []
            let score = checks.reduce(0) { $0 + $1.score * (criteria.checkShares[$1.id] ?? 0) }
            categories.append(.init(id: category.id, title: category.title, score: score, effectiveWeight: shares[category.id] ?? 0))
            let weight = checks.reduce(0) { $0 + $1.effectiveWeight }
            if weight > 0 {
                bestCategoryCoverage = max(bestCategoryCoverage, checks.filter { $0.outcome != .unknown }.reduce(0) { $0 + $1.effectiveWeight } / weight)
            }
        }
        let total = categories.reduce(0) { $0 + $1.score * $1.effectiveWeight } * 100
        let coverage = results.filter { $0.outcome != .unknown }.reduce(0) { $0 + $1.effectiveWeight }
        let lowEvidence = policy.isLowEvidence(coverage: coverage, sentences: document.sentences.count,
                                               bestCategoryCoverage: bestCategoryCoverage)
        return ProposalScore(name: document.name, file: document.path, rank: 0, score: total, coverage: coverage,
                             lowEvidence: lowEvidence, categories: categories, checks: results)
    }

    /// Scores and orders proposals: substantive bids by score, then low-evidence bids by score;
    /// ties go to the name, so the order never depends on the order files were given in.
    ///
    /// - Parameter documents: The proposals, in any order.
    /// - Returns: The ranking, each proposal with its 1-based rank.
    public func rank(_ documents: [ProposalDocument]) -> Ranking {
        rank(scores: documents.map(score))
    }

    /// Ranks scores already computed, in the same order.
    public func rank(scores: [ProposalScore]) -> Ranking {
        let ordered = scores.sorted { Ranking.precedes($0, total: $0.score, $1, otherTotal: $1.score) }
        let ranked = ordered.enumerated().map { index, proposal in
            var copy = proposal
            copy.rank = index + 1
            return copy
        }
        return Ranking(proposals: ranked, clientName: client?.name, policy: policy)
    }
}
