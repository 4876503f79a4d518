/// Gathers the service-level figures one ticket at a time, so an export of a million tickets is
/// never held whole: per ticket only its four times and two verdicts are kept (the percentiles
/// need every time), plus the three worst tickets per priority and the first disagreements.
public struct SLAAccumulator: Sendable {
    /// A group: a priority (0 for none) and a month.
    struct Key: Hashable, Sendable {
        var priority: Int
        var month: String
    }

    /// What a ticket leaves behind once measured.
    struct Sample: Sendable {
        var responseBusiness: Double?
        var responseCalendar: Double?
        var resolutionBusiness: Double?
        var resolutionCalendar: Double?
        var responseMet: Bool?
        var resolutionMet: Bool?
        var reopened: Bool?
    }

    /// How many disagreements are listed; all are counted.
    public static let listedDisagreements = 1000

    private let measurement: SLAMeasurement
    private let clock: BusinessClock
    private var samples: [Key: [Sample]] = [:]
    private var worst: [Int: [(overage: Double, ticket: MeasuredTicket)]] = [:]
    private var disagreements: [SLAReport.Disagreement] = []
    private var disagreementCount = 0
    private var excluded = 0
    private var unresolved = 0

    /// An empty accumulator measuring with `measurement`.
    public init(measurement: SLAMeasurement) {
        self.measurement = measurement
        clock = BusinessClock(measurement.calendar)
    }

    /// Measures one ticket and adds it to the figures.
    public mutating func add(_ ticket: Ticket) {
        guard !ticket.excluded else {
            excluded += 1
            return
        }
        let measured = measurement.measure(ticket, on: clock)
        if ticket.resolved == nil { unresolved += 1 }
        let key = Key(priority: ticket.priority ?? 0, month: clock.month(of: ticket.created))
        samples[key, default: []].append(Sample(responseBusiness: measured.responseBusiness, responseCalendar: measured.responseCalendar,
                                                resolutionBusiness: measured.resolutionBusiness, resolutionCalendar: measured.resolutionCalendar,
                                                responseMet: measured.responseMet, resolutionMet: measured.resolutionMet,
                                                reopened: ticket.reopens.map { $0 > 0 }))
        keepIfWorst(measured, priority: key.priority)
        for (measure, vendor, ours) in [("response", ticket.vendorResponseMet, measured.responseMet),
                                        ("resolution", ticket.vendorResolutionMet, measured.resolutionMet)] {
            guard let vendor, let ours, vendor != ours else { continue }
            disagreementCount += 1
            if disagreements.count < Self.listedDisagreements {
                disagreements.append(SLAReport.Disagreement(ticket: measured, measure: measure, vendorMet: vendor, recomputedMet: ours))
            }
        }
    }

    /// How far a ticket went past its resolution target (or its response target while open, or
    /// its resolution time without a target): what ranks the worst tickets.
    private func overage(_ ticket: MeasuredTicket) -> Double {
        guard let target = ticket.ticket.priority.flatMap({ measurement.targets[$0] }) else { return ticket.resolutionCalendar ?? -1 }
        guard let limit = target.resolutionMinutes, let taken = ticket.resolution(on: target.resolutionClock) else {
            return (ticket.response(on: target.responseClock) ?? 0) - (target.responseMinutes ?? 0)
        }
        return taken - limit
    }

    private mutating func keepIfWorst(_ ticket: MeasuredTicket, priority: Int) {
        var kept = worst[priority, default: []]
        kept.append((overage(ticket), ticket))
        // Most over first; ties by id, so the order never depends on the order of the export.
        kept.sort { ($0.overage, $1.ticket.ticket.id) > ($1.overage, $0.ticket.ticket.id) }
        worst[priority] = Array(kept.prefix(3))
    }

    /// The figures of every ticket added.
    public func report() -> SLAReport {
        SLAReport(targets: measurement.targets.values.sorted { $0.priority < $1.priority }, samples: samples,
                  worst: worst.mapValues { $0.map(\.ticket) }, disagreements: disagreements, disagreementCount: disagreementCount,
                  excluded: excluded, unresolved: unresolved)
    }
}
