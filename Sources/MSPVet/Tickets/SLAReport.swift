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
    /// Where the vendor's flags and the recomputation differ, in the order read (the first
    /// ``SLAAccumulator/listedDisagreements``; `disagreementCount` counts them all).
    public var disagreements: [Disagreement]
    /// How many tickets the vendor's flags and the recomputation differ on.
    public var disagreementCount: Int
    /// Tickets left out: excluded from the SLA, merged or deleted in the PSA.
    public var excluded: Int
    /// Every ticket counted, excluded ones included.
    public var total: Int { months.reduce(0) { $0 + $1.tickets } + excluded }
    /// Tickets still open (no resolution time).
    public var unresolved: Int

    /// Measures `tickets` and gathers the figures.
    public init(tickets: [Ticket], measurement: SLAMeasurement) {
        var accumulator = SLAAccumulator(measurement: measurement)
        for ticket in tickets { accumulator.add(ticket) }
        self = accumulator.report()
    }

    init(targets: [SLATarget], samples: [SLAAccumulator.Key: [SLAAccumulator.Sample]], worst: [Int: [MeasuredTicket]],
         disagreements: [Disagreement], disagreementCount: Int, excluded: Int, unresolved: Int) {
        self.targets = targets
        self.worst = worst
        self.disagreements = disagreements
        self.disagreementCount = disagreementCount
        self.excluded = excluded
        self.unresolved = unresolved
        let order: (Int) -> Int = { $0 == 0 ? 9 : $0 }
        let keys = samples.keys.sorted { (order($0.priority), $0.month) < (order($1.priority), $1.month) }
        months = keys.map { Self.group(samples[$0]!, priority: $0.priority == 0 ? nil : $0.priority, month: $0.month) }
        let byPriority = Dictionary(grouping: keys, by: \.priority)
        priorities = byPriority.keys.sorted { order($0) < order($1) }.map { priority in
            Self.group(byPriority[priority]!.flatMap { samples[$0]! }, priority: priority == 0 ? nil : priority, month: nil)
        }
    }

    private static func group(_ samples: [SLAAccumulator.Sample], priority: Int?, month: String?) -> Group {
        func figures(_ business: (SLAAccumulator.Sample) -> Double?, _ calendar: (SLAAccumulator.Sample) -> Double?,
                     _ met: (SLAAccumulator.Sample) -> Bool?) -> Figures {
            let businessTimes = samples.compactMap(business).sorted()
            let calendarTimes = samples.compactMap(calendar).sorted()
            let verdicts = samples.compactMap(met)
            return Figures(measured: calendarTimes.count, judged: verdicts.count, withinTarget: verdicts.filter { $0 }.count,
                           medianBusiness: percentile(businessTimes, 0.5), p90Business: percentile(businessTimes, 0.9),
                           medianCalendar: percentile(calendarTimes, 0.5), p90Calendar: percentile(calendarTimes, 0.9))
        }
        let counted = samples.compactMap(\.reopened)
        return Group(priority: priority, month: month, tickets: samples.count,
                     response: figures(\.responseBusiness, \.responseCalendar, \.responseMet),
                     resolution: figures(\.resolutionBusiness, \.resolutionCalendar, \.resolutionMet),
                     reopenRate: counted.isEmpty ? nil : Double(counted.filter { $0 }.count) / Double(counted.count))
    }

    /// Nearest rank: the ⌈p·n⌉-th of the sorted times.
    static func percentile(_ sorted: [Double], _ p: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let rank = Int((p * Double(sorted.count)).rounded(.up))
        return sorted[max(0, min(sorted.count, rank) - 1)]
    }
}
