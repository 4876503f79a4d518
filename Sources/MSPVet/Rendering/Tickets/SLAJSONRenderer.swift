import Foundation

/// `mspvet tickets --format json`, described by `Schemas/tickets.schema.json`: every figure in
/// whole minutes (rounded to two decimals), `null` where nothing was measured, keys sorted.
public struct SLAJSONRenderer: Sendable {
    /// A renderer.
    public init() {}

    /// The report as JSON; `sources` names the exports read.
    public func render(_ report: SLAReport, sources: [TicketExport], calendar: ServiceCalendar) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(Document(report: report, sources: sources, calendar: calendar)), as: UTF8.self) + "\n"
    }

    private struct Document: Encodable {
        var report: SLAReport
        var sources: [TicketExport]
        var calendar: ServiceCalendar

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: AnyKey.self)
            try container.encode("mspvet", forKey: "tool")
            try container.encode(MSPVetVersion.current, forKey: "version")
            try container.encode(calendar.timeZone.identifier, forKey: "timeZone")
            try container.encode(calendar.holdPausesClock, forKey: "holdPausesClock")
            try container.encode(sources.map { Export(path: $0.path, preset: $0.preset, tickets: $0.count, skipped: $0.skipped.map(\.description)) }, forKey: "exports")
            try container.encode(report.excluded, forKey: "excluded")
            try container.encode(report.unresolved, forKey: "open")
            try container.encode(report.targets.map(Target.init), forKey: "targets")
            try container.encode(report.priorities.map(Group.init), forKey: "priorities")
            try container.encode(report.months.map(Group.init), forKey: "months")
            try container.encode(report.disagreements.map(Disagreement.init), forKey: "disagreements")
            try container.encode(report.disagreementCount, forKey: "disagreementCount")
            let worst = report.worst.keys.sorted().flatMap { report.worst[$0]! }
            try container.encode(worst.map(Ticket.init), forKey: "worst")
        }
    }

    private struct Export: Encodable {
        var path: String, preset: String, tickets: Int, skipped: [String]
    }

    private static func minutes(_ value: Double?) -> Double? {
        value.map { ($0 * 100).rounded() / 100 }
    }

    private struct Target: Encodable {
        var target: SLATarget
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: AnyKey.self)
            try container.encode("P\(target.priority)", forKey: "priority")
            try container.encode(target.responseMinutes, forKey: "responseMinutes")
            try container.encode(target.resolutionMinutes, forKey: "resolutionMinutes")
            try container.encode(target.responseClock.rawValue, forKey: "responseClock")
            try container.encode(target.resolutionClock.rawValue, forKey: "resolutionClock")
            try container.encode(target.source, forKey: "source")
        }
    }

    private struct Group: Encodable {
        var group: SLAReport.Group
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: AnyKey.self)
            try container.encode(group.priority.map { "P\($0)" }, forKey: "priority")
            try container.encode(group.month, forKey: "month")
            try container.encode(group.tickets, forKey: "tickets")
            try container.encode(Figures(figures: group.response), forKey: "response")
            try container.encode(Figures(figures: group.resolution), forKey: "resolution")
            try container.encode(group.reopenRate, forKey: "reopenRate")
        }
    }

    private struct Figures: Encodable {
        var figures: SLAReport.Figures
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: AnyKey.self)
            try container.encode(figures.measured, forKey: "measured")
            try container.encode(figures.judged, forKey: "judged")
            try container.encode(figures.withinTarget, forKey: "withinTarget")
            try container.encode(figures.share.map { ($0 * 10_000).rounded() / 10_000 }, forKey: "share")
            try container.encode(minutes(figures.medianBusiness), forKey: "medianBusinessMinutes")
            try container.encode(minutes(figures.p90Business), forKey: "p90BusinessMinutes")
            try container.encode(minutes(figures.medianCalendar), forKey: "medianCalendarMinutes")
            try container.encode(minutes(figures.p90Calendar), forKey: "p90CalendarMinutes")
        }
    }

    private struct Ticket: Encodable {
        var ticket: MeasuredTicket
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: AnyKey.self)
            try container.encode(ticket.ticket.id, forKey: "id")
            try container.encode(ticket.ticket.priority.map { "P\($0)" }, forKey: "priority")
            try container.encode(ticket.ticket.row, forKey: "row")
            try container.encode(minutes(ticket.responseBusiness), forKey: "responseBusinessMinutes")
            try container.encode(minutes(ticket.responseCalendar), forKey: "responseCalendarMinutes")
            try container.encode(minutes(ticket.resolutionBusiness), forKey: "resolutionBusinessMinutes")
            try container.encode(minutes(ticket.resolutionCalendar), forKey: "resolutionCalendarMinutes")
            try container.encode(ticket.responseMet, forKey: "responseMet")
            try container.encode(ticket.resolutionMet, forKey: "resolutionMet")
        }
    }

    private struct Disagreement: Encodable {
        var disagreement: SLAReport.Disagreement
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: AnyKey.self)
            try container.encode(disagreement.measure, forKey: "measure")
            try container.encode(disagreement.vendorMet, forKey: "vendorMet")
            try container.encode(disagreement.recomputedMet, forKey: "recomputedMet")
            try container.encode(Ticket(ticket: disagreement.ticket), forKey: "ticket")
        }
    }
}
