internal import CSV
import Foundation

/// One row per bid and check, for a spreadsheet: RFC 4180 quoting (CSV.swift) and CRLF line
/// ends, as Excel expects; a UTF-8 byte-order mark on request, so Excel reads accents right.
///
/// A cell that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a
/// carriage return, as OWASP lists them) gets a leading `'`, which spreadsheets show as text: a
/// proposal quoting `=HYPERLINK(...)` or a file named `=1+1.md` must not run on the client's
/// machine. Plain numbers ("-5", "+3.2") are left as they are. `formulaGuard: false` turns it off.
public struct CSVReportRenderer: Renderer {
    /// The header row.
    public static let columns = ["bid", "rank", "check", "category", "outcome", "score", "weight", "value", "page", "line", "section", "quote", "ask"]

    /// Start with a UTF-8 byte-order mark, for Excel.
    public var byteOrderMark: Bool
    /// Neutralise cells a spreadsheet would run as formulas.
    public var formulaGuard: Bool

    /// A CSV renderer with its two settings.
    public init(byteOrderMark: Bool = false, formulaGuard: Bool = true) {
        self.byteOrderMark = byteOrderMark
        self.formulaGuard = formulaGuard
    }

    /// `csv`.
    public var format: OutputFormat { OutputFormat(name: "csv", family: .report, summary: "one row per bid and check, for a spreadsheet") }

    /// The report's ranking as CSV, with `options`' settings.
    public func render(_ report: ClientReport, options: RenderOptions) throws -> Data {
        try CSVReportRenderer(byteOrderMark: options.byteOrderMark, formulaGuard: options.formulaGuard).render(report.ranking)
    }

    /// The cell as a spreadsheet will show it as text.
    public static func neutralised(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return cell }
        if Double(cell) != nil, cell.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }) { return cell }
        return "'" + cell
    }

    /// The ranking as CSV bytes.
    ///
    /// - Throws: When the CSV writer fails.
    public func render(_ ranking: Ranking) throws -> Data {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream, codecType: UTF8.self, delimiter: ",", newline: .crlf)
        try writer.write(row: Self.columns)
        for proposal in ranking.proposals {
            for result in proposal.checks {
                let quote = result.decidingEvidence
                let row = [
                    proposal.name, "\(proposal.rank)", result.id.description, result.id.category, result.outcome.rawValue,
                    result.score.formatted(places: 3), result.effectiveWeight.formatted(places: 4),
                    result.value?.compact ?? "", quote?.page.map(String.init) ?? "", quote.map { "\($0.line)" } ?? "",
                    quote?.section ?? "", quote?.text ?? "", result.openAsk ?? "",
                ]
                try writer.write(row: formulaGuard ? row.map(Self.neutralised) : row)
            }
        }
        writer.stream.close()
        // CSV.swift separates rows; a final CRLF ends the last record too, as spreadsheets write it.
        let data = (stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()) + Data("\r\n".utf8)
        return byteOrderMark ? Data([0xEF, 0xBB, 0xBF]) + data : data
    }
}
