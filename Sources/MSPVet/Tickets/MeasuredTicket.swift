/// A ticket with its times recomputed: first response and resolution in calendar and business
/// minutes, and whether each met the target for its priority.
public struct MeasuredTicket: Sendable, Hashable {
    /// The ticket as exported.
    public var ticket: Ticket
    /// Minutes to first response, calendar and business; nil without a response.
    public var responseCalendar: Double?
    /// Minutes to first response on the business clock.
    public var responseBusiness: Double?
    /// Minutes to resolution, hold time taken off when the calendar lets hold stop the clock.
    public var resolutionCalendar: Double?
    /// Minutes to resolution on the business clock.
    public var resolutionBusiness: Double?
    /// Whether the response and resolution met their targets; nil without a target or a time.
    public var responseMet: Bool?
    /// Whether the resolution met its target.
    public var resolutionMet: Bool?

    /// The response minutes on `clock`.
    public func response(on clock: SLATarget.Clock) -> Double? {
        clock == .business ? responseBusiness : responseCalendar
    }

    /// The resolution minutes on `clock`.
    public func resolution(on clock: SLATarget.Clock) -> Double? {
        clock == .business ? resolutionBusiness : resolutionCalendar
    }
}
