/// One weighted question asked of every proposal, such as "does the contract renew automatically?".
public struct Check: Sendable {
    public var id: CheckID
    public var title: String
    public var kind: CheckKind
    /// Relative to the other checks of its category; normalised, so weights need not sum to anything.
    public var weight: Double
    public var polarity: Polarity
    /// Why the check matters, in words a client can read; reports quote it.
    public var rationale: String
    /// The score (0–1) a proposal gets when it does not address the check.
    public var unaddressedScore: Double
    public var rule: any CheckRule
    public var examples: [CheckExample]
    public var location: SourceLocation
}
