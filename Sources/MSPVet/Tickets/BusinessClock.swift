import Foundation

/// Counts minutes on a service calendar: calendar minutes are wall time; business minutes are
/// the parts of each local day's business hours between two instants, holidays skipped. Each
/// day's hours are placed with the time zone database, so on the day clocks change an 08:00–18:00
/// day is still 08:00 to 18:00 local time (nine or eleven hours apart only if the change falls
/// inside the window).
struct BusinessClock {
    let calendar: ServiceCalendar
    private let gregorian: Calendar

    init(_ calendar: ServiceCalendar) {
        self.calendar = calendar
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = calendar.timeZone
        self.gregorian = gregorian
    }

    /// The local day `date` falls on.
    func day(of date: Date) -> CivilDate {
        let parts = gregorian.dateComponents([.year, .month, .day], from: date)
        return CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// "2026-03" in the calendar's time zone.
    func month(of date: Date) -> String {
        String(day(of: date).iso.prefix(7))
    }

    func minutes(from start: Date, to end: Date, on clock: SLATarget.Clock) -> Double {
        switch clock {
        case .calendar: max(0, end.timeIntervalSince(start) / 60)
        case .business: businessMinutes(from: start, to: end)
        }
    }

    func businessMinutes(from start: Date, to end: Date) -> Double {
        guard end > start else { return 0 }
        var total = 0.0
        var day = self.day(of: start)
        let last = self.day(of: end)
        while day <= last {
            if !calendar.holidays.contains(day), let windows = calendar.hours[day.weekday] {
                for window in windows {
                    let opens = instant(day, window.start), closes = instant(day, window.end)
                    let from = max(opens, start), to = min(closes, end)
                    if to > from { total += to.timeIntervalSince(from) }
                }
            }
            day = day.adding(days: 1)
        }
        return total / 60
    }

    /// Local wall-clock `minute` after midnight of `day`; 24:00 is the next midnight.
    private func instant(_ day: CivilDate, _ minute: Int) -> Date {
        if minute >= 1440 { return instant(day.adding(days: 1), minute - 1440) }
        let parts = DateComponents(year: day.year, month: day.month, day: day.day, hour: minute / 60, minute: minute % 60)
        return gregorian.date(from: parts)!
    }
}
