/// The one rule for which quote shows why a check came out as it did. Every report quotes the
/// sentence this picks, so the rationale, the table, the HTML and the CSV never disagree.
enum DecidingEvidence {
    /// The sentence the rule picked, when it picked one (the one a value was read from, or a
    /// phrase rule's strongest match); otherwise the earliest evidence bearing the way the outcome
    /// went, or the earliest evidence at all.
    static func choose(for verdict: RuleVerdict) -> Evidence? {
        if let index = verdict.decidingIndex, verdict.evidence.indices.contains(index) {
            return verdict.evidence[index]
        }
        return verdict.evidence.first { $0.bearing == BearingVerdict.bearing(deciding: verdict.outcome) } ?? verdict.evidence.first
    }
}
