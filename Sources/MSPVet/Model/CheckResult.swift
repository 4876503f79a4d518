/// How one proposal fared on one check, with the evidence for it.
public struct CheckResult: Sendable {
    /// The check, as `category.check`.
    public var id: CheckID
    /// The check's title, as the criteria state it.
    public var title: String
    /// Whether the check looks for a red flag or a strength.
    public var polarity: Polarity
    /// Pass (in the client's favour), partial, fail, or not addressed.
    public var outcome: Outcome
    /// 0–1.
    public var score: Double
    /// The number a value check read (months, days, minutes, dollars), if any.
    public var value: Double?
    /// Every sentence that bore on the check, in document order.
    public var evidence: [Evidence]
    /// The one sentence that shows why the check came out as it did; every report quotes it.
    public var decidingEvidence: Evidence? {
        get { deciding?.evidence }
        set { deciding = newValue.map(DecidingBox.init) }
    }
    /// Boxed: most results have none, and an `Evidence` held inline made every result of a
    /// folder of contracts 176 bytes larger.
    private var deciding: DecidingBox?
    /// A sentence or two a client can read: the verdict, the deciding quote and why it matters.
    public var rationale: String
    /// What to request instead when the check fails or is not addressed, as the criteria state it.
    public var ask: String? = nil
    /// The ask still open for this bid: the check's ask unless the bid passed it.
    public var openAsk: String? { outcome == .pass ? nil : ask }
    /// The check's share of the total (category share × check share), 0–1.
    public var effectiveWeight: Double
    /// For a value check with `prefer-context`, the pattern the sentence its value came from
    /// matched: the value was read from the clause the check trusts most ("notice of
    /// non-renewal"), not from any clause that mentions the figure. Nil otherwise.
    public var preferredContext: String? = nil
    /// For a value check that reads priority tiers (`by-priority`), each tier's figure, most
    /// urgent first: "P1 15 min, P2 1 h, P3 4 h". Empty otherwise.
    public var byPriority: [PriorityFigure] = []
    /// Set when evaluators overrode the automatic verdict: what mspvet read and who decided
    /// otherwise, and why. `outcome`, `score` and `value` are then the evaluators'; `evidence`
    /// stays what the bid said.
    public var override: AppliedOverride? = nil
    /// How the rule reached the outcome, step by step, for `mspvet explain`.
    public var trace: [String]

    init(id: CheckID, title: String, polarity: Polarity, outcome: Outcome, score: Double, value: Double?,
         evidence: [Evidence], decidingEvidence: Evidence?, rationale: String, ask: String? = nil, effectiveWeight: Double,
         preferredContext: String? = nil, byPriority: [PriorityFigure] = [], override: AppliedOverride? = nil, trace: [String]) {
        self.id = id
        self.title = title
        self.polarity = polarity
        self.outcome = outcome
        self.score = score
        self.value = value
        self.evidence = evidence
        self.deciding = decidingEvidence.map(DecidingBox.init)
        self.rationale = rationale
        self.ask = ask
        self.effectiveWeight = effectiveWeight
        self.preferredContext = preferredContext
        self.byPriority = byPriority
        self.override = override
        self.trace = trace
    }

    /// Never changed once made, so sharing one between copies of a result keeps them values.
    private final class DecidingBox: Sendable {
        let evidence: Evidence

        init(_ evidence: Evidence) { self.evidence = evidence }
    }
}
