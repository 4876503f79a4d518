import Foundation

/// Recomputes each ticket's service times from its timestamps on the client's calendar, and
/// whether each met the target for its priority.
///
/// Hold time (a PSA's "minutes waiting" or "SLA hold time") stops the resolution clock only when
/// the calendar says hold pauses it, and is taken off as the PSA reports it, never below zero.
/// The response clock does not stop: a ticket is waiting on the MSP until it first answers.
public struct SLAMeasurement: Sendable {
    /// The calendar the clock runs on.
    public var calendar: ServiceCalendar
    /// Targets by priority.
    public var targets: [Int: SLATarget]

    /// A measurement on `calendar` against `targets`.
    public init(calendar: ServiceCalendar, targets: [SLATarget]) {
        self.calendar = calendar
        self.targets = Dictionary(targets.map { ($0.priority, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every ticket measured, excluded ones left out.
    public func measure(_ tickets: [Ticket]) -> [MeasuredTicket] {
        let clock = BusinessClock(calendar)
        return tickets.filter { !$0.excluded }.map { measure($0, on: clock) }
    }

    func measure(_ ticket: Ticket, on clock: BusinessClock) -> MeasuredTicket {
        var measured = MeasuredTicket(ticket: ticket)
        if let response = ticket.firstResponse {
            measured.responseCalendar = clock.minutes(from: ticket.created, to: response, on: .calendar)
            measured.responseBusiness = clock.minutes(from: ticket.created, to: response, on: .business)
        }
        if let resolved = ticket.resolved {
            let hold = calendar.holdPausesClock ? ticket.holdMinutes ?? 0 : 0
            measured.resolutionCalendar = max(0, clock.minutes(from: ticket.created, to: resolved, on: .calendar) - hold)
            measured.resolutionBusiness = max(0, clock.minutes(from: ticket.created, to: resolved, on: .business) - hold)
        }
        if let priority = ticket.priority, let target = targets[priority] {
            if let minutes = target.responseMinutes, let taken = measured.response(on: target.responseClock) {
                measured.responseMet = taken <= minutes
            }
            if let minutes = target.resolutionMinutes, let taken = measured.resolution(on: target.resolutionClock) {
                measured.resolutionMet = taken <= minutes
            }
        }
        return measured
    }
}

extension SLAMeasurement {
    /// The local day `date` falls on in `calendar`'s time zone.
    public static func day(of date: Date, in calendar: ServiceCalendar) -> CivilDate? {
        BusinessClock(calendar).day(of: date)
    }
}

extension MeasuredTicket {
    init(ticket: Ticket) {
        self.init(ticket: ticket, responseCalendar: nil, responseBusiness: nil, resolutionCalendar: nil, resolutionBusiness: nil,
                  responseMet: nil, resolutionMet: nil)
    }
}
