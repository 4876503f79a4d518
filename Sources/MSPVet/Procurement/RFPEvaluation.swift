/// A ranking held to an RFP, as a procurement would defend it: bids failing a must-have excluded
/// with the reason and the quote; each bid's cost over the horizon, line by line; price scored on
/// an absolute scale between the budget cap and floor, so no bid's price moves another's score;
/// and how far the weights could move before the leader changes.
public struct RFPEvaluation: Sendable {
    /// One bid under the RFP.
    public struct Bid: Sendable {
        /// Its quality scores, under the RFP's weights.
        public var proposal: ProposalScore
        /// Its must-haves.
        public var screening: Screening
        /// Its cost for the RFP's seats; nil without a per-user price.
        public var cost: BidCost?
        /// Its cost in each of the RFP's seat scenarios.
        public var scenarios: [(name: String, seats: Int, total: Double?)]
        /// Price on the absolute scale: 1 at or under the floor, 0 at or over the cap, 0 without a price.
        public var priceScore: Double
        /// Quality × (1 − price weight) + price × price weight, out of 100.
        public var total: Double
    }

    /// The RFP.
    public var rfp: RFP
    /// Bids ranked: substantive ones by total, then low-evidence ones; excluded bids are not here.
    public var ranked: [Bid]
    /// Bids that failed a must-have, in the order they were given.
    public var excluded: [Bid]
    /// How robust the leader is to the weights; nil when no substantive bid is ranked.
    public var sensitivity: WeightSensitivity?
    /// Price sealed until quality scoring is done (the two-envelope method): no cost is shown and
    /// the ranking is on quality alone.
    public var priceSealed: Bool

    /// Evaluates `ranking` (scored with the RFP's weights applied to `criteria`) against `rfp`,
    /// costing a bid from `prices` where an evaluator stated what the bid's tables hold.
    /// With `sealPrice`, price stays in its envelope: bids are ranked on quality alone.
    public init(ranking: Ranking, criteria: CriteriaSet, rfp: RFP, prices: [StatedPrice] = [], sealPrice: Bool = false) {
        var rfp = rfp
        priceSealed = sealPrice
        if sealPrice { rfp.priceWeight = 0 }
        self.rfp = rfp
        let stated = Dictionary(prices.map { ($0.bid, $0) }, uniquingKeysWith: { first, _ in first })
        let bids = ranking.proposals.map { proposal -> Bid in
            let cost = sealPrice ? nil : BidCost(proposal, seats: rfp.seats, rfp: rfp, stated: stated[proposal.name])
            let priceScore = cost.map { Self.priceScore($0.total, rfp: rfp) } ?? 0
            let scenarios = sealPrice ? [] : rfp.scenarios.map { ($0.name, $0.seats, BidCost(proposal, seats: $0.seats, rfp: rfp, stated: stated[proposal.name])?.total) }
            return Bid(proposal: proposal, screening: Screening(proposal, rfp: rfp), cost: cost, scenarios: scenarios, priceScore: priceScore,
                       total: proposal.score * (1 - rfp.priceWeight) + priceScore * 100 * rfp.priceWeight)
        }
        excluded = bids.filter(\.screening.excluded)
        ranked = bids.filter { !$0.screening.excluded }.sorted { Ranking.precedes($0.proposal, total: $0.total, $1.proposal, otherTotal: $1.total) }
        let substantive = ranked.filter { !$0.proposal.lowEvidence }
        let weights = criteria.categories.map { ($0.id, (criteria.categoryShares[$0.id] ?? 0) * (1 - rfp.priceWeight)) }
            + (rfp.priceWeight > 0 ? [("price", rfp.priceWeight)] : [])
        sensitivity = WeightSensitivity(bids: substantive.map { bid in
            var scores = Dictionary(uniqueKeysWithValues: bid.proposal.categories.map { ($0.id, $0.score) })
            scores["price"] = bid.priceScore
            return (bid.proposal.name, scores)
        }, weights: weights)
    }

    /// Price on the absolute scale between the RFP's floor (1) and cap (0): a bid's score depends
    /// on its own total only, so a $0 bid or an outlier cannot reorder the others.
    public static func priceScore(_ total: Double, rfp: RFP) -> Double {
        min(1, max(0, (rfp.budgetCap - total) / (rfp.budgetCap - rfp.priceFloor)))
    }
}
