import Foundation

/// When the MSP's clock runs: the client's time zone, its business hours per weekday, its
/// holidays, and whether time a ticket spends on hold (waiting on the client) stops the clock.
/// Business-time targets are measured on it; calendar-time targets only use its time zone.
public struct ServiceCalendar: Sendable, Hashable {
    /// Business hours of one weekday, as minutes after local midnight: [480, 1080) is 08:00–18:00.
    public struct Window: Sendable, Hashable {
        /// Opening, in minutes after local midnight.
        public var start: Int
        /// Closing, in minutes after local midnight (1440 is midnight at the end of the day).
        public var end: Int

        /// A window from `start` to `end` minutes after midnight.
        public init(start: Int, end: Int) {
            self.start = start
            self.end = end
        }
    }

    /// The client's IANA time zone ("America/Los_Angeles"): local midnight and business hours are
    /// read in it, so a daylight-saving change moves them with the clocks.
    public var timeZone: TimeZone
    /// Business hours by ISO weekday (Monday 1 … Sunday 7); a day not listed is closed.
    public var hours: [Int: [Window]]
    /// Days closed all day.
    public var holidays: Set<CivilDate>
    /// Whether time on hold (a PSA's "waiting" time) stops the clock. A contract that does not
    /// say the clock stops while waiting on the client gives the client the whole time.
    public var holdPausesClock: Bool

    /// A calendar; `hours` defaults to Monday to Friday, 09:00–17:00.
    public init(timeZone: TimeZone, hours: [Int: [Window]] = ServiceCalendar.weekdays(9 * 60, 17 * 60),
                holidays: Set<CivilDate> = [], holdPausesClock: Bool = true) {
        self.timeZone = timeZone
        self.hours = hours
        self.holidays = holidays
        self.holdPausesClock = holdPausesClock
    }

    /// The same window Monday to Friday.
    public static func weekdays(_ start: Int, _ end: Int) -> [Int: [Window]] {
        Dictionary(uniqueKeysWithValues: (1...5).map { ($0, [Window(start: start, end: end)]) })
    }

    /// Mondays to Fridays 09:00–17:00 in UTC, for exports read without a profile.
    public static let standard = ServiceCalendar(timeZone: TimeZone(identifier: "UTC")!)
}
