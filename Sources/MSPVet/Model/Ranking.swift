/// Proposals in the order a client should read them, and what they were measured against.
public struct Ranking: Sendable {
    public var proposals: [ProposalScore]
    public var clientName: String?
    public var policy: ScoringPolicy

    /// The leading substantive bid, if any.
    public var winner: ProposalScore? { proposals.first { !$0.lowEvidence } }
}
