import Foundation

/// The client report as Markdown, for a ticket or a memo: the same sections as the HTML report,
/// with proposal text escaped.
public struct MarkdownReportRenderer: Renderer {
    private let markdown = MarkdownWriter()

    public init() {}

    /// `markdown` for `mspvet report`.
    public var format: OutputFormat { OutputFormat(name: "markdown", family: .report, summary: "the same report as Markdown") }

    /// The report as UTF-8 Markdown.
    public func render(_ report: ClientReport, options: RenderOptions) -> Data {
        Data(render(report).utf8)
    }

    /// The report as Markdown text.
    public func render(_ report: ClientReport) -> String {
        let ranking = report.ranking
        var lines = ["# MSP bids" + (report.client.map { " for \(markdown.escape($0.name))" } ?? ""), "", "## Summary", ""]
        if let winner = report.winner {
            lines.append("**Leading bid: \(markdown.escape(winner.name))** with \(winner.score.oneDecimal)/100\(report.marginClause(naming: markdown.escape)).")
        } else {
            lines.append(ClientReport.noLeader)
        }
        lines.append("")
        lines += markdown.rankingTable(ranking, criteria: report.criteria)
        lines += markdown.reviewSections(report, level: "##")

        lines += ["", "## Terms side by side", ""]
        lines += markdown.table(["Term"] + ranking.proposals.map { markdown.escape($0.name) },
                                report.terms.map { row in [markdown.escape(row.label)] + row.values.map { row.unit.format($0.value) } })

        lines += ["", "## What to negotiate"]
        for negotiation in report.negotiations {
            lines += ["", "### \(negotiation.bid.rank). \(markdown.escape(negotiation.bid.name))", ""]
            if negotiation.items.isEmpty { lines.append(report.nothingToNegotiate) }
            for item in negotiation.items {
                lines.append("- \(markdown.finding(item)) \(ClientReport.mark(item.outcome).word). \(markdown.escape(report.ask(for: item)))")
            }
            if !negotiation.unstated.isEmpty {
                lines += ["", ClientReport.unstatedLead + negotiation.unstated.map { markdown.escape(report.label(of: $0)) }.joined(separator: "; ") + "."]
            }
        }

        lines += ["", "## Each bid"]
        lines += markdown.bidSections(ranking, heading: "###")

        lines += ["", "## How this was scored", "",
                  "mspvet \(MSPVetVersion.current); criteria: " + report.criteria.sources.map(markdown.escape).joined(separator: ", ") + "."]
        if let inputs = report.inputs {
            lines += ["Inputs (SHA-256), combined digest `\(inputs.combined)`:", ""]
            for file in inputs.files {
                lines.append("- \(file.role) \(markdown.escape(file.path)) `\(file.sha256)`")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
