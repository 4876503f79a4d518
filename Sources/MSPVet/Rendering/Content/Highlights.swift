/// What a reader should see first about one proposal: the verdicts evaluators overrode, its
/// strongest points, the red flags it rules out, its red flags, and what it left partly or wholly
/// unaddressed — each ordered by weight, each check in one group only.
struct Highlights {
    static let limit = 4

    var overridden: [CheckResult]
    var strengths: [CheckResult]
    var ruledOut: [CheckResult]
    var redFlags: [CheckResult]
    var partial: [CheckResult]
    var unaddressed: [CheckResult]

    init(_ proposal: ProposalScore) {
        let sorted = proposal.checks.sorted { ($0.effectiveWeight, $1.id) > ($1.effectiveWeight, $0.id) }
        // An overridden verdict is shown with its note, whatever it came to and whether or not the bid said anything.
        overridden = sorted.filter { $0.override != nil }
        let byWeight = sorted.filter { $0.override == nil }
        let passed = byWeight.filter { $0.outcome == .pass && !$0.evidence.isEmpty }
        strengths = Array(passed.filter { $0.polarity == .strength }.prefix(Self.limit))
        ruledOut = Array(passed.filter { $0.polarity == .redFlag }.prefix(Self.limit))
        redFlags = byWeight.filter { $0.outcome == .fail }
        partial = byWeight.filter { $0.outcome == .partial }
        unaddressed = byWeight.filter { $0.outcome == .unknown }
    }

}
