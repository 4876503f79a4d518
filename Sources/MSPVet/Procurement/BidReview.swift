import Foundation

/// One review of bids beyond the automatic verdicts: an RFP's must-haves, costs and weights,
/// evaluators' overrides, prices copied from tables mspvet could not read, a blind panel, and
/// price sealed until quality is scored.
public struct BidReview: Sendable {
    /// What the review produced, ready for a report.
    public struct Reviewed: Sendable {
        /// The bids ranked on the review's criteria, with overrides applied (under codes when blind).
        public var ranking: Ranking
        /// The bids held to the RFP, when one was given.
        public var rfp: RFPEvaluation?
        /// Every override applied, oldest first (bids under codes when blind).
        public var overrides: [EvaluatorOverride]
        /// The codes, when blind.
        public var blind: BlindReview?

        /// A rendered report as it may leave the review: when blind, with any company name a
        /// renderer took from elsewhere (a title, a path) redacted as well.
        public func release(_ data: Data) -> Data {
            blind?.redact(data) ?? data
        }
    }

    /// The RFP, if any.
    public var rfp: RFP?
    /// Every evaluator's overrides, from all their files.
    public var overrides: [EvaluatorOverride] = []
    /// Prices an evaluator stated for bids whose tables could not be read.
    public var prices: [StatedPrice] = []
    /// Bids under codes, their company names redacted.
    public var blind = false
    /// Price sealed: the pricing category left out and no cost shown.
    public var sealPrice = false

    /// A review under `rfp`, if one is given.
    public init(rfp: RFP? = nil) {
        self.rfp = rfp
    }

    /// The categories a sealed quality envelope leaves out.
    public static let priceCategories: Set<String> = ["pricing"]

    /// `criteria` as this review scores: the RFP's weights, without price when it is sealed.
    public func criteria(_ criteria: CriteriaSet) -> CriteriaSet {
        let weighted = rfp.map { criteria.reweighted($0.weights) } ?? criteria
        return sealPrice ? weighted.removing(categories: Self.priceCategories) : weighted
    }

    /// Scores `documents` on `criteria` (already shaped by ``criteria(_:)``), applies the
    /// overrides, holds the bids to the RFP and, for a blind review, puts them under codes.
    ///
    /// - Throws: A ``Diagnostic`` at the override or price naming a bid that was not scored.
    public func run(_ documents: [ProposalDocument], criteria: CriteriaSet, client: ClientProfile?,
                    policy: ScoringPolicy = .standard) throws -> Reviewed {
        let names = documents.map(\.name)
        if blind, documents.count < 2 {
            throw Diagnostic(.invalidValue, at: .start(of: documents.first?.path ?? "-"), "a blind review compares two or more bids")
        }
        try OverridesLoader.checkBids(overrides, among: names)
        for price in prices where !names.contains(price.bid) {
            throw Diagnostic(.unknownReference, at: price.location,
                             "no bid '\(price.bid)' among those scored\(Suggestion.hint(for: price.bid, among: names))")
        }
        var scorer = Scorer(criteria: criteria, client: client, policy: policy)
        let adjudication = Adjudication(overrides, rule: rfp?.overrideRule ?? .median)
        scorer.adjudication = adjudication
        var ranking = scorer.rank(documents)
        var trail = adjudication.trail
        var prices = prices
        let codes = blind ? BlindReview(documents: documents, clientName: client?.name) : nil
        if let codes {
            ranking = codes.redact(ranking)
            trail = codes.redact(trail)
            prices = codes.redact(prices)
        }
        let evaluation = rfp.map { RFPEvaluation(ranking: ranking, criteria: criteria, rfp: $0, prices: prices, sealPrice: sealPrice) }
        return Reviewed(ranking: ranking, rfp: evaluation, overrides: trail, blind: codes)
    }
}
