extension MarkdownWriter {
    /// The RFP's ranking, exclusions, costs and robustness, then the evaluators' audit trail,
    /// under headings of `level` ("##").
    func reviewSections(_ report: ClientReport, level: String) -> [String] {
        var lines: [String] = []
        if report.blind { lines += ["", escape(ClientReport.blindNote)] }
        if let evaluation = report.rfp {
            lines += ["", "\(level) Ranking under the RFP", "", escape(ReviewWords.priceRule(evaluation)), ""]
            lines += table(ReviewWords.rankingHeaders(evaluation).map(escape), ReviewWords.rankingRows(evaluation).map { $0.map(escape) })
            if let clarify = ReviewWords.clarifications(evaluation) { lines += ["", escape(clarify)] }
            lines += ["", "\(level) Excluded: must-haves not met (\(evaluation.excluded.count))", ""]
            for (bid, mustHave, quote) in ReviewWords.exclusions(evaluation) {
                let said = quote.map { "“\(escape(Quote.trimmed($0.text)))” (\(escape($0.citation)))" } ?? "not stated"
                lines.append("- **\(escape(bid))** fails `\(mustHave.check)`: \(escape(mustHave.requirement)). \(escape(mustHave.reason)) The bid: \(said)")
            }
            if !evaluation.priceSealed {
                lines += ["", "\(level) Cost over \(evaluation.rfp.horizonMonths) months for \(evaluation.rfp.seats) seats"]
                for bid in evaluation.ranked + evaluation.excluded {
                    guard let cost = bid.cost else { continue }
                    lines += ["", "**\(escape(ReviewWords.costHeading(bid, cost)))**", ""]
                    for line in cost.lines {
                        var item = "- \(escape(line.label)): \(ReviewWords.money(line.amount))"
                        if let assumption = line.assumption { item += " — assumption: \(escape(assumption))" }
                        if let source = line.source { item += " — “\(escape(Quote.trimmed(source.text)))” (\(escape(source.citation)))" }
                        lines.append(item)
                    }
                }
            }
            if let sensitivity = evaluation.sensitivity {
                lines += ["", "\(level) How robust the ranking is", ""]
                lines += sensitivity.sentences.map { "- " + escape($0) }
                lines += ["", escape(ReviewWords.leaveOneOut(sensitivity))]
            }
        }
        if !report.overrides.isEmpty {
            lines += ["", "\(level) Audit trail: evaluators' overrides (\(report.overrides.count))", ""]
            lines += table(ReviewWords.trailHeaders, ReviewWords.trailRows(report).map { $0.map(escape) })
        }
        return lines
    }
}
