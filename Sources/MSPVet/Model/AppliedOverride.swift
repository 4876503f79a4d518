/// What evaluators decided on one check of one bid, and what mspvet had read before: a report
/// shows both, so a reader can weigh the evidence against the note.
public struct AppliedOverride: Sendable {
    /// The outcome mspvet read from the bid.
    public var automaticOutcome: Outcome
    /// The figure mspvet read, if any.
    public var automaticValue: Double?
    /// The automatic verdict's rationale, quote and all.
    public var automaticRationale: String
    /// Every override of this check for this bid, oldest first.
    public var overrides: [EvaluatorOverride]
    /// How the verdict was reached: "J. Ortiz, 2026-11-18", "consensus of 3 evaluators",
    /// "median of 2 evaluators (pass, fail)".
    public var decidedBy: String
    /// Whether the evaluators disagreed (their outcomes or figures differ).
    public var disputed: Bool

    /// A record of an override applied over an automatic verdict.
    public init(automaticOutcome: Outcome, automaticValue: Double?, automaticRationale: String, overrides: [EvaluatorOverride],
                decidedBy: String, disputed: Bool) {
        self.automaticOutcome = automaticOutcome
        self.automaticValue = automaticValue
        self.automaticRationale = automaticRationale
        self.overrides = overrides
        self.decidedBy = decidedBy
        self.disputed = disputed
    }

    /// Each evaluator's verdict in a line, for a disputed check: "J. Ortiz: pass; M. Chen: fail".
    public var spread: String {
        overrides.map { override in
            let verdict = [override.outcome?.rawValue, override.value?.compact].compactMap { $0 }.joined(separator: ", ")
            return "\(override.evaluator)\(override.consensus ? " (consensus)" : ""): \(verdict)"
        }.joined(separator: "; ")
    }
}
