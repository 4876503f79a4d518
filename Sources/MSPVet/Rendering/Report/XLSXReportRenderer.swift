internal import CXLSXWriter
import Foundation

/// The comparison as an Excel workbook, for the people who compare bids in a spreadsheet: a
/// summary sheet (rank, bid, total, each category, coverage), a matrix of every check against
/// every bid (✓ ◐ ✗ ?), and the evidence (bid, check, outcome, value, quote, page, line). Each
/// sheet has a frozen header row, a filter on it, and widths that fit.
///
/// Written by libxlsxwriter. Every text cell is written as a string, never as a formula, so a
/// quote that starts with `=`, `+`, `-` or `@` is shown as written and never runs.
public struct XLSXReportRenderer: Renderer {
    public init() {}

    /// `xlsx` for `mspvet report`.
    public var format: OutputFormat { OutputFormat(name: "xlsx", family: .report, summary: "an Excel workbook: summary, matrix and evidence sheets (needs --out)") }

    /// Excel refuses a cell longer than this.
    static let cellLimit = 32_767

    /// The workbook's bytes.
    ///
    /// - Throws: ``Diagnostic`` when libxlsxwriter cannot write the workbook.
    public func render(_ report: ClientReport, options: RenderOptions) throws -> Data {
        // libxlsxwriter writes to a path; the caller decides where the bytes go, atomically.
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mspvet-\(UUID().uuidString).xlsx").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard let workbook = workbook_new(path) else {
            throw Diagnostic(.unreadableFile, at: .start(of: path), "cannot create a workbook here")
        }
        let bold = workbook_add_format(workbook)
        format_set_bold(bold)
        let wrap = workbook_add_format(workbook)
        format_set_text_wrap(wrap)
        Sheet(workbook, "Summary", bold: bold).fill(Self.summary(report), widths: [6, 30, 8] + Array(repeating: 12, count: report.criteria.categories.count) + [12])
        Sheet(workbook, "Matrix", bold: bold).fill(Self.matrix(report), widths: [44] + Array(repeating: 16, count: report.ranking.proposals.count))
        Sheet(workbook, "Evidence", bold: bold, wrap: wrap).fill(Self.evidence(report), widths: [28, 36, 10, 10, 90, 6, 6], wrapColumns: [4])
        let status = workbook_close(workbook)
        guard status == LXW_NO_ERROR, let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic(.unreadableFile, at: .start(of: path), "could not write the workbook: \(String(cString: lxw_strerror(status)))")
        }
        return data
    }

    /// A cell: text or a number.
    enum Cell {
        case text(String)
        case number(Double)
    }

    static func summary(_ report: ClientReport) -> [[Cell]] {
        let categories = report.criteria.categories
        var rows: [[Cell]] = [(["Rank", "Bid", "Total"] + categories.map(\.title) + ["Coverage"]).map(Cell.text)]
        for proposal in report.ranking.proposals {
            let scores = categories.map { category in
                Cell.number(((proposal.categories.first { $0.id == category.id }?.score ?? 0) * 100).rounded(places: 1))
            }
            rows.append([.number(Double(proposal.rank)), .text(proposal.name + (proposal.lowEvidence ? " (low evidence)" : "")),
                         .number(proposal.score.rounded(places: 1))] + scores + [.number(proposal.coverage.rounded(places: 3))])
        }
        return rows
    }

    static func matrix(_ report: ClientReport) -> [[Cell]] {
        var rows: [[Cell]] = [(["Check"] + report.ranking.proposals.map(\.name)).map(Cell.text)]
        for check in report.criteria.allChecks {
            rows.append([.text(check.title)] + report.ranking.proposals.map { proposal in
                let result = proposal.result(for: check.id)
                let mark = ClientReport.mark(result?.outcome ?? .unknown).symbol
                return .text(mark + (result?.value.map { " \($0.compact)" } ?? "") + (result?.override != nil ? " *" : ""))
            })
        }
        return rows
    }

    static func evidence(_ report: ClientReport) -> [[Cell]] {
        var rows: [[Cell]] = [["Bid", "Check", "Outcome", "Value", "Quote", "Page", "Line"].map(Cell.text)]
        for proposal in report.ranking.proposals {
            for result in proposal.checks {
                let quote = result.decidingEvidence
                rows.append([.text(proposal.name), .text(result.id.description), .text(result.outcome.rawValue),
                             result.value.map(Cell.number) ?? .text(""), .text(quote?.text ?? ""),
                             quote?.page.map { .number(Double($0)) } ?? .text(""), quote.map { .number(Double($0.line)) } ?? .text("")])
            }
        }
        return rows
    }

    /// One worksheet being filled.
    private struct Sheet {
        let sheet: UnsafeMutablePointer<lxw_worksheet>?
        let bold: UnsafeMutablePointer<lxw_format>?
        let wrap: UnsafeMutablePointer<lxw_format>?

        init(_ workbook: UnsafeMutablePointer<lxw_workbook>, _ name: String, bold: UnsafeMutablePointer<lxw_format>?,
             wrap: UnsafeMutablePointer<lxw_format>? = nil) {
            sheet = workbook_add_worksheet(workbook, name)
            self.bold = bold
            self.wrap = wrap
        }

        /// Writes `rows` (the first is the header), freezes and filters the header, sets widths.
        func fill(_ rows: [[Cell]], widths: [Double], wrapColumns: Set<Int> = []) {
            guard let sheet, let header = rows.first else { return }
            for (column, width) in widths.enumerated() {
                worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), width, wrapColumns.contains(column) ? wrap : nil)
            }
            for (row, cells) in rows.enumerated() {
                for (column, cell) in cells.enumerated() {
                    let format = row == 0 ? bold : (wrapColumns.contains(column) ? wrap : nil)
                    switch cell {
                    case .text(let text):
                        guard !text.isEmpty else { continue }
                        worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), String(text.prefix(XLSXReportRenderer.cellLimit)), format)
                    case .number(let value):
                        worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), value, format)
                    }
                }
            }
            worksheet_freeze_panes(sheet, 1, 0)
            worksheet_autofilter(sheet, 0, 0, lxw_row_t(max(rows.count - 1, 0)), lxw_col_t(max(header.count - 1, 0)))
        }
    }
}
