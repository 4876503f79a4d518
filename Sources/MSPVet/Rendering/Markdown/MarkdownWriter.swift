/// Markdown as every Markdown output writes it: proposal text escaped, the ranking table, each
/// bid's findings. The score summary and the client report share it.
struct MarkdownWriter {
    /// The ranking as a Markdown table, with the category weights under it.
    func rankingTable(_ ranking: Ranking, criteria: CriteriaSet) -> [String] {
        var lines: [String] = []
        let categoryIDs = criteria.categories.map(\.id)
        lines.append("| Rank | Bid | Total | " + categoryIDs.joined(separator: " | ") + " | Coverage |")
        lines.append("|---:|---|---:|" + categoryIDs.map { _ in "---:|" }.joined() + "---|")
        for proposal in ranking.proposals {
            let scores = categoryIDs.map { id in String(Int(((proposal.categories.first { $0.id == id }?.score ?? 0) * 100).rounded())) }
            let coverage = proposal.coverage.percent + (proposal.lowEvidence ? " (low evidence)" : "")
            lines.append("| \(proposal.rank) | \(escape(proposal.name)) | \(proposal.score.oneDecimal) | " + scores.joined(separator: " | ") + " | \(coverage) |")
        }
        lines.append("")
        lines.append("Category weights: " + criteria.categories.map { "\($0.id) \((criteria.categoryShares[$0.id] ?? 0).percent)" }.joined(separator: ", ") + ".")
        return lines
    }

    /// Each bid's strengths, red flags and gaps, with quotes and locations.
    func bidSections(_ ranking: Ranking, heading: String) -> [String] {
        var lines: [String] = []
        for proposal in ranking.proposals {
            let highlights = Highlights(proposal)
            lines.append("")
            lines.append("\(heading) \(proposal.rank). \(escape(proposal.name)) — \(proposal.score.oneDecimal)/100")
            lines.append("")
            lines.append("Coverage \(proposal.coverage.percent)" + (proposal.lowEvidence ? " — **low evidence**: too little said to rank on merit." : "."))
            for (title, results) in [("Overridden by evaluators", highlights.overridden), ("Strengths", highlights.strengths), ("Red flags ruled out", highlights.ruledOut),
                                     ("Red flags", highlights.redFlags), ("Partly addressed", highlights.partial)] {
                section(title, results, heading: heading + "#", into: &lines)
            }
            if !highlights.unaddressed.isEmpty {
                lines.append("")
                lines.append("**Not addressed:** " + highlights.unaddressed.map { "`\($0.id)`" }.joined(separator: ", "))
            }
        }
        return lines
    }

    private func section(_ title: String, _ results: [CheckResult], heading: String, into lines: inout [String]) {
        guard !results.isEmpty else { return }
        lines.append("")
        lines.append("\(heading) \(title)")
        lines.append("")
        // What to ask for follows each finding that is not yet in the client's favour.
        for result in results { lines.append("- " + finding(result) + (result.openAsk.map { " " + escape(ClientReport.askLead + $0) } ?? "")) }
    }

    /// A check's title, value and id, and the quote that decided it with its location.
    func finding(_ result: CheckResult) -> String {
        let value = result.value.map { " (\($0.compact))" } ?? ""
        var line = "**\(escape(result.title))**\(value) `\(result.id)`"
        if let quote = result.decidingEvidence {
            line += " — “\(escape(Quote.trimmed(quote.text)))” (\(escape(quote.citation)))"
        }
        if let applied = result.override {
            line += " — *\(escape(ReviewWords.overrideNote(applied)))*"
        }
        return line
    }

    /// Proposal text is quoted, not interpreted: characters Markdown would act on are escaped.
    func escape(_ text: String) -> String {
        var result = ""
        for character in ControlCharacters.escaped(text) {
            if "\\`*_[]<>|#".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// A table from a header row and rows of cells, cells written as given.
    func table(_ header: [String], _ rows: [[String]], alignment: String = "---") -> [String] {
        ["| " + header.joined(separator: " | ") + " |", "|" + header.map { _ in alignment + "|" }.joined()]
            + rows.map { "| " + $0.joined(separator: " | ") + " |" }
    }
}
