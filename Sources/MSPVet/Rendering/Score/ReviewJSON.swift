/// What a review adds to the JSON ranking (`Schemas/score.schema.json`): `blind`, `rfp` and
/// `overrides` beside `proposals`, each only when used, so a plain ranking's shape is unchanged.
struct ReviewJSON: Encodable {
    var blind: Bool
    var rfp: RFPJSON?
    var overrides: [Entry]

    init?(_ report: ClientReport) {
        guard report.blind || report.rfp != nil || !report.overrides.isEmpty else { return nil }
        blind = report.blind
        rfp = report.rfp.map(RFPJSON.init)
        overrides = report.overrides.map(Entry.init)
    }

    enum CodingKeys: String, CodingKey { case blind, rfp, overrides }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if blind { try container.encode(blind, forKey: .blind) }
        if let rfp { try container.encode(rfp, forKey: .rfp) }
        if !overrides.isEmpty { try container.encode(overrides, forKey: .overrides) }
    }

    /// One line of the audit trail.
    struct Entry: Encodable {
        var date: String
        var evaluator: String
        var consensus: Bool
        var bid: String
        var check: String
        var outcome: String?
        var value: Double?
        var why: String
        var file: String
        var line: Int

        init(_ override: EvaluatorOverride) {
            date = override.date.iso
            evaluator = override.evaluator
            consensus = override.consensus
            bid = override.bid
            check = override.check.description
            outcome = override.outcome?.rawValue
            value = override.value
            why = override.note
            file = override.location.file
            line = override.location.line
        }
    }

    /// A check's override, inside the check.
    struct Override: Encodable {
        var decidedBy: String
        var disputed: Bool
        var automaticOutcome: String
        var automaticValue: Double?
        var automaticRationale: String
        var evaluators: [Entry]

        init(_ applied: AppliedOverride) {
            decidedBy = applied.decidedBy
            disputed = applied.disputed
            automaticOutcome = applied.automaticOutcome.rawValue
            automaticValue = applied.automaticValue
            automaticRationale = applied.automaticRationale
            evaluators = applied.overrides.map(Entry.init)
        }
    }
}

/// The RFP's ranking, exclusions, costs and sensitivity, as JSON.
struct RFPJSON: Encodable {
    var file: String
    var seats: Int
    var horizonMonths: Int
    var budgetCap: Double
    var priceFloor: Double
    var priceWeight: Double
    var priceSealed: Bool
    var ranked: [Bid]
    var excluded: [Bid]
    var sensitivity: Sensitivity?

    init(_ evaluation: RFPEvaluation) {
        let rfp = evaluation.rfp
        file = rfp.path
        seats = rfp.seats
        horizonMonths = rfp.horizonMonths
        budgetCap = rfp.budgetCap
        priceFloor = rfp.priceFloor
        priceWeight = rfp.priceWeight
        priceSealed = evaluation.priceSealed
        ranked = evaluation.ranked.enumerated().map { Bid($1, rank: $0 + 1) }
        excluded = evaluation.excluded.map { Bid($0, rank: nil) }
        sensitivity = evaluation.sensitivity.map(Sensitivity.init)
    }

    struct Bid: Encodable {
        var bid: String
        var rank: Int?
        var quality: Double
        var priceScore: Double?
        var total: Double
        var cost: Cost?
        var scenarios: [Scenario]
        var failed: [Finding]
        var unclear: [Finding]

        init(_ bid: RFPEvaluation.Bid, rank: Int?) {
            self.bid = bid.proposal.name
            self.rank = rank
            quality = bid.proposal.score.rounded(places: 1)
            priceScore = bid.cost == nil ? nil : (bid.priceScore * 100).rounded(places: 1)
            total = bid.total.rounded(places: 1)
            cost = bid.cost.map(Cost.init)
            scenarios = bid.scenarios.map { Scenario(name: $0.name, seats: $0.seats, total: $0.total?.rounded(places: 2)) }
            failed = bid.screening.failed.map(Finding.init)
            unclear = bid.screening.unclear.map(Finding.init)
        }
    }

    struct Cost: Encodable {
        var total: Double
        var lines: [Line]

        init(_ cost: BidCost) {
            total = cost.total.rounded(places: 2)
            lines = cost.lines.map(Line.init)
        }
    }

    struct Line: Encodable {
        var label: String
        var amount: Double
        var quote: Quote?
        var assumption: String?

        init(_ line: BidCost.Line) {
            label = line.label
            amount = line.amount.rounded(places: 2)
            quote = line.source.map(Quote.init)
            assumption = line.assumption
        }
    }

    struct Quote: Encodable {
        var text: String
        var file: String
        var page: Int?
        var line: Int

        init(_ evidence: Evidence) {
            text = evidence.text
            file = evidence.file
            page = evidence.page
            line = evidence.line
        }
    }

    struct Scenario: Encodable {
        var name: String
        var seats: Int
        var total: Double?
    }

    struct Finding: Encodable {
        var check: String
        var requirement: String
        var reason: String
        var outcome: String
        var value: Double?
        var quote: Quote?

        init(_ finding: Screening.Finding) {
            check = finding.mustHave.check.description
            requirement = finding.mustHave.requirement
            reason = finding.mustHave.reason
            outcome = finding.outcome.rawValue
            value = finding.value
            quote = finding.quote.map(Quote.init)
        }
    }

    struct Sensitivity: Encodable {
        var leader: String
        var robustness: Double
        var sentences: [String]
        var thresholds: [Threshold]
        var leaveOneOut: [Left]

        struct Threshold: Encodable {
            var category: String
            var share: Double
            var below: Change?
            var above: Change?
        }

        struct Change: Encodable {
            var share: Double
            var leader: String
        }

        struct Left: Encodable {
            var category: String
            var order: [String]
        }

        init(_ sensitivity: WeightSensitivity) {
            leader = sensitivity.leader
            robustness = sensitivity.robustness.rounded(places: 3)
            sentences = sensitivity.sentences
            thresholds = sensitivity.thresholds.map { threshold in
                Threshold(category: threshold.category, share: threshold.share.rounded(places: 4),
                          below: threshold.below.map { Change(share: $0.share.rounded(places: 4), leader: $0.leader) },
                          above: threshold.above.map { Change(share: $0.share.rounded(places: 4), leader: $0.leader) })
            }
            leaveOneOut = sensitivity.leaveOneOut.map { Left(category: $0.category, order: $0.order) }
        }
    }
}
