/// The behaviour of one kind of check: given a proposal, decide an outcome and quote the evidence.
///
/// Each kind is a small value type in a file of its own, registered in `CheckKind`.
protocol CheckRule: Sendable {
    /// Checks whose outcomes this rule reads; they are evaluated first.
    var references: [CheckReference] { get }
    /// The unit of the figure the rule reads, for kinds that read one.
    var valueUnit: ValueUnit? { get }
    /// How the rule decides, in a line, when its polarity alone does not say ("graded: at most 30
    /// days passes, above 60 fails").
    var explanation: String? { get }
    func evaluate(_ context: RuleContext) -> RuleVerdict
}

extension DecodableRule {
    static var defaultPolarity: Polarity? { nil }
}

extension CheckRule {
    var references: [CheckReference] { [] }
    var valueUnit: ValueUnit? { nil }
    var explanation: String? { nil }
}

/// A rule that can be read from a criteria file.
protocol DecodableRule: CheckRule {
    /// The keys this kind adds to a check's mapping.
    static var keys: [String] { get }
    /// The polarity a check of this kind has when its file states none; nil: it must state one.
    static var defaultPolarity: Polarity? { get }
    init(from mapping: YAMLMapping, context: RuleDecodingContext) throws
}

/// A check named inside another check's definition, and where.
struct CheckReference: Sendable, Hashable {
    var id: CheckID
    var location: SourceLocation
}

/// What a rule may look at while it evaluates one proposal.
struct RuleContext: Sendable {
    var document: ProposalDocument
    var polarity: Polarity
    var client: ClientProfile?
    var catalogue: PlatformCatalogue
    /// Outcomes of the checks evaluated so far (every referenced check among them).
    var results: [CheckID: CheckResult]
    var finder: EvidenceFinder
    /// Who the document's parties are, for rules that ask who holds a right or duty.
    var parties: PartyRoster
}

/// A rule's decision before weighting.
struct RuleVerdict: Sendable {
    var outcome: Outcome
    /// 0–1; nil means the outcome's standard score (or the check's unaddressed score).
    var score: Double?
    var value: Double?
    var evidence: [Evidence]
    var trace: [String]
    /// Which of `evidence` decided the outcome, when the rule knows (a value check: the sentence
    /// its value was read from); nil leaves the choice to the standard rule.
    var decidingIndex: Int?
    /// The `prefer-context` pattern the deciding sentence matched, when the rule has such patterns.
    var preferredContext: String?
    /// A value check's figure for each priority tier, when it reads them.
    var byPriority: [PriorityFigure]

    init(outcome: Outcome, score: Double? = nil, value: Double? = nil, evidence: [Evidence] = [], trace: [String] = [],
                decidingIndex: Int? = nil, preferredContext: String? = nil, byPriority: [PriorityFigure] = []) {
        self.outcome = outcome
        self.score = score
        self.value = value
        self.evidence = evidence
        self.trace = trace
        self.decidingIndex = decidingIndex
        self.preferredContext = preferredContext
        self.byPriority = byPriority
    }
}
