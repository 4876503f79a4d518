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
    /// Columns added when evaluators overrode a verdict: who decided, what mspvet read, why.
    public static let overrideColumns = ["overridden_by", "mspvet_read", "override_why"]
    /// Columns added under an RFP, the bid's figures repeated on each of its rows for a pivot.
    public static let rfpColumns = ["rfp_status", "rfp_rank", "cost_over_horizon", "price_score", "rfp_total"]

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
        try CSVReportRenderer(byteOrderMark: options.byteOrderMark, formulaGuard: options.formulaGuard).render(report.ranking, review: report)
    }

    /// A bid's place under the RFP: ranked, excluded (and on what) or in need of clarification.
    private static func standing(of name: String, in evaluation: RFPEvaluation) -> [String] {
        if let index = evaluation.ranked.firstIndex(where: { $0.proposal.name == name }) {
            let bid = evaluation.ranked[index]
            let status = bid.screening.unclear.isEmpty ? "ranked" : "ranked; clarify " + bid.screening.unclear.map(\.mustHave.check.description).joined(separator: ", ")
            return [status, "\(index + 1)", bid.cost.map { $0.total.formatted(places: 2) } ?? "",
                    evaluation.priceSealed ? "" : (bid.priceScore * 100).formatted(places: 1), bid.total.formatted(places: 1)]
        }
        guard let bid = evaluation.excluded.first(where: { $0.proposal.name == name }) else { return ["", "", "", "", ""] }
        return ["excluded: " + bid.screening.failed.map { "\($0.mustHave.check) \($0.mustHave.requirement)" }.joined(separator: ", "), "",
                bid.cost.map { $0.total.formatted(places: 2) } ?? "", "", ""]
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
        try render(ranking, review: nil)
    }

    private func render(_ ranking: Ranking, review: ClientReport?) throws -> Data {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream, codecType: UTF8.self, delimiter: ",", newline: .crlf)
        let overrides = !(review?.overrides.isEmpty ?? true)
        let rfp = review?.rfp
        try writer.write(row: Self.columns + (overrides ? Self.overrideColumns : []) + (rfp != nil ? Self.rfpColumns : []))
        for proposal in ranking.proposals {
            let standing = rfp.map { Self.standing(of: proposal.name, in: $0) } ?? []
            for result in proposal.checks {
                let quote = result.decidingEvidence
                let row = [
                    proposal.name, "\(proposal.rank)", result.id.description, result.id.category, result.outcome.rawValue,
                    result.score.formatted(places: 3), result.effectiveWeight.formatted(places: 4),
                    result.value?.compact ?? "", quote?.page.map(String.init) ?? "", quote.map { "\($0.line)" } ?? "",
                    quote?.section ?? "", quote?.text ?? "", result.openAsk ?? "",
                ] + (overrides ? [result.override?.decidedBy ?? "", result.override?.automaticOutcome.rawValue ?? "",
                                  result.override?.overrides.map(\.note).joined(separator: " ") ?? ""] : []) + standing
                try writer.write(row: formulaGuard ? row.map(Self.neutralised) : row)
            }
        }
        writer.stream.close()
        // CSV.swift separates rows; a final CRLF ends the last record too, as spreadsheets write it.
        let data = (stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()) + Data("\r\n".utf8)
        return byteOrderMark ? Data([0xEF, 0xBB, 0xBF]) + data : data
    }
}
