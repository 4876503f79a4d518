/// `mspvet tickets` for a terminal: the targets and where they came from, per priority the share
/// within target and the median and 90th percentile (business / calendar), then by month, the
/// worst tickets and the tickets where the vendor's own flags disagree.
public struct SLATextRenderer: Sendable {
    /// A renderer.
    public init() {}

    /// How many disagreements a terminal is shown.
    static let listed = 50

    /// The report as text; `sources` names the exports read.
    public func render(_ report: SLAReport, sources: [TicketExport], calendar: ServiceCalendar) -> String {
        var out = "Service levels recomputed from \(sources.count) export(s): \(report.total) ticket(s), \(report.excluded) excluded, \(report.unresolved) open\n"
        out += "Calendar: \(SLAWords.calendar(calendar))\n"
        for source in sources {
            out += "  \(ControlCharacters.escaped(source.path)): \(source.preset), \(source.count) ticket(s)"
            out += source.skipped.isEmpty ? "\n" : ", \(source.skipped.count) row(s) skipped\n"
        }
        out += "\nTargets\n"
        if report.targets.isEmpty { out += "  none stated: shares within target are not computed (give --contract or sla-targets in the profile)\n" }
        for target in report.targets {
            out += "  P\(target.priority)  response \(SLAWords.target(target.responseMinutes, target.responseClock)), resolution \(SLAWords.target(target.resolutionMinutes, target.resolutionClock))  (\(ControlCharacters.escaped(target.source)))\n"
        }
        out += "\n" + table(report.priorities, first: "Priority")
        if report.months.count > report.priorities.count {
            out += "\nBy month\n" + table(report.months, first: "Month")
        }
        if !report.worst.isEmpty {
            out += "\nWorst tickets\n"
            for priority in report.worst.keys.sorted(by: { ($0 == 0 ? 9 : $0) < ($1 == 0 ? 9 : $1) }) {
                for ticket in report.worst[priority]! {
                    out += "  \(SLAWords.priority(ticket.ticket.priority))  \(SLAWords.id(ticket.ticket.id))  response \(SLAWords.pair(ticket.responseBusiness, ticket.responseCalendar)), resolution \(SLAWords.pair(ticket.resolutionBusiness, ticket.resolutionCalendar))\n"
                }
            }
        }
        out += "\nVendor flags that disagree: \(report.disagreementCount)\n"
        for disagreement in report.disagreements.prefix(Self.listed) {
            out += "  \(SLAWords.id(disagreement.ticket.ticket.id)) \(SLAWords.priority(disagreement.ticket.ticket.priority)) \(disagreement.measure): vendor says \(disagreement.vendorMet ? "met" : "missed"), recomputed \(disagreement.recomputedMet ? "met" : "missed")\n"
        }
        if report.disagreementCount > Self.listed {
            out += "  … and \(report.disagreementCount - Self.listed) more (--format json lists up to \(SLAAccumulator.listedDisagreements))\n"
        }
        for skipped in sources.flatMap(\.skipped) { out += "skipped: \(skipped.description)\n" }
        return out
    }

    private func table(_ groups: [SLAReport.Group], first: String) -> String {
        var rows = [[first, "Tickets", "Response in target", "median bus / cal", "p90 bus / cal", "Resolution in target", "median bus / cal", "p90 bus / cal", "Reopened"]]
        for group in groups {
            let name = group.month.map { "\(SLAWords.priority(group.priority)) \($0)" } ?? SLAWords.priority(group.priority)
            rows.append([name, "\(group.tickets)",
                         SLAWords.share(group.response), SLAWords.pair(group.response.medianBusiness, group.response.medianCalendar),
                         SLAWords.pair(group.response.p90Business, group.response.p90Calendar),
                         SLAWords.share(group.resolution), SLAWords.pair(group.resolution.medianBusiness, group.resolution.medianCalendar),
                         SLAWords.pair(group.resolution.p90Business, group.resolution.p90Calendar),
                         group.reopenRate.map { $0.percent } ?? "–"])
        }
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max()! }
        return rows.map { row in
            "  " + row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
        }.joined()
    }
}

/// How the ticket reports write durations, shares and targets, shared by every format.
enum SLAWords {
    /// 45 → "45 min", 370 → "6 h 10 min", 2880 → "48 h".
    static func duration(_ minutes: Double?) -> String {
        guard let minutes else { return "–" }
        let whole = Int(minutes.rounded())
        if whole < 60 { return "\(whole) min" }
        return whole % 60 == 0 ? "\(whole / 60) h" : "\(whole / 60) h \(whole % 60) min"
    }

    static func pair(_ business: Double?, _ calendar: Double?) -> String {
        "\(duration(business)) / \(duration(calendar))"
    }

    static func share(_ figures: SLAReport.Figures) -> String {
        guard let share = figures.share else { return "–" }
        return "\(share.percent) (\(figures.withinTarget)/\(figures.judged))"
    }

    /// "#1042", or the id as written when it carries its own mark ("#SR-1042").
    static func id(_ id: String) -> String {
        ControlCharacters.escaped(id.hasPrefix("#") ? id : "#" + id)
    }

    static func priority(_ priority: Int?) -> String {
        priority.map { "P\($0)" } ?? "other"
    }

    static func target(_ minutes: Double?, _ clock: SLATarget.Clock) -> String {
        guard let minutes else { return "not stated" }
        return "\(duration(minutes)) (\(clock.rawValue))"
    }

    static func calendar(_ calendar: ServiceCalendar) -> String {
        let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        // Runs of days with the same hours are written once: "Mon–Fri 08:00–18:00".
        var hours: [String] = []
        var day = 1
        while day <= 7 {
            let windows = calendar.hours[day] ?? []
            var last = day
            while last < 7, (calendar.hours[last + 1] ?? []) == windows { last += 1 }
            if !windows.isEmpty {
                let span = last == day ? days[day - 1] : "\(days[day - 1])–\(days[last - 1])"
                hours.append(span + " " + windows.map { "\(clock($0.start))–\(clock($0.end))" }.joined(separator: ", "))
            }
            day = last + 1
        }
        return "\(calendar.timeZone.identifier); \(hours.isEmpty ? "no business hours" : hours.joined(separator: "; ")); \(calendar.holidays.count) holiday(s); hold time \(calendar.holdPausesClock ? "stops" : "does not stop") the resolution clock"
    }

    private static func clock(_ minute: Int) -> String {
        let hour = String(minute / 60), rest = String(minute % 60)
        return String(repeating: "0", count: 2 - hour.count) + hour + ":" + String(repeating: "0", count: 2 - rest.count) + rest
    }
}
