/// What the client's owner reads: who wins and by how much, the terms side by side, what to
/// negotiate, every check for every bid, and how the ranking was made — derived from a ranking,
/// ready for any renderer.
///
/// Terms and negotiation lists come from the criteria: every value check is a term, and the
/// checks marked `negotiable` (or in a negotiable category) are what to negotiate.
public struct ClientReport: Sendable {
    /// The scored, ordered bids.
    public var ranking: Ranking
    /// The criteria they were scored against.
    public var criteria: CriteriaSet
    /// The client's profile, if one was given.
    public var client: ClientProfile?
    /// Digests of every input, for the report's "how this was scored"; nil when not computed
    /// (the score formats do not show them).
    public var inputs: InputDigest?
    /// For an audit (one contract scored): its key dates, which the report leads with instead of
    /// a ranking of one.
    public var audit: ContractDates?
    /// Service levels recomputed from the incumbent's ticket exports, when given.
    public var service: ServiceLevels?
    /// The bids held to an RFP: exclusions, costs, price and the ranking's robustness.
    public var rfp: RFPEvaluation?
    /// Evaluators' overrides applied over the automatic verdicts, oldest first: the audit trail.
    public var overrides: [EvaluatorOverride] = []
    /// Set in a blind review: bids are under codes, and the report says so.
    public var blind = false

    /// - Parameters:
    ///   - ranking: The scored, ordered bids.
    ///   - criteria: The criteria they were scored against.
    ///   - client: The client's profile, if one was given.
    ///   - inputs: Digests of the inputs, for reports that let a reader reproduce them.
    ///   - audit: The key dates of the one contract scored, for an audit report.
    public init(ranking: Ranking, criteria: CriteriaSet, client: ClientProfile?, inputs: InputDigest? = nil, audit: ContractDates? = nil) {
        self.audit = audit
        self.ranking = ranking
        self.criteria = criteria
        self.client = client
        self.inputs = inputs
    }

    /// The report of a review: its ranking, the RFP held to, the overrides applied, and, when
    /// blind, the inputs under the bids' codes.
    public init(_ reviewed: BidReview.Reviewed, criteria: CriteriaSet, client: ClientProfile?, inputs: InputDigest? = nil,
                audit: ContractDates? = nil) {
        self.init(ranking: reviewed.ranking, criteria: criteria, client: client,
                  inputs: reviewed.blind.flatMap { codes in inputs?.renamed(codes.redact) } ?? inputs, audit: audit)
        rfp = reviewed.rfp
        overrides = reviewed.overrides
        blind = reviewed.blind != nil
    }

    /// What a blind report says of itself.
    public static let blindNote = "Blind review: bids are under codes and their company names are redacted in every quote; the key is kept apart."

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

    /// How many leading bids get a negotiation list.
    public static let negotiatedBids = 2

    /// One row of the terms table: a term and each bid's value (nil: not stated).
    public struct TermRow: Sendable {
        /// The value check the term comes from.
        public var id: CheckID
        /// The term's name, without the unit its check's title ends with.
        public var label: String
        /// The unit, which also says how a value is written.
        public var unit: ValueUnit
        /// Each bid's value and outcome, in ranking order.
        public var values: [(bid: String, value: Double?, outcome: Outcome)]
    }

    /// Every value check, in criteria order, with each bid's figure.
    public var terms: [TermRow] {
        criteria.allChecks.compactMap { check in
            guard let unit = check.valueUnit else { return nil }
            let values = ranking.proposals.map { proposal -> (String, Double?, Outcome) in
                let result = proposal.result(for: check.id)
                return (proposal.name, result?.value, result?.outcome ?? .unknown)
            }
            return TermRow(id: check.id, label: check.label, unit: unit, values: values)
        }
    }

    /// Points to raise with a leading bidder: its failed negotiable checks, heaviest first.
    public struct Negotiation: Sendable {
        /// The bid to negotiate with.
        public var bid: ProposalScore
        /// Failed or partly met, heaviest first.
        public var items: [CheckResult]
        /// Not stated at all: to ask about before signing.
        public var unstated: [CheckResult]
    }

    /// A negotiation list for each of the leading substantive bids.
    public var negotiations: [Negotiation] {
        // An audit ranks nothing, so the one contract is negotiated however little it says.
        ranking.proposals.filter { !$0.lowEvidence || audit != nil }.prefix(Self.negotiatedBids).map { proposal in
            let negotiable = proposal.checks.filter { criteria.check($0.id)?.negotiable == true }
            let items = negotiable
                .filter { $0.outcome == .fail || $0.outcome == .partial }
                .sorted { ($0.outcome == .fail ? 0 : 1, -$0.effectiveWeight, $0.id) < ($1.outcome == .fail ? 0 : 1, -$1.effectiveWeight, $1.id) }
            let unstated = negotiable
                .filter { $0.outcome == .unknown }
                .sorted { (-$0.effectiveWeight, $0.id) < (-$1.effectiveWeight, $1.id) }
            return Negotiation(bid: proposal, items: items, unstated: unstated)
        }
    }

    /// What the bid should be asked for on a check: "Ask: …" as the criteria state it, else why
    /// the check matters.
    public func ask(for result: CheckResult) -> String {
        if let ask = result.openAsk { return Self.askLead + ask }
        return criteria.check(result.id)?.rationale ?? result.rationale
    }

    /// The lead-in of an ask, in every report.
    public static let askLead = "Ask: "
}

// The report's sentences, written once for every renderer; `naming` is how a renderer quotes a
// bid's name (Markdown escapes it, HTML leaves escaping to Plot).
extension ClientReport {
    /// " — 3.2 points ahead of Summit (68.2)", or ", the only substantive bid".
    public func marginClause(naming: (String) -> String = { $0 }) -> String {
        guard let runnerUp else { return ", the only substantive bid" }
        return " — \((margin ?? 0).oneDecimal) points ahead of \(naming(runnerUp.name)) (\(runnerUp.score.oneDecimal))"
    }

    /// The summary when every bid is low-evidence.
    public static let noLeader = "No bid said enough to be ranked on its merits; every bid is low-evidence."

    /// The categories holding negotiable checks, by id: "lock-in or service".
    public func negotiableTopics(joinedBy conjunction: String) -> String {
        let ids = criteria.categories.filter { $0.checks.contains(where: \.negotiable) }.map(\.id)
        guard let last = ids.last else { return "negotiable" }
        return ids.count == 1 ? last : ids.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }

    /// Under "What to negotiate", for a bid with nothing against the client.
    public var nothingToNegotiate: String { "No \(negotiableTopics(joinedBy: "or")) term stated against the client." }

    /// What the negotiation lists hold.
    public var negotiationNote: String {
        let topics = negotiableTopics(joinedBy: "and")
        return topics.prefix(1).uppercased() + topics.dropFirst() + " terms the leading bids fail or only partly meet, heaviest first."
    }

    /// The lead-in of the list of negotiable checks a bid said nothing about.
    public static let unstatedLead = "Not stated — ask before signing: "

    /// How a list names a check: its title without the unit a value check's title ends with,
    /// since a list shows no figure for the unit to describe.
    public func label(of result: CheckResult) -> String {
        criteria.check(result.id)?.label ?? result.title
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
