import Testing
@testable import MSPVet

/// The calendar under the audit: whole days, months that clamp to their end, leap years, and
/// numeric dates read the client's way.
@Suite("Calendar arithmetic")
struct CalendarArithmeticTests {
    private func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    @Test func monthsClampToTheMonthsEnd() {
        #expect(date("2025-01-31").adding(months: 1) == date("2025-02-28"))
        #expect(date("2024-01-31").adding(months: 1) == date("2024-02-29"))
        #expect(date("2024-02-29").adding(months: 12) == date("2025-02-28"))
        #expect(date("2024-02-29").adding(months: 48) == date("2028-02-29"))
        #expect(date("2025-03-31").adding(months: -1) == date("2025-02-28"))
        #expect(date("2025-11-15").adding(months: 3) == date("2026-02-15"))
    }

    @Test func daysCrossMonthsYearsAndLeapDays() {
        #expect(date("2027-01-31").adding(days: -90) == date("2026-11-02"))
        #expect(date("2024-03-01").adding(days: -1) == date("2024-02-29"))
        #expect(date("2023-03-01").adding(days: -1) == date("2023-02-28"))
        #expect(date("2026-11-23").days(to: date("2026-11-30")) == 7)
        #expect(date("1999-12-31").adding(days: 1) == date("2000-01-01"))
        for day in stride(from: -800_000, to: 800_000, by: 997) {
            #expect(CivilDate(dayNumber: day).dayNumber == day)
        }
    }

    @Test func impossibleDaysAreNotDates() {
        #expect(CivilDate(iso: "2025-02-29") == nil)
        #expect(CivilDate(iso: "2100-02-29") == nil)
        #expect(CivilDate(iso: "2000-02-29") != nil)
        #expect(CivilDate(iso: "2025-13-01") == nil)
        #expect(CivilDate(iso: "2025-1-01") == nil)
        #expect(CivilDate(iso: "next tuesday") == nil)
    }

    @Test func weekdaysAndBusinessDays() {
        #expect(date("2026-11-23").weekday == 1)
        #expect(date("2026-11-29").weekday == 7)
        #expect(date("2026-11-23").long == "Monday 23 November 2026")
        // Ten business days before Friday 18 December 2026: two weekends are skipped.
        #expect(date("2026-12-18").subtracting(businessDays: 10) == date("2026-12-04"))
        // One business day before a Monday is the Friday.
        #expect(date("2026-11-23").subtracting(businessDays: 1) == date("2026-11-20"))
    }

    @Test func everyCommonWayOfWritingADateIsRead() {
        let cases: [(String, String)] = [
            ("signed on March 1, 2025 by both", "2025-03-01"),
            ("effective Mar. 1st 2025.", "2025-03-01"),
            ("dated 1st March 2025", "2025-03-01"),
            ("made this 1st day of March, 2025", "2025-03-01"),
            ("on 1 March 2025", "2025-03-01"),
            ("from 2025-03-01 onwards", "2025-03-01"),
            ("begins 15/03/2025", "2025-03-15"),
            ("begins 03/15/2025", "2025-03-15"),
        ]
        for (text, expected) in cases {
            #expect(DateReader.dates(in: text, order: nil).dates.map(\.date.iso) == [expected], "\(text)")
        }
    }

    @Test func aNumericDateThatCouldBeEitherIsReadOnlyByTheLocale() {
        let text = "This Agreement is effective 01/03/2025."
        #expect(DateReader.dates(in: text, order: nil).dates.isEmpty)
        #expect(DateReader.dates(in: text, order: nil).ambiguous == ["01/03/2025"])
        #expect(DateReader.dates(in: text, order: .dayFirst).dates.map(\.date.iso) == ["2025-03-01"])
        #expect(DateReader.dates(in: text, order: .monthFirst).dates.map(\.date.iso) == ["2025-01-03"])
        #expect(DateOrder(locale: "en-US") == .monthFirst)
        #expect(DateOrder(locale: "en_GB") == .dayFirst)
        #expect(DateOrder(locale: "de-DE") == .dayFirst)
        #expect(DateOrder(locale: "en") == nil)
    }

    @Test func wordsThatLookLikeDatesAreNot() {
        #expect(DateReader.dates(in: "February 30, 2025 is no day.", order: nil).dates.isEmpty)
        #expect(DateReader.dates(in: "Invoice 12/2025 covers May.", order: nil).dates.isEmpty)
        let two = DateReader.dates(in: "Signed 2 May 2025 and countersigned May 9, 2025.", order: nil).dates
        #expect(two.map(\.date.iso) == ["2025-05-02", "2025-05-09"])
        #expect(two.map(\.written) == ["2 May 2025", "May 9, 2025"])
    }
}
