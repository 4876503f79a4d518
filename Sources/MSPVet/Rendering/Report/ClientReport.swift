/// What the client's owner reads: who wins and by how much, the terms side by side, what to
/// negotiate, every check for every bid, and how the ranking was made — derived from a ranking,
/// ready for any renderer.
public struct ClientReport: Sendable {
    public var ranking: Ranking
    public var criteria: CriteriaSet
    public var client: ClientProfile?
    public var inputs: InputDigest

    public init(ranking: Ranking, criteria: CriteriaSet, client: ClientProfile?, inputs: InputDigest) {
        self.ranking = ranking
        self.criteria = criteria
        self.client = client
        self.inputs = inputs
    }

    /// The leading substantive bid.
    public var winner: ProposalScore? { ranking.winner }

    /// The next substantive bid after the winner.
    public var runnerUp: ProposalScore? {
        ranking.proposals.filter { !$0.lowEvidence }.dropFirst().first
    }

    /// Points between the winner and the runner-up.
    public var margin: Double? {
        guard let winner, let runnerUp else { return nil }
        return winner.score.roundedForDisplay - runnerUp.score.roundedForDisplay
    }

    /// The terms a client compares first, read from the value checks.
    public static let termChecks: [(id: String, label: String, unit: String)] = [
        ("lock-in.initial-term", "Initial term", "months"),
        ("lock-in.notice-period", "Notice to end or not renew", "days"),
        ("pricing.per-user-price", "Price per user per month", "dollars"),
        ("service.response-sla", "Fastest committed response", "minutes"),
    ]

    /// The categories whose failures are worth negotiating before signing.
    public static let negotiableCategories: Set<String> = ["lock-in", "service"]

    /// How many leading bids get a negotiation list.
    public static let negotiatedBids = 2

    /// One row of the terms table: a term and each bid's value (nil: not stated).
    public struct TermRow: Sendable {
        public var id: CheckID
        public var label: String
        public var unit: String
        public var values: [(bid: String, value: Double?, outcome: Outcome)]
    }

    public var terms: [TermRow] {
        Self.termChecks.compactMap { term in
            guard let id = CheckID(term.id), criteria.check(id) != nil else { return nil }
            let values = ranking.proposals.map { proposal -> (String, Double?, Outcome) in
                let result = proposal.result(for: id)
                return (proposal.name, result?.value, result?.outcome ?? .unknown)
            }
            return TermRow(id: id, label: term.label, unit: term.unit, values: values)
        }
    }

    /// Points to raise with a leading bidder: its failed lock-in and service checks, heaviest first.
    public struct Negotiation: Sendable {
        public var bid: ProposalScore
        /// Failed or partly met, heaviest first.
        public var items: [CheckResult]
        /// Not stated at all: to ask about before signing.
        public var unstated: [CheckResult]
    }

    public var negotiations: [Negotiation] {
        ranking.proposals.filter { !$0.lowEvidence }.prefix(Self.negotiatedBids).map { proposal in
            let items = proposal.checks
                .filter { Self.negotiableCategories.contains($0.id.category) && ($0.outcome == .fail || $0.outcome == .partial) }
                .sorted { ($0.outcome == .fail ? 0 : 1, -$0.effectiveWeight, $0.id) < ($1.outcome == .fail ? 0 : 1, -$1.effectiveWeight, $1.id) }
            let unstated = proposal.checks
                .filter { Self.negotiableCategories.contains($0.id.category) && $0.outcome == .unknown }
                .sorted { (-$0.effectiveWeight, $0.id) < (-$1.effectiveWeight, $1.id) }
            return Negotiation(bid: proposal, items: items, unstated: unstated)
        }
    }

    /// What the bid should be asked for on a check: the rationale, as the criteria state it.
    public func ask(for result: CheckResult) -> String {
        criteria.check(result.id)?.rationale ?? result.rationale
    }
}

extension ClientReport {
    /// A value with its unit, as a reader writes it: "36 months", "$189", "15 min".
    public static func format(_ value: Double?, unit: String) -> String {
        guard let value else { return "not stated" }
        switch unit {
        case "dollars": return "$" + value.compact
        case "minutes": return value >= 60 && value.truncatingRemainder(dividingBy: 60) == 0 ? "\((value / 60).compact) h" : "\(value.compact) min"
        case "months": return value == 1 ? "month-to-month" : "\(value.compact) months"
        default: return "\(value.compact) \(unit)"
        }
    }

    /// The symbol and word for an outcome, so no report relies on colour alone.
    public static func mark(_ outcome: Outcome) -> (symbol: String, word: String) {
        switch outcome {
        case .pass: ("✓", "pass")
        case .partial: ("◐", "partial")
        case .fail: ("✗", "fail")
        case .unknown: ("?", "not addressed")
        }
    }
}
