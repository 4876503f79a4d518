/// Service levels as recomputed from tickets, per priority and per priority and month: how many
/// tickets, the share within target, and the median and 90th percentile in business and calendar
/// minutes. Support times are skewed, so no mean is given.
///
/// Percentiles are nearest-rank: the p-th percentile of n sorted times is the ⌈p·n⌉-th, so every
/// figure is a time some ticket actually took (the median of four times is the second).
public struct SLAReport: Sendable {
    /// One priority's figures, over all months or one.
    public struct Group: Sendable, Hashable {
        /// 1 to 4; nil for tickets whose priority names no tier.
        public var priority: Int?
        /// "2026-03", or nil for every month together.
        public var month: String?
        /// Tickets measured (excluded ones are not).
        public var tickets: Int
        /// Response and resolution figures.
        public var response: Figures
        /// Resolution figures.
        public var resolution: Figures
        /// Share of tickets reopened at least once, when the export counts reopens.
        public var reopenRate: Double?
    }

    /// Figures for one measure (response or resolution) of a group.
    public struct Figures: Sendable, Hashable {
        /// Tickets with a time for this measure.
        public var measured: Int
        /// Tickets with a time and a target, and those within it.
        public var judged: Int
        /// Tickets judged within target.
        public var withinTarget: Int
        /// Nearest-rank median and 90th percentile, business and calendar minutes.
        public var medianBusiness: Double?
        /// 90th percentile, business minutes.
        public var p90Business: Double?
        /// Median, calendar minutes.
        public var medianCalendar: Double?
        /// 90th percentile, calendar minutes.
        public var p90Calendar: Double?

        /// The share within target; nil when nothing could be judged.
        public var share: Double? { judged == 0 ? nil : Double(withinTarget) / Double(judged) }
    }

    /// A ticket the vendor's own flag calls otherwise than the recomputation does.
    public struct Disagreement: Sendable, Hashable {
        /// The ticket, as recomputed.
        public var ticket: MeasuredTicket
        /// "response" or "resolution".
        public var measure: String
        /// The vendor's flag.
        public var vendorMet: Bool
        /// The recomputed verdict.
        public var recomputedMet: Bool
    }

    /// The targets measured against, by priority.
    public var targets: [SLATarget]
    /// Per priority, all months together, most urgent first.
    public var priorities: [Group]
    /// Per priority and month, in order.
    public var months: [Group]
    /// The tickets furthest over their resolution target (or slowest, without one), per priority.
    public var worst: [Int: [MeasuredTicket]]
    /// Where the vendor's flags and the recomputation differ, by ticket id.
    public var disagreements: [Disagreement]
    /// Tickets left out: excluded from the SLA, merged or deleted in the PSA.
    public var excluded: Int
    /// Tickets still open (no resolution time).
    public var unresolved: Int

    /// Measures `tickets` and gathers the figures.
    public init(tickets: [Ticket], measurement: SLAMeasurement) {
        let measured = measurement.measure(tickets)
        let clock = BusinessClock(measurement.calendar)
        targets = measurement.targets.values.sorted { $0.priority < $1.priority }
        excluded = tickets.count - measured.count
        unresolved = measured.filter { $0.ticket.resolved == nil }.count
        let byPriority = Dictionary(grouping: measured) { $0.ticket.priority ?? 0 }
        priorities = byPriority.keys.sorted { ($0 == 0 ? 9 : $0) < ($1 == 0 ? 9 : $1) }.map { key in
            Self.group(byPriority[key]!, priority: key == 0 ? nil : key, month: nil)
        }
        months = byPriority.keys.sorted { ($0 == 0 ? 9 : $0) < ($1 == 0 ? 9 : $1) }.flatMap { key in
            let byMonth = Dictionary(grouping: byPriority[key]!) { clock.month(of: $0.ticket.created) }
            return byMonth.keys.sorted().map { Self.group(byMonth[$0]!, priority: key == 0 ? nil : key, month: $0) }
        }
        worst = byPriority.compactMapValues { group in
            let target = group.first?.ticket.priority.flatMap { measurement.targets[$0] }
            func overage(_ ticket: MeasuredTicket) -> Double {
                guard let target else { return ticket.resolutionCalendar ?? -1 }
                guard let limit = target.resolutionMinutes, let taken = ticket.resolution(on: target.resolutionClock) else {
                    return (ticket.response(on: target.responseClock) ?? 0) - (target.responseMinutes ?? 0)
                }
                return taken - limit
            }
            // Rank the overages, not the tickets: a group can hold hundreds of thousands.
            let ranked = group.indices.map { (overage(group[$0]), $0) }
                .sorted { ($0.0, group[$1.1].ticket.id) > ($1.0, group[$0.1].ticket.id) }
            return ranked.prefix(3).map { group[$0.1] }
        }.filter { !$0.value.isEmpty }
        disagreements = measured.flatMap { ticket -> [Disagreement] in
            var found: [Disagreement] = []
            if let vendor = ticket.ticket.vendorResponseMet, let ours = ticket.responseMet, vendor != ours {
                found.append(Disagreement(ticket: ticket, measure: "response", vendorMet: vendor, recomputedMet: ours))
            }
            if let vendor = ticket.ticket.vendorResolutionMet, let ours = ticket.resolutionMet, vendor != ours {
                found.append(Disagreement(ticket: ticket, measure: "resolution", vendorMet: vendor, recomputedMet: ours))
            }
            return found
        }.sorted { ($0.ticket.ticket.row, $0.measure) < ($1.ticket.ticket.row, $1.measure) }
    }

    private static func group(_ tickets: [MeasuredTicket], priority: Int?, month: String?) -> Group {
        func figures(_ business: (MeasuredTicket) -> Double?, _ calendar: (MeasuredTicket) -> Double?, _ met: (MeasuredTicket) -> Bool?) -> Figures {
            let businessTimes = tickets.compactMap(business).sorted()
            let calendarTimes = tickets.compactMap(calendar).sorted()
            let verdicts = tickets.compactMap(met)
            return Figures(measured: calendarTimes.count, judged: verdicts.count, withinTarget: verdicts.filter { $0 }.count,
                           medianBusiness: percentile(businessTimes, 0.5), p90Business: percentile(businessTimes, 0.9),
                           medianCalendar: percentile(calendarTimes, 0.5), p90Calendar: percentile(calendarTimes, 0.9))
        }
        let counted = tickets.compactMap(\.ticket.reopens)
        return Group(priority: priority, month: month, tickets: tickets.count,
                     response: figures(\.responseBusiness, \.responseCalendar, \.responseMet),
                     resolution: figures(\.resolutionBusiness, \.resolutionCalendar, \.resolutionMet),
                     reopenRate: counted.isEmpty ? nil : Double(counted.filter { $0 > 0 }.count) / Double(counted.count))
    }

    /// Nearest rank: the ⌈p·n⌉-th of the sorted times.
    static func percentile(_ sorted: [Double], _ p: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let rank = Int((p * Double(sorted.count)).rounded(.up))
        return sorted[max(0, min(sorted.count, rank) - 1)]
    }
}
