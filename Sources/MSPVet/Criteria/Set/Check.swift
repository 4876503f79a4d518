/// One weighted question asked of every proposal, such as "does the contract renew automatically?".
public struct Check: Sendable {
    /// The id, `category.check`.
    public var id: CheckID
    /// The title reports show.
    public var title: String
    /// How the check decides: phrase, value, condition or platform migration.
    public var kind: CheckKind
    /// Relative to the other checks of its category; normalised, so weights need not sum to anything.
    public var weight: Double
    /// Whether it looks for a red flag or a strength; a value check is graded either way.
    public var polarity: Polarity
    /// Why the check matters, in words a client can read; reports quote it.
    public var rationale: String
    /// What the client should request instead when the check fails or is not addressed ("notice
    /// of 30 days at most"); reports show it beside the quote. Nil when the criteria give none.
    public var ask: String?
    /// The score (0–1) a proposal gets when it does not address the check.
    public var unaddressedScore: Double
    /// Whether a failure here is listed under "What to negotiate"; its category's setting unless
    /// the check states its own.
    public var negotiable: Bool
    var rule: any CheckRule
    /// The examples written beside it, which must and must not trigger.
    public var examples: [CheckExample]
    /// Where the check is defined.
    public var location: SourceLocation

    /// The unit a value check reads, so reports can show its figure ("36 months"); nil for the
    /// kinds that read no figure.
    public var valueUnit: ValueUnit? { rule.valueUnit }

    /// Whether a smaller figure is better for the client: less notice, a shorter term, a smaller
    /// price rise; nil for the kinds that read no figure. A red flag's figure is the size of the
    /// harm, so smaller is better.
    public var lowerValueIsBetter: Bool? {
        guard valueUnit != nil else { return nil }
        if let value = rule as? ValueRule { return value.grading.direction == .lowerIsBetter }
        return polarity == .redFlag
    }

    /// The title without the unit a value check's title ends with: "Initial term (months)" is
    /// shown as "Initial term" beside "36 months".
    public var label: String {
        guard let unit = valueUnit, title.hasSuffix(" (\(unit.rawValue))") else { return title }
        return String(title.dropLast(unit.rawValue.count + 3))
    }
}
