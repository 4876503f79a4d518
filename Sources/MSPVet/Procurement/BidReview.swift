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
        /// renderer took from elsewhere (a title, a path) redacted as well. A workbook is
        /// compressed and passes as it is; its cells come from the blind structure alone.
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
        let scorer = try prepare(bids: documents.map(\.name), criteria: criteria, client: client, policy: policy)
        return finish(scorer.rank(documents), trail: scorer.adjudication?.trail ?? [], criteria: criteria,
                      blindBids: blind ? documents.map { BlindReview.bid($0, clientName: client?.name) } : nil)
    }

    /// The same from files, read and scored `jobs` at a time and each dropped once scored; files
    /// that cannot be read are returned with their diagnostics, in the order given, and left out.
    /// `finished` is told of each file as it is done.
    public func run(paths: [String], reader: ProposalReader, jobs: Int = FileScoring.defaultJobs, criteria: CriteriaSet,
                    client: ClientProfile?, policy: ScoringPolicy = .standard, finished: (@Sendable (String) -> Void)? = nil) throws
        -> (reviewed: Reviewed, read: [String], unreadable: [Diagnostic], warnings: [Diagnostic]) {
        let scorer = try prepare(bids: paths.map(ProposalDocument.name(forPath:)), criteria: criteria, client: client, policy: policy)
        let clientName = client?.name
        let blind = blind
        let files = scorer.score(paths: paths, reader: reader, jobs: jobs, finished: finished) { document in
            blind ? BlindReview.bid(document, clientName: clientName) : nil
        }
        var scored: [ScoredFile<(name: String, file: String, names: [String])?>] = []
        var read: [String] = []
        var unreadable: [Diagnostic] = []
        for (path, file) in zip(paths, files) {
            switch file {
            case .success(let done):
                scored.append(done)
                read.append(path)
            case .failure(let diagnostic):
                unreadable.append(diagnostic)
            }
        }
        let reviewed = finish(scorer.rank(scores: scored.map(\.score)), trail: scorer.adjudication?.trail ?? [], criteria: criteria,
                              blindBids: blind ? scored.compactMap(\.extra) : nil)
        return (reviewed, read, unreadable, scored.flatMap(\.warnings))
    }

    /// The scorer with the overrides in place, once every override and price names a bid given.
    private func prepare(bids names: [String], criteria: CriteriaSet, client: ClientProfile?, policy: ScoringPolicy) throws -> Scorer {
        if blind, names.count < 2 {
            throw Diagnostic(.invalidValue, at: .start(of: names.first ?? "-"), "a blind review compares two or more bids")
        }
        // An override or a price naming a bid not scored is refused, not silently dropped:
        // a typo would otherwise leave the verdict or the cost as read.
        let named = overrides.map { ($0.bid, $0.location) } + prices.map { ($0.bid, $0.location) }
        for (bid, location) in named where !names.contains(bid) {
            throw Diagnostic(.unknownReference, at: location, "no bid '\(bid)' among those scored\(Suggestion.hint(for: bid, among: names))")
        }
        var scorer = Scorer(criteria: criteria, client: client, policy: policy)
        scorer.adjudication = Adjudication(overrides, rule: rfp?.overrideRule ?? .median)
        return scorer
    }

    private func finish(_ ranking: Ranking, trail: [EvaluatorOverride], criteria: CriteriaSet,
                        blindBids: [(name: String, file: String, names: [String])]?) -> Reviewed {
        var ranking = ranking
        var trail = trail
        var prices = prices
        let codes = blindBids.map { BlindReview(bids: $0) }
        if let codes {
            ranking = codes.redact(ranking)
            trail = codes.redact(trail)
            prices = codes.redact(prices)
        }
        let evaluation = rfp.map { RFPEvaluation(ranking: ranking, criteria: criteria, rfp: $0, prices: prices, sealPrice: sealPrice) }
        return Reviewed(ranking: ranking, rfp: evaluation, overrides: trail, blind: codes)
    }
}
