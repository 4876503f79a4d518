/// Proposals in the order a client should read them, and what they were measured against.
public struct Ranking: Sendable {
    /// The scored proposals, best first: substantive bids, then low-evidence bids.
    public var proposals: [ProposalScore]
    /// The client the bids were scored for, if a profile was given.
    public var clientName: String?
    /// The policy the ranking applied.
    public var policy: ScoringPolicy

    /// The leading substantive bid, if any.
    public var winner: ProposalScore? { proposals.first { !$0.lowEvidence } }

    /// Whether `proposal` is read before `other` when their totals are `total` and `otherTotal`:
    /// substantive bids before low-evidence ones, then the higher total as shown (so two bids
    /// shown alike are not ordered by a hidden decimal), then name and file, so the order never
    /// depends on the order files were given in.
    static func precedes(_ proposal: ProposalScore, total: Double, _ other: ProposalScore, otherTotal: Double) -> Bool {
        if proposal.lowEvidence != other.lowEvidence { return !proposal.lowEvidence }
        let (left, right) = (total.roundedForDisplay, otherTotal.roundedForDisplay)
        if left != right { return left > right }
        return (proposal.name, proposal.file) < (other.name, other.file)
    }
}
