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
        Data(TableRenderer(style: options.style).render(report.ranking, criteria: report.criteria).utf8)
    }

    /// The table as text.
    public func render(_ ranking: Ranking, criteria: CriteriaSet) -> String {
        var lines: [String] = []
        let client = ranking.clientName.map { " for \(ControlCharacters.escaped($0))" } ?? ""
        lines.append(style.bold("MSP proposals ranked\(client)") + " — \(ranking.proposals.count) bid(s), \(criteria.categories.count) categories")
        lines.append("")
        lines += table(ranking, criteria: criteria)
        lines.append("")
        let weights = criteria.categories.map { "\($0.id) \((criteria.categoryShares[$0.id] ?? 0).percent)" }
        lines.append(style.dim("Category weights: " + weights.joined(separator: ", ")))
        lines.append(style.dim("Coverage: share of the total weight the bid gave evidence on; below \(ranking.policy.minimumCoverage.percent) a bid is low-evidence and ranked last."))
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
        let widths = headers.indices.map { column in
            ([headers[column]] + rows.map { $0[column] }).map(\.count).max()!
        }
        // Bid and coverage read left to right; numbers line up on the right.
        let leftAligned: Set<Int> = [1, headers.count - 1]
        func format(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return leftAligned.contains(column) ? cell + padding : padding + cell
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var lines = [style.bold(format(headers))]
        for (row, proposal) in zip(rows, ranking.proposals) {
            let line = format(row)
            lines.append(proposal.lowEvidence ? style.warn(line) : line)
        }
        return lines
    }

    private func details(_ proposal: ProposalScore) -> [String] {
        let highlights = Highlights(proposal)
        var lines = [style.bold("\(proposal.rank). \(ControlCharacters.escaped(proposal.name))") + " — \(proposal.score.oneDecimal)/100, coverage \(proposal.coverage.percent)"
                     + (proposal.lowEvidence ? style.warn(" (low evidence: too little said to rank on merit)") : "")]
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
        return lines
    }
}
