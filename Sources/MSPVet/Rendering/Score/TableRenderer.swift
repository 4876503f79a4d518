import Foundation

/// The terminal report: a ranked table of totals and category scores, then for each bid its
/// strongest points and red flags with the quoted sentence and `file:line`.
public struct TableRenderer: Renderer {
    /// Colour or none.
    public var style: TextStyle

    /// A table renderer in `style`.
    public init(style: TextStyle = .plain) {
        self.style = style
    }

    /// `table`, the default of `mspvet score`.
    public var format: OutputFormat { OutputFormat(name: "table", family: .score, summary: "ranked table with quotes, for the terminal") }

    /// The table for the report's ranking, in `options.style`.
    public func render(_ report: ClientReport, options: RenderOptions) -> Data {
        let renderer = TableRenderer(style: options.style)
        return Data(renderer.render(report.ranking, criteria: report.criteria, review: renderer.review(report)).utf8)
    }

    /// The table as text.
    public func render(_ ranking: Ranking, criteria: CriteriaSet) -> String {
        render(ranking, criteria: criteria, review: [])
    }

    private func render(_ ranking: Ranking, criteria: CriteriaSet, review: [String]) -> String {
        var lines: [String] = []
        let client = ranking.clientName.map { " for \(ControlCharacters.escaped($0))" } ?? ""
        lines.append(style.bold("MSP proposals ranked\(client)") + " — \(ranking.proposals.count) bid(s), \(criteria.categories.count) categories")
        lines.append("")
        lines += table(ranking, criteria: criteria)
        lines.append("")
        let weights = criteria.categories.map { "\($0.id) \((criteria.categoryShares[$0.id] ?? 0).percent)" }
        lines.append(style.dim("Category weights: " + weights.joined(separator: ", ")))
        lines.append(style.dim("Coverage: share of the total weight the bid gave evidence on; below \(ranking.policy.minimumCoverage.percent) a bid is low-evidence and ranked last."))
        lines += review
        for proposal in ranking.proposals {
            lines.append("")
            lines += details(proposal)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func table(_ ranking: Ranking, criteria: CriteriaSet) -> [String] {
        let categoryIDs = criteria.categories.map(\.id)
        let headers = ["Rank", "Bid", "Total"] + categoryIDs + ["Coverage"]
        var rows: [[String]] = []
        for proposal in ranking.proposals {
            let categories = categoryIDs.map { id in
                (proposal.categories.first { $0.id == id }?.score ?? 0) * 100
            }
            rows.append(["\(proposal.rank)", ControlCharacters.escaped(proposal.name), proposal.score.oneDecimal]
                        + categories.map { String(Int($0.rounded())) }
                        + [proposal.coverage.percent + (proposal.lowEvidence ? " low evidence" : "")])
        }
        // Bid and coverage read left to right; numbers line up on the right.
        let aligned = Self.aligned([headers] + rows, leftAligned: [1, headers.count - 1])
        var lines = [style.bold(aligned[0])]
        for (line, proposal) in zip(aligned.dropFirst(), ranking.proposals) {
            lines.append(proposal.lowEvidence ? style.warn(line) : line)
        }
        return lines
    }

    /// Rows as columns padded to their widest cell: numbers to the right, `leftAligned` to the left.
    private static func aligned(_ rows: [[String]], leftAligned: Set<Int>) -> [String] {
        let widths = (rows.first ?? []).indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { cells in
            cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return leftAligned.contains(column) ? cell + padding : padding + cell
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
    }

    /// The RFP and the audit trail as text, or nothing when there are neither.
    func review(_ report: ClientReport) -> [String] {
        var lines: [String] = []
        if report.blind { lines += ["", ClientReport.blindNote] }
        if let evaluation = report.rfp {
            lines += ["", style.bold("Under the RFP") + " — " + ReviewWords.priceRule(evaluation)]
            let rows = [ReviewWords.rankingHeaders(evaluation)] + ReviewWords.rankingRows(evaluation).map { $0.map(ControlCharacters.escaped) }
            lines += Self.aligned(rows, leftAligned: [1]).map { "  " + $0 }
            if let clarify = ReviewWords.clarifications(evaluation) { lines.append(style.dim(clarify)) }
            for (bid, mustHave, quote) in ReviewWords.exclusions(evaluation) {
                lines.append(style.bad("  Excluded: ") + "\(ControlCharacters.escaped(bid)) fails \(mustHave.check) (\(mustHave.requirement)): \(mustHave.reason)")
                lines.append("       " + (quote.map { "\"\(Quote.trimmed($0.text))\" " + style.dim("(\($0.citation))") } ?? "not stated"))
            }
            for bid in evaluation.ranked + evaluation.excluded {
                guard let cost = bid.cost else { continue }
                lines.append("  Cost: " + ControlCharacters.escaped(ReviewWords.costHeading(bid, cost)))
            }
            lines += evaluation.sensitivity.map { $0.sentences.map { "  " + $0 } } ?? []
        }
        if !report.overrides.isEmpty {
            lines += ["", style.bold("Overrides") + " (\(report.overrides.count))"]
            for row in ReviewWords.trailRows(report) {
                lines.append("  " + row.map(ControlCharacters.escaped).joined(separator: " · "))
            }
        }
        return lines
    }

    private func details(_ proposal: ProposalScore) -> [String] {
        let highlights = Highlights(proposal)
        var lines = [style.bold("\(proposal.rank). \(ControlCharacters.escaped(proposal.name))") + " — \(proposal.score.oneDecimal)/100, coverage \(proposal.coverage.percent)"
                     + (proposal.lowEvidence ? style.warn(" (low evidence: too little said to rank on merit)") : "")]
        if !highlights.overridden.isEmpty {
            lines.append("   Overridden by evaluators")
            for result in highlights.overridden { lines += item(result, marker: style.warn("*")) }
        }
        if !highlights.strengths.isEmpty {
            lines.append("   Strengths")
            for result in highlights.strengths { lines += item(result, marker: style.good("+")) }
        }
        if !highlights.ruledOut.isEmpty {
            lines.append("   Red flags ruled out")
            for result in highlights.ruledOut { lines += item(result, marker: style.good("✓")) }
        }
        if !highlights.redFlags.isEmpty {
            lines.append("   Red flags")
            for result in highlights.redFlags {
                lines += item(result, marker: style.bad("-"))
                if let ask = result.openAsk { lines.append("       " + style.dim(ClientReport.askLead + ControlCharacters.escaped(ask))) }
            }
        }
        if !highlights.partial.isEmpty {
            lines.append("   Partly addressed: " + highlights.partial.map { "\($0.id)" + ($0.value.map { " (\($0.compact))" } ?? "") }.joined(separator: ", "))
        }
        if !highlights.unaddressed.isEmpty {
            lines.append(style.dim("   Not addressed: " + highlights.unaddressed.map(\.id.description).joined(separator: ", ")))
        }
        return lines
    }

    private func item(_ result: CheckResult, marker: String) -> [String] {
        let value = result.value.map { " (\($0.compact))" } ?? ""
        var lines = ["     \(marker) \(result.title)\(value) [\(result.id)]"]
        if let quote = result.decidingEvidence {
            lines.append("       \"\(Quote.trimmed(quote.text))\" " + style.dim("(\(quote.citation))"))
        }
        if let applied = result.override {
            lines.append("       " + style.warn(ControlCharacters.escaped(ReviewWords.overrideNote(applied))))
        }
        return lines
    }
}
