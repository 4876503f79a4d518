internal import CSV
import Foundation

/// `mspvet tickets --format csv`: one row per priority (month empty) and per priority and month,
/// figures in minutes, for a spreadsheet (RFC 4180, CRLF, formula-looking cells neutralised).
public struct SLACSVRenderer: Sendable {
    /// A renderer.
    public init() {}

    /// The columns, in order.
    public static let columns = ["priority", "month", "tickets", "response_judged", "response_within", "response_share",
                                 "response_median_business_min", "response_p90_business_min", "response_median_calendar_min",
                                 "response_p90_calendar_min", "resolution_judged", "resolution_within", "resolution_share",
                                 "resolution_median_business_min", "resolution_p90_business_min", "resolution_median_calendar_min",
                                 "resolution_p90_calendar_min", "reopen_rate"]

    /// The report as CSV bytes.
    public func render(_ report: SLAReport) throws -> Data {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream, codecType: UTF8.self, delimiter: ",", newline: .crlf)
        try writer.write(row: Self.columns)
        func minutes(_ value: Double?) -> String { value.map { $0.formatted(places: 2) } ?? "" }
        func figures(_ figures: SLAReport.Figures) -> [String] {
            ["\(figures.judged)", "\(figures.withinTarget)", figures.share.map { $0.formatted(places: 4) } ?? "",
             minutes(figures.medianBusiness), minutes(figures.p90Business), minutes(figures.medianCalendar), minutes(figures.p90Calendar)]
        }
        for group in report.priorities + report.months {
            let row = [SLAWords.priority(group.priority), group.month ?? "", "\(group.tickets)"]
                + figures(group.response) + figures(group.resolution) + [group.reopenRate.map { $0.formatted(places: 4) } ?? ""]
            try writer.write(row: row.map(CSVReportRenderer.neutralised))
        }
        writer.stream.close()
        return (stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()) + Data("\r\n".utf8)
    }
}
