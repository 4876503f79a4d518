import Testing
@testable import MSPVet

/// The renewal maths contract tools are known to get wrong, each as a case: notice counted from
/// the initial end after a tacit renewal, a 36-month term with 12-month renewals, "60 + 12
/// months", deadlines across a year change, off-by-one ends, reminders from the start date,
/// leap years and month ends. Every date is worked out by hand in the comment beside it.
@Suite("Renewal schedule")
struct RenewalScheduleTests {
    private func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    private func terms(effective: String?, initial: Int?, renewal: KeyTerms.Renewal? = .automatic, renewalMonths: Int? = 12,
                       notice: NoticeLength? = NoticeLength(90, .days), maximum: NoticeLength? = nil) -> KeyTerms {
        KeyTerms(file: "msa.md",
                 effectiveDate: effective.map { StatedTerm(date($0), source: nil) },
                 initialTermMonths: initial.map { StatedTerm($0, source: nil) },
                 renewal: renewal.map { StatedTerm($0, source: nil) },
                 renewalTermMonths: renewalMonths.map { StatedTerm($0, source: nil) },
                 noticeMinimum: notice.map { StatedTerm($0, source: nil) },
                 noticeMaximum: maximum.map { StatedTerm($0, source: nil) })
    }

    @Test func thirtySixMonthsThenTwelveMonthRenewalsEndTheDayBeforeEachAnniversary() {
        let schedule = RenewalSchedule(terms(effective: "2023-03-01", initial: 36), asOf: date("2027-06-01"))
        #expect(schedule.terms.map(\.start.iso) == ["2023-03-01", "2026-03-01", "2027-03-01", "2028-03-01"])
        // 2028 is a leap year: the second renewal runs to 29 February.
        #expect(schedule.terms.map(\.end.iso) == ["2026-02-28", "2027-02-28", "2028-02-29", "2029-02-28"])
        #expect(schedule.current?.number == 2)
    }

    @Test func afterATacitRenewalNoticeCountsFromTheRenewalsEndNotTheInitialOne() {
        // Initial term 2020; renewed by silence for 2021, which ends 31 December 2021.
        let schedule = RenewalSchedule(terms(effective: "2020-01-01", initial: 12), asOf: date("2021-06-01"))
        #expect(schedule.current == ContractTerm(number: 1, start: date("2021-01-01"), end: date("2021-12-31")))
        // 31 December 2021 less 90 days is 2 October 2021; from the initial end it would be 2020.
        #expect(schedule.deadline?.latest == date("2021-10-02"))
        #expect(schedule.daysLeft == 123)
        #expect(schedule.state == .inNoticeWindow)
    }

    @Test func sixtyMonthsPlusTwelveIsSeventyTwoNotOneHundredAndTwenty() {
        let schedule = RenewalSchedule(terms(effective: "2020-01-15", initial: 60), asOf: date("2025-06-01"))
        #expect(schedule.terms[0].end == date("2025-01-14"))
        #expect(schedule.terms[1] == ContractTerm(number: 1, start: date("2025-01-15"), end: date("2026-01-14")))
        #expect(schedule.current?.number == 1)
    }

    @Test func aDeadlineInTheYearBeforeTheTermEnds() {
        // A term ending 31 January 2027 with 90 days' notice: 2 November 2026.
        let schedule = RenewalSchedule(terms(effective: "2024-02-01", initial: 36), asOf: date("2026-10-15"))
        #expect(schedule.current?.end == date("2027-01-31"))
        #expect(schedule.deadline?.latest == date("2026-11-02"))
        #expect(schedule.deadline?.term.renewsOn == date("2027-02-01"))
        #expect(schedule.daysLeft == 18)
    }

    @Test func theDeadlineDayItselfIsStillInTheWindowAndTheNextDayIsNot() {
        let contract = terms(effective: "2024-03-01", initial: 36)
        let onTheDay = RenewalSchedule(contract, asOf: date("2026-11-30"))
        #expect(onTheDay.state == .inNoticeWindow)
        #expect(onTheDay.daysLeft == 0)
        let dayAfter = RenewalSchedule(contract, asOf: date("2026-12-01"))
        #expect(dayAfter.state == .deadlinePassed(renewsOn: date("2027-03-01")))
        // The next chance is the first renewal's: 29 February 2028 (a leap year) less 90 days.
        #expect(dayAfter.deadline?.latest == date("2027-12-01"))
        #expect(dayAfter.deadline?.term.number == 1)
        #expect(dayAfter.summary.hasPrefix("Deadline passed: the contract renews on Monday 1 March 2027."))
    }

