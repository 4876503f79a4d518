/// The client report as Markdown, for a ticket or a memo: the same sections as the HTML report,
/// with proposal text escaped.
public struct MarkdownReportRenderer: Sendable {
    private let markdown = MarkdownReporter()

    public init() {}

    public func render(_ report: ClientReport) -> String {
        let ranking = report.ranking
        var lines = ["# MSP bids" + (report.client.map { " for \(markdown.escape($0.name))" } ?? ""), "", "## Summary", ""]
        if let winner = report.winner {
            let margin = report.runnerUp.map { " — \((report.margin ?? 0).oneDecimal) points ahead of \(markdown.escape($0.name)) (\($0.score.oneDecimal))" }
                ?? ", the only substantive bid"
            lines.append("**Leading bid: \(markdown.escape(winner.name))** with \(winner.score.oneDecimal)/100\(margin).")
        } else {
            lines.append("No bid said enough to be ranked on its merits; every bid is low-evidence.")
        }
        lines.append("")
        lines += markdown.rankingTable(ranking, criteria: report.criteria)

        lines += ["", "## Terms side by side", "", "| Term | " + ranking.proposals.map { markdown.escape($0.name) }.joined(separator: " | ") + " |",
                  "|---|" + ranking.proposals.map { _ in "---|" }.joined()]
        for row in report.terms {
            lines.append("| \(row.label) | " + row.values.map { ClientReport.format($0.value, unit: row.unit) }.joined(separator: " | ") + " |")
        }

        lines += ["", "## What to negotiate"]
        for negotiation in report.negotiations {
            lines += ["", "### \(negotiation.bid.rank). \(markdown.escape(negotiation.bid.name))", ""]
            if negotiation.items.isEmpty { lines.append("No lock-in or service term stated against the client.") }
            for item in negotiation.items {
                lines.append("- \(markdown.finding(item)) \(ClientReport.mark(item.outcome).word). \(markdown.escape(report.ask(for: item)))")
            }
            if !negotiation.unstated.isEmpty {
                lines += ["", "Not stated — ask before signing: " + negotiation.unstated.map { markdown.escape($0.title) }.joined(separator: "; ") + "."]
            }
        }

        lines += ["", "## Each bid"]
        lines += markdown.bidSections(ranking, heading: "###")

        lines += ["", "## How this was scored", "",
                  "mspvet \(MSPVetVersion.current); criteria: " + report.criteria.sources.map(markdown.escape).joined(separator: ", ") + ".",
                  "Inputs (SHA-256), combined digest `\(report.inputs.combined)`:", ""]
        for file in report.inputs.files {
            lines.append("- \(file.role) \(markdown.escape(file.path)) `\(file.sha256)`")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
