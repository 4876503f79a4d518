/// A bid held against an RFP's must-haves: those it fails (it is excluded, not ranked) and those it
/// does not address (excluded or listed for clarification, as the RFP says).
public struct Screening: Sendable {
    /// One must-have and what the bid said to it.
    public struct Finding: Sendable {
        /// The must-have held against the bid.
        public var mustHave: MustHave
        /// The check's verdict on the bid.
        public var outcome: Outcome
        /// Its figure, for a check that reads one.
        public var value: Double?
        /// The sentence the verdict rests on; nil when the bid does not address it.
        public var quote: Evidence?
    }

    /// The bid's name.
    public var bid: String
    /// Must-haves failed: the bid is excluded.
    public var failed: [Finding]
    /// Must-haves not addressed, under the RFP's `clarify` rule: the bid is ranked but flagged.
    public var unclear: [Finding]

    /// Whether the bid is left out of the ranking.
    public var excluded: Bool { !failed.isEmpty }

    /// Screens `proposal` against `rfp`'s must-haves.
    public init(_ proposal: ProposalScore, rfp: RFP) {
        bid = proposal.name
        failed = []
        unclear = []
        for mustHave in rfp.mustHaves {
            guard let result = proposal.result(for: mustHave.check) else { continue }
            let quote = result.decidingEvidence ?? result.evidence.first { $0.bearing != .hint } ?? result.evidence.first
            let finding = Finding(mustHave: mustHave, outcome: result.outcome, value: result.value, quote: result.outcome == .unknown ? nil : quote)
            switch Self.meets(mustHave.bar, result) {
            case true?: continue
            case false?: failed.append(finding)
            case nil: if rfp.unknownMustHave == .fail { failed.append(finding) } else { unclear.append(finding) }
            }
        }
    }

    /// Whether `result` meets `bar`; nil when the bid does not say.
    static func meets(_ bar: MustHave.Bar, _ result: CheckResult) -> Bool? {
        guard result.outcome != .unknown else { return nil }
        switch bar {
        case .outcome(let outcome): return result.outcome == outcome
        case .notFail: return result.outcome != .fail
        case .atMost(let limit): return result.value.map { $0 <= limit }
        case .atLeast(let limit): return result.value.map { $0 >= limit }
        }
    }
}
