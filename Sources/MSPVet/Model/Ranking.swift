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
}
