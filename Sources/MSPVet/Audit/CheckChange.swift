/// One check whose verdict differs between two versions of a contract: "Notice to end or not
/// renew: 90 days → 120 days", with the sentence each version was judged on.
public struct CheckChange: Sendable, Hashable {
    /// One version's verdict.
    public struct Side: Sendable, Hashable {
        /// Pass, partial, fail or not addressed.
        public var outcome: Outcome
        /// The check's 0–1 score.
        public var score: Double
        /// The figure read, for a check that reads one.
        public var value: Double?
        /// The sentence the verdict rests on; nil when the version does not address the check.
        public var quote: Evidence?

        /// A verdict as given.
        public init(outcome: Outcome, score: Double, value: Double?, quote: Evidence?) {
            self.outcome = outcome
            self.score = score
            self.value = value
            self.quote = quote
        }

        /// The verdict of `result`, quoting the sentence that decided it.
        public init(_ result: CheckResult) {
            let quote = result.decidingEvidence ?? result.evidence.first { $0.bearing != .hint } ?? result.evidence.first
            self.init(outcome: result.outcome, score: result.score, value: result.value, quote: quote)
        }
    }

    /// Which way a change goes for the client.
    public enum Direction: String, Sendable, Hashable {
        case worse, better, neutral
    }

    /// The check, `category.check`.
    public var id: CheckID
    /// The check's name without a unit: "Notice to end or not renew".
    public var label: String
    /// The unit a value check reads, to write its figures.
    public var unit: ValueUnit?
    /// Whether a smaller figure is better for the client; nil for a check without a figure.
    public var lowerIsBetter: Bool?
    /// The version in force.
    public var before: Side
    /// The new version.
    public var after: Side

    /// A change between two verdicts on one check.
    public init(id: CheckID, label: String, unit: ValueUnit?, lowerIsBetter: Bool?, before: Side, after: Side) {
        self.id = id
        self.label = label
        self.unit = unit
        self.lowerIsBetter = lowerIsBetter
        self.before = before
        self.after = after
    }

    /// Worse when the outcome drops (pass → partial → fail), else when the score drops, else when
    /// the figure moves the wrong way: 90 → 120 days' notice is worse though both fail.
    public var direction: Direction {
        let rank: [Outcome: Int] = [.fail: 0, .partial: 1, .pass: 2]
        if let was = rank[before.outcome], let now = rank[after.outcome], was != now {
            return now < was ? .worse : .better
        }
        if before.score.isFinite, after.score.isFinite, abs(after.score - before.score) > 1e-9 {
            return after.score < before.score ? .worse : .better
        }
        if let lowerIsBetter, let was = before.value, let now = after.value, was != now {
            return (now < was) == lowerIsBetter ? .better : .worse
        }
        return .neutral
    }

    /// "90 days → 120 days (fail → fail)", or "pass → fail" for a check without a figure. A
    /// verdict without a figure reads "none" when it passed (no price rise at all) and "no figure"
    /// otherwise.
    public var change: String {
        let outcomes = "\(Self.word(before.outcome)) → \(Self.word(after.outcome))"
        guard let unit, before.value != nil || after.value != nil, before.value != after.value else { return outcomes }
        return "\(Self.figure(before, unit)) → \(Self.figure(after, unit)) (\(outcomes))"
    }

    private static func figure(_ side: Side, _ unit: ValueUnit) -> String {
        if side.value != nil || side.outcome == .unknown { return unit.format(side.value) }
        return side.outcome == .pass ? "none" : "no figure"
    }

    static func word(_ outcome: Outcome) -> String {
        outcome == .unknown ? "not stated" : outcome.rawValue
    }
}
