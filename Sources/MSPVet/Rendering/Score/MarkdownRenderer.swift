import Foundation

/// The ranking as Markdown, for a ticket, a memo or an email to the client.
public struct MarkdownRenderer: Renderer {
    private let markdown = MarkdownWriter()

    public init() {}

    /// `markdown` for `mspvet score`.
    public var format: OutputFormat { OutputFormat(name: "markdown", family: .score, summary: "the ranking and each bid's findings, for a ticket or memo") }

    /// The report's ranking as Markdown, with the RFP and the audit trail when there are any.
    public func render(_ report: ClientReport, options: RenderOptions) -> Data {
        Data(render(report.ranking, criteria: report.criteria, review: markdown.reviewSections(report, level: "##")).utf8)
    }

    /// The ranking as Markdown text; `review` (lines) follows the ranking table.
    public func render(_ ranking: Ranking, criteria: CriteriaSet) -> String {
        render(ranking, criteria: criteria, review: [])
    }

    private func render(_ ranking: Ranking, criteria: CriteriaSet, review: [String]) -> String {
        var lines: [String] = []
        lines.append("# MSP proposals ranked" + (ranking.clientName.map { " for \(markdown.escape($0))" } ?? ""))
        lines.append("")
        lines += markdown.rankingTable(ranking, criteria: criteria)
        lines += review
        lines += markdown.bidSections(ranking, heading: "##")
        return lines.joined(separator: "\n") + "\n"
    }
}
