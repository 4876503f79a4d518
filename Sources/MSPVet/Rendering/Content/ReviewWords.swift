/// The RFP and the evaluators' trail in words and rows every format shares, so the HTML,
/// Markdown, terminal and CSV reports say the same thing the same way.
enum ReviewWords {
    /// How price counts, or that it is sealed.
    static func priceRule(_ evaluation: RFPEvaluation) -> String {
        let rfp = evaluation.rfp
        if evaluation.priceSealed {
            return "Price is sealed until quality scoring is done (two envelopes): the pricing category is left out and bids are ranked on quality alone."
        }
        return "Quality (the criteria, with the RFP's weights) counts \((1 - rfp.priceWeight).percent), price \(rfp.priceWeight.percent). "
            + "Price is scored on an absolute scale: 100 at or under \(money(rfp.priceFloor)) over \(rfp.horizonMonths) months, "
            + "0 at or over \(money(rfp.budgetCap)), so no bid's price moves another's score."
    }

    /// The ranking's columns: price columns only when price is open.
    static func rankingHeaders(_ evaluation: RFPEvaluation) -> [String] {
        evaluation.priceSealed ? ["Rank", "Bid", "Quality"]
            : ["Rank", "Bid", "Quality", "Price score", "Total", "Cost over \(evaluation.rfp.horizonMonths) months"]
    }

    /// One row per ranked bid.
    static func rankingRows(_ evaluation: RFPEvaluation) -> [[String]] {
        evaluation.ranked.enumerated().map { index, bid in
            let name = bid.proposal.name + (bid.proposal.lowEvidence ? " (low evidence)" : "")
            let quality = [String(index + 1), name, bid.proposal.score.oneDecimal]
            if evaluation.priceSealed { return quality }
            return quality + [(bid.priceScore * 100).oneDecimal, bid.total.oneDecimal, bid.cost.map { money($0.total) } ?? "no price stated"]
        }
    }

    /// Must-haves to clarify before award, or nil when none.
    static func clarifications(_ evaluation: RFPEvaluation) -> String? {
        let unclear = evaluation.ranked.filter { !$0.screening.unclear.isEmpty }
        guard !unclear.isEmpty else { return nil }
        return "To clarify before award: " + unclear.map { bid in
            "\(bid.proposal.name) (\(bid.screening.unclear.map { "\($0.mustHave.check): \($0.mustHave.requirement)" }.joined(separator: ", ")))"
        }.joined(separator: "; ") + "."
    }

    /// Each failed must-have of each excluded bid.
    static func exclusions(_ evaluation: RFPEvaluation) -> [(bid: String, mustHave: MustHave, quote: Evidence?)] {
        evaluation.excluded.flatMap { bid in bid.screening.failed.map { (bid.proposal.name, $0.mustHave, $0.quote) } }
    }

    /// A cost heading: "northstar-advisory: $428,976 — two new clinics (80 seats): $553,505".
    static func costHeading(_ bid: RFPEvaluation.Bid, _ cost: BidCost) -> String {
        "\(bid.proposal.name): \(money(cost.total))" + (bid.scenarios.isEmpty ? "" : " — " + bid.scenarios.map {
            "\($0.name) (\($0.seats) seats): \($0.total.map(money) ?? "–")"
        }.joined(separator: "; "))
    }

    /// Leave-one-category-out, in a sentence.
    static func leaveOneOut(_ sensitivity: WeightSensitivity) -> String {
        "With one category left out: " + sensitivity.leaveOneOut.map { "\($0.category) → \($0.order.first ?? "–") first" }.joined(separator: "; ") + "."
    }

    /// The audit trail's columns.
    static let trailHeaders = ["Date", "Evaluator", "Bid", "Check", "Recorded", "mspvet read", "Decided by", "Why", "Source"]

    /// One row per override, oldest first: what the evaluator recorded beside what mspvet read.
    static func trailRows(_ report: ClientReport) -> [[String]] {
        report.overrides.map { override in
            let result = report.ranking.proposals.first { $0.name == override.bid }?.result(for: override.check)
            let unit = report.criteria.check(override.check)?.valueUnit
            let recorded = [override.outcome?.rawValue, override.value.map { unit?.format($0) ?? $0.compact }].compactMap { $0 }.joined(separator: ", ")
            let automatic = result?.override.map { applied in
                applied.automaticOutcome.rawValue + (applied.automaticValue.map { ", " + (unit?.format($0) ?? $0.compact) } ?? "")
            } ?? "–"
            let decided = result?.override.map { "\($0.decidedBy)\($0.disputed ? " — disputed: \($0.spread)" : "")" } ?? "–"
            return [override.date.iso, override.evaluator + (override.consensus ? " (consensus)" : ""), override.bid, override.check.description,
                    recorded, automatic, decided, override.note, "\(override.location.file):\(override.location.line)"]
        }
    }

    /// "Overridden by …: was fail (“quote”)." for a finding.
    static func overrideNote(_ applied: AppliedOverride) -> String {
        let notes = applied.overrides.map { "\($0.evaluator), \($0.date.iso): \($0.note)" }.joined(separator: " ")
        return "Overridden by \(applied.decidedBy); mspvet read \(applied.automaticOutcome.rawValue)"
            + (applied.automaticValue.map { " (\($0.compact))" } ?? "") + ". " + notes
            + (applied.disputed ? " Evaluators differed: \(applied.spread)." : "")
    }

    /// Dollars, whole: "$428,976".
    static func money(_ amount: Double) -> String {
        let whole = Int(amount.rounded())
        let digits = String(abs(whole))
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped += "," }
            grouped.append(digit)
        }
        return (whole < 0 ? "-$" : "$") + grouped
    }
}
