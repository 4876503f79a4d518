/// Every output format, in the order help lists them; adding one is a renderer and a line here.
public enum Renderers {
    /// The renderers, in the order help lists them.
    public static let all: [any Renderer] = [
        TableRenderer(),
        JSONRenderer(),
        MarkdownRenderer(),
        HTMLReportRenderer(),
        MarkdownReportRenderer(),
        CSVReportRenderer(),
        XLSXReportRenderer(),
    ]

    /// The formats a command offers.
    public static func formats(_ family: OutputFormat.Family) -> [OutputFormat] {
        all.map(\.format).filter { $0.family == family }
    }

    /// The renderer a command's `--format` names, or nil.
    public static func renderer(named name: String, family: OutputFormat.Family) -> (any Renderer)? {
        all.first { $0.format.family == family && $0.format.name == name }
    }
}
