import ArgumentParser
import Foundation
import MSPVet

/// How bids are reviewed beyond the automatic verdicts: shared by `score` and `report`.
struct ReviewOptions: ParsableArguments {
    @Option(name: .customLong("rfp"), help: ArgumentHelp(
        "An RFP (YAML: seats, horizon, budget, must-haves, weights): excludes bids that fail a must-have, costs each over the horizon, scores price absolutely and shows how robust the ranking is.",
        valueName: "file"))
    var rfpPath: String?

    @Option(name: .customLong("overrides"), help: ArgumentHelp(
        "An evaluator's overrides (YAML: evaluator, and per bid and check an outcome or figure, a date and why); repeat to combine evaluators.",
        discussion: "Where evaluators disagree, the RFP's override-rule decides: consensus (the file marked consensus: true wins) or median.",
        valueName: "file"))
    var overridePaths: [String] = []

    @Option(name: .customLong("prices"), help: ArgumentHelp(
        "Prices copied from tables mspvet could not read (YAML: per bid per-user-month, one-time, hourly-rate, escalation-percent and source); needs --rfp.",
        valueName: "file"))
    var pricesPath: String?

    @Flag(name: .customLong("blind"), help: ArgumentHelp(
        "Put bids under codes (Bid A, Bid B, …) and redact their company names in every quote; needs --blind-key."))
    var blind = false

    @Option(name: .customLong("blind-key"), help: ArgumentHelp(
        "Where a blind review writes its key (CSV: code, bid, file, names redacted); never an input file.", valueName: "file"))
    var blindKeyPath: String?

    @Flag(name: .customLong("hide-price"), help: ArgumentHelp(
        "Seal price until quality is scored (two-envelope): leave out the pricing category and every cost; needs --rfp."))
    var hidePrice = false

    func validate() throws {
        if blind, blindKeyPath == nil { throw ValidationError("--blind needs --blind-key FILE for the key to the codes") }
        if blindKeyPath != nil, !blind { throw ValidationError("--blind-key applies with --blind only") }
        if pricesPath != nil, rfpPath == nil { throw ValidationError("--prices needs --rfp: prices are costed over its horizon") }
        if hidePrice, rfpPath == nil { throw ValidationError("--hide-price needs --rfp") }
        if hidePrice, pricesPath != nil { throw ValidationError("--hide-price seals price; leave out --prices until it is opened") }
    }

    /// The files the review reads, which no output may overwrite.
    var inputs: [String] { (rfpPath.map { [$0] } ?? []) + overridePaths + (pricesPath.map { [$0] } ?? []) }

    /// The review the options describe, its files read and checked against `criteria`.
    func load(criteria: CriteriaSet) throws -> BidReview {
        var review = BidReview(rfp: try rfpPath.map { try RFPLoader(criteria: criteria).load(path: $0) })
        let loader = OverridesLoader(criteria: criteria)
        review.overrides = try overridePaths.flatMap { try loader.load(path: $0) }
        review.prices = try pricesPath.map { try PricesLoader.load(path: $0) } ?? []
        review.blind = blind
        review.sealPrice = hidePrice
        return review
    }

    /// Writes a blind review's key beside the report, checked against every input first.
    func writeKey(_ codes: BlindReview?, inputs: [String]) throws {
        guard let codes, let blindKeyPath else { return }
        try OutputFile(path: blindKeyPath).write(Data(codes.key.utf8), inputs: inputs)
        Console.error("wrote the key to the codes to \(blindKeyPath)")
    }
}
