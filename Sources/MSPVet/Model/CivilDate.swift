/// A day on the calendar, with no time and no time zone: contract terms run in whole days, and a
/// time zone would move a deadline by a day for a reader on the other side of midnight.
///
/// Day arithmetic goes through a count of days since 1970-01-01 (the proleptic Gregorian calendar,
/// after Howard Hinnant's `days_from_civil`), so leap years and month ends need no special cases.
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, 1 to 9999.
    public let year: Int
    /// The month, 1 to 12.
    public let month: Int
    /// The day of the month.
    public let day: Int

    /// A date, or nil when the day does not exist ("2025-02-29", "2025-13-01").
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// "2025-03-01", the one form the command line and JSON use.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Days since 1970-01-01.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = day
    }

    /// `count` days later (earlier when negative).
    public func adding(days count: Int) -> CivilDate {
        CivilDate(dayNumber: dayNumber + count)
    }

    /// `count` months later, the day clamped to the month's end: January 31 + 1 month is February
    /// 28, or 29 in a leap year. Add months to the date a schedule starts from, never to a date
    /// already clamped, or January 31 drifts to the 28th for every month after February.
    public func adding(months count: Int) -> CivilDate {
        let index = year * 12 + (month - 1) + count
        let (newYear, newMonth) = (index / 12, index % 12 + 1)
        let clamped = min(day, Self.daysIn(month: newMonth, year: newYear))
        return CivilDate(year: newYear, month: newMonth, day: clamped)!
    }

    /// Days from this date to `other`: positive when `other` is later.
    public func days(to other: CivilDate) -> Int {
        other.dayNumber - dayNumber
    }

    /// Monday is 1, Sunday 7 (ISO 8601).
    public var weekday: Int {
        // 1970-01-01 was a Thursday.
        ((dayNumber % 7 + 7) % 7 + 3) % 7 + 1
    }

    /// Saturday or Sunday.
    public var isWeekend: Bool { weekday >= 6 }

    /// `count` business days earlier (Monday to Friday; the date itself does not count).
    public func subtracting(businessDays count: Int) -> CivilDate {
        var date = self
        var left = count
        while left > 0 {
            date = date.adding(days: -1)
            if !date.isWeekend { left -= 1 }
        }
        return date
    }

    /// "2025-03-01".
    public var iso: String {
        "\(Self.padded(year, 4))-\(Self.padded(month, 2))-\(Self.padded(day, 2))"
    }

    /// "20250301", the form of an iCalendar DATE.
    public var basic: String { iso.replacingOccurrences(of: "-", with: "") }

    /// "1 March 2025": unambiguous in every locale, for people.
    public var words: String { "\(day) \(Self.monthNames[month - 1]) \(year)" }

    public var description: String { iso }

    public static func < (a: CivilDate, b: CivilDate) -> Bool { a.dayNumber < b.dayNumber }

    private static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
