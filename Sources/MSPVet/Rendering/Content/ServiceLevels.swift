/// Service levels recomputed from ticket exports, as a report shows them beside the contract.
public struct ServiceLevels: Sendable {
    /// The figures.
    public var report: SLAReport
    /// The exports they were read from.
    public var sources: [TicketExport]
    /// The calendar the clock ran on.
    public var calendar: ServiceCalendar

    /// Figures from `sources`, measured on `calendar`.
    public init(report: SLAReport, sources: [TicketExport], calendar: ServiceCalendar) {
        self.report = report
        self.sources = sources
        self.calendar = calendar
    }
}
