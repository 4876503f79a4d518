/// The formats `mspvet score` can print.
public enum ReportFormat: String, Sendable, CaseIterable {
    case table
    case json
    case markdown

    /// Renders a ranking in this format.
    public func render(_ ranking: Ranking, criteria: CriteriaSet, style: TextStyle = .plain) throws -> String {
        switch self {
        case .table: TableReporter(style: style).render(ranking, criteria: criteria)
        case .json: try JSONReporter().render(ranking)
        case .markdown: MarkdownReporter().render(ranking, criteria: criteria)
        }
    }
}