    @Test func startingOnTheThirtyFirstNeverDriftsToTheTwentyEighth() {
        let schedule = RenewalSchedule(terms(effective: "2025-01-31", initial: 1, renewalMonths: 1, notice: NoticeLength(10, .days)),
                                       asOf: date("2025-04-10"))
        // Boundaries are counted from 31 January: 28 February, 31 March, 30 April.
        #expect(schedule.terms.map(\.start.iso) == ["2025-01-31", "2025-02-28", "2025-03-31", "2025-04-30"])
        #expect(schedule.terms.map(\.end.iso) == ["2025-02-27", "2025-03-30", "2025-04-29", "2025-05-30"])
        #expect(schedule.state == .monthToMonth)
        #expect(schedule.deadline?.latest == date("2025-04-19"))
    }

    @Test func aLeapDayStartClampsAndComesBack() {
        let schedule = RenewalSchedule(terms(effective: "2024-02-29", initial: 12), asOf: date("2028-03-15"))
        #expect(schedule.terms.map(\.start.iso) == ["2024-02-29", "2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29", "2029-02-28"])
    }

    @Test func aMaximumNoticeOpensAWindow() {
        let contract = terms(effective: "2024-01-01", initial: 36, notice: NoticeLength(30, .days), maximum: NoticeLength(60, .days))
        let early = RenewalSchedule(contract, asOf: date("2026-09-01"))
        // The term ends 31 December 2026: notice from 1 November (60 days) to 1 December (30).
        #expect(early.state == .windowNotOpen(opensOn: date("2026-11-01")))
        #expect(early.deadline?.earliest == date("2026-11-01"))
        #expect(early.deadline?.latest == date("2026-12-01"))
        #expect(RenewalSchedule(contract, asOf: date("2026-11-15")).state == .inNoticeWindow)
    }

    @Test func businessDaysSkipWeekends() {
        let contract = terms(effective: "2024-01-01", initial: 36, notice: NoticeLength(10, .businessDays))
        // The term ends Thursday 31 December 2026; ten business days before is Thursday 17 December.
        #expect(RenewalSchedule(contract, asOf: date("2026-12-01")).deadline?.latest == date("2026-12-17"))
    }

    @Test func monthsOfNoticeCountBackByTheCalendar() {
        let contract = terms(effective: "2024-03-01", initial: 36, notice: NoticeLength(3, .months))
        // Three months before 28 February 2027 is 28 November 2026, not 90 days (30 November).
        #expect(RenewalSchedule(contract, asOf: date("2026-06-01")).deadline?.latest == date("2026-11-28"))
    }

    @Test func aContractThatDoesNotRenewRunsToItsEndAndExpires() {
        let contract = terms(effective: "2024-03-01", initial: 24, renewal: .byAgreement, renewalMonths: nil, notice: nil)
        #expect(RenewalSchedule(contract, asOf: date("2025-06-01")).state == .fixedTerm(endsOn: date("2026-02-28")))
        let after = RenewalSchedule(contract, asOf: date("2026-03-01"))
        #expect(after.state == .expired(endedOn: date("2026-02-28")))
        #expect(after.deadline == nil)
    }

    @Test func missingTermsAreNamed() {
        let schedule = RenewalSchedule(terms(effective: nil, initial: nil), asOf: date("2026-11-23"))
        #expect(schedule.state == .notEnoughTerms(missing: ["effective date", "initial term"]))
        #expect(schedule.summary == "Not enough terms stated to work out the dates: no effective date, no initial term found.")
        let noNotice = RenewalSchedule(terms(effective: "2024-03-01", initial: 36, notice: nil), asOf: date("2026-11-23"))
        #expect(noNotice.state == .notEnoughTerms(missing: ["notice period"]))
        #expect(noNotice.current?.number == 0, "the terms are laid out even when no deadline can be")
        // Without the renewal's length the initial term's deadline still stands.
        let noRenewalLength = RenewalSchedule(terms(effective: "2024-03-01", initial: 36, renewalMonths: nil), asOf: date("2026-11-23"))
        #expect(noRenewalLength.deadline?.latest == date("2026-11-30"))
        #expect(noRenewalLength.missing == ["renewal term"])
        #expect(RenewalSchedule(terms(effective: "2024-03-01", initial: 36, renewalMonths: nil), asOf: date("2027-06-01")).state
                == .notEnoughTerms(missing: ["renewal term"]))
    }

    @Test func beforeTheStartTheContractHasNotBegun() {
        let schedule = RenewalSchedule(terms(effective: "2027-02-15", initial: 24), asOf: date("2026-11-23"))
        #expect(schedule.state == .notStarted(startsOn: date("2027-02-15")))
    }

    @Test func aCenturyOfRenewalsIsCountedNotLooped() {
        let schedule = RenewalSchedule(terms(effective: "1926-01-01", initial: 12), asOf: date("2026-11-23"))
        #expect(schedule.current == ContractTerm(number: 100, start: date("2026-01-01"), end: date("2026-12-31")))
        #expect(schedule.state == .deadlinePassed(renewsOn: date("2027-01-01")))
    }
}
