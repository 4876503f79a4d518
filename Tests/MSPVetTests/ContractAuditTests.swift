import Foundation
import Testing
@testable import MSPVet

/// Auditing the incumbent: key terms read from a contract with their sentences, the deadline on
/// the sample agreement, the calendar file, and what a renewal draft changed.
@Suite("Auditing the incumbent's contract")
struct ContractAuditTests {
    static let incumbent = "Samples/incumbent/ridgeline-msa-2024.md"
    static let draft = "Samples/incumbent/ridgeline-renewal-draft-2027.md"

    private func read(_ text: String, order: DateOrder? = nil, effective: CivilDate? = nil) throws -> KeyTerms {
        let document = try ProposalReader().read(Data(text.utf8), path: "msa.md")
        return KeyTermsReader(scorer: Scorer(criteria: Repo.criteria), order: order).read(document, effective: effective)
    }

    @Test func theSampleAgreementIsInItsNoticeWindowWithAWeekLeft() throws {
        let document = try ProposalReader().read(path: Repo.path(Self.incumbent))
        let terms = KeyTermsReader(scorer: Scorer(criteria: Repo.criteria, client: Repo.sampleClient), order: .monthFirst).read(document)
        // The agreement starts on the later signature (1 March 2024), not the provider's (26 February).
        #expect(terms.effectiveDate?.value == CivilDate(iso: "2024-03-01"))
        #expect(terms.effectiveDate?.source?.text == "Date: March 1, 2024")
        #expect(terms.effectiveDate?.note?.hasPrefix("the later of the signature dates") == true)
        #expect(terms.initialTermMonths?.value == 36)
        #expect(terms.initialTermMonths?.source?.line == 23)
        #expect(terms.renewal?.value == .automatic)
        #expect(terms.renewalTermMonths?.value == 12)
        #expect(terms.noticeMinimum?.value == NoticeLength(90, .days))
        #expect(terms.noticeMinimum?.source?.text.contains("at least ninety (90) days before the end of the then-current term") == true)
        #expect(terms.noticeMaximum == nil)
        #expect(terms.noticeMethods?.value == ["in writing", "certified or registered mail", "email", "courier"])
        let schedule = RenewalSchedule(terms, asOf: CivilDate(iso: "2026-11-23")!)
        #expect(schedule.state == .inNoticeWindow)
        #expect(schedule.deadline?.latest == CivilDate(iso: "2026-11-30"))
        #expect(schedule.daysLeft == 7)
        #expect(schedule.summary == "In the notice window: give notice by Monday 30 November 2026 (7 days left), or it renews on Monday 1 March 2027.")
    }

    @Test func aDefinedEffectiveDateAndANoticeWindowWithAMaximum() throws {
        let terms = try read("""
            This Managed Services Agreement is entered into as of 01/03/2025 (the "Effective Date") between \
            Acme IT Services LLC ("Acme IT" or "Provider") and Northwind Logistics Ltd. ("Northwind").

            4.1 The initial term of this Agreement is twenty-four (24) months.

            4.2 This Agreement renews automatically for successive one (1) year terms unless Northwind gives \
            written notice of non-renewal no less than thirty (30) and no more than sixty (60) days before the end \
            of the then-current term.

            4.3 After the initial term, Provider may charge an uplift of 10% on month to month renewals.
            """, order: .dayFirst)
        #expect(terms.effectiveDate?.value == CivilDate(iso: "2025-03-01"))
        #expect(terms.effectiveDate?.note == nil)
        #expect(terms.initialTermMonths?.value == 24)
        #expect(terms.renewalTermMonths?.value == 12)
        #expect(terms.noticeMinimum?.value == NoticeLength(30, .days))
        #expect(terms.noticeMaximum?.value == NoticeLength(60, .days))
        #expect(terms.noticeMethods?.value == ["in writing"])
        #expect(terms.upliftPercent?.value == 10)
        let schedule = RenewalSchedule(terms, asOf: CivilDate(iso: "2026-11-23")!)
        // The term ends 28 February 2027: notice from 30 December 2026 (60 days) to 29 January 2027 (30).
        #expect(schedule.state == .windowNotOpen(opensOn: CivilDate(iso: "2026-12-30")!))
        #expect(schedule.deadline?.latest == CivilDate(iso: "2027-01-29"))
    }

    @Test func anAmbiguousDateIsReportedNotGuessed() throws {
        let text = """
            This Agreement is effective as of 04/05/2025. The initial term is twelve (12) months.
            """
        let unread = try read(text)
        #expect(unread.effectiveDate == nil)
        #expect(unread.ambiguousDates == ["04/05/2025"])
        #expect(RenewalSchedule(unread, asOf: CivilDate(iso: "2026-01-01")!).state == .notEnoughTerms(missing: ["effective date"]))
        #expect(try read(text, order: .monthFirst).effectiveDate?.value == CivilDate(iso: "2025-04-05"))
        #expect(try read(text, order: .dayFirst).effectiveDate?.value == CivilDate(iso: "2025-05-04"))
        let given = try read(text, effective: CivilDate(iso: "2025-06-01"))
        #expect(given.effectiveDate?.value == CivilDate(iso: "2025-06-01"))
        #expect(given.effectiveDate?.source == nil)
        #expect(given.effectiveDate?.note == "given with --effective")
    }

    @Test func renewalsEqualToTheInitialTermAndBusinessDayNotice() throws {
        let terms = try read("""
            This Agreement commences on 1 July 2025 and continues for an initial term of twelve (12) months.

            It renews automatically for further periods equal to the initial term unless the client gives notice of \
            non-renewal at least ten (10) business days before the end of the current term.
            """)
        #expect(terms.effectiveDate?.value == CivilDate(iso: "2025-07-01"))
        #expect(terms.renewalTermMonths?.value == 12)
        #expect(terms.renewalTermMonths?.note == "equal to the initial term")
        #expect(terms.noticeMinimum?.value == NoticeLength(10, .businessDays))
    }

    /// A contract that carries on after its first term until someone ends it never says "renew",
    /// yet has not expired: it runs month to month, and the audit gives the next date to end it.
    @Test func aContractThatRunsOnMonthToMonthIsNotReadAsExpired() throws {
        let terms = try read("""
            This Agreement commences on 1 February 2025 and continues for an initial term of twelve (12) months.

            After the initial term, this Agreement continues on a month to month basis until terminated by either \
            party on fifteen (15) days' written notice.
            """)
        #expect(terms.renewal?.value == .automatic)
        #expect(terms.renewalTermMonths?.value == 1)
        #expect(terms.noticeMinimum?.value == NoticeLength(15, .days))
        let schedule = RenewalSchedule(terms, asOf: CivilDate(iso: "2026-11-10")!)
        #expect(schedule.state == .monthToMonth)
        #expect(schedule.deadline?.term.end == CivilDate(iso: "2026-11-30"))
        #expect(schedule.deadline?.latest == CivilDate(iso: "2026-11-15"))
    }

    @Test func aContractThatRenewsOnlyByAgreementHasAFixedEnd() throws {
        let terms = try read("""
            This Agreement is made on March 3, 2025. The initial term is twenty-four (24) months. \
            The term may be extended for another year only if both parties agree in writing.
            """)
        #expect(terms.renewal?.value == .byAgreement)
        let schedule = RenewalSchedule(terms, asOf: CivilDate(iso: "2026-11-23")!)
        #expect(schedule.state == .fixedTerm(endsOn: CivilDate(iso: "2027-03-02")!))
    }

    @Test func theCalendarFileHasAllDayEventsStableIDsAndReminders() throws {
        let contract = try ContractAuditTests.sampleDates(asOf: "2026-11-23")
        let calendar = CalendarFile([contract], stamp: CivilDate(iso: "2026-11-23")!).text
        let lines = calendar.components(separatedBy: "\r\n")
        #expect(lines.first == "BEGIN:VCALENDAR" && lines.contains("END:VCALENDAR"))
        #expect(lines.contains("UID:ridgeline-msa-2024-notice-deadline-20270228@mspvet"))
        #expect(lines.contains("DTSTART;VALUE=DATE:20261130"))
        #expect(lines.contains("DTEND;VALUE=DATE:20261201"))
        #expect(lines.contains("UID:ridgeline-msa-2024-renewal-20270228@mspvet"))
        #expect(lines.contains("DTSTART;VALUE=DATE:20270301"))
        #expect(lines.filter { $0.hasPrefix("TRIGGER:") } == Array(repeating: ["TRIGGER:-P90D", "TRIGGER:-P30D", "TRIGGER:-P7D"], count: 2).flatMap { $0 })
        #expect(lines.allSatisfy { $0.utf8.count <= 75 }, "folded at 75 octets")
        #expect(!calendar.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        // A week later the same deadline is the same events: a re-import updates them.
        let later = CalendarFile([try ContractAuditTests.sampleDates(asOf: "2026-11-27")], stamp: CivilDate(iso: "2026-11-27")!).text
        #expect(Self.uids(later) == Self.uids(calendar))
    }

    @Test func textIsEscapedAndLongLinesFoldOnCharacterBoundaries() {
        #expect(CalendarFile.escaped("a, b; c\\d\ne") == "a\\, b\\; c\\\\d\\ne")
        let line = "DESCRIPTION:" + String(repeating: "é", count: 60)
        let folded = CalendarFile.folded(line)
        #expect(folded.components(separatedBy: "\r\n ").joined() == line)
        #expect(folded.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
    }

    @Test func theRenewalDraftsChangesAreEachNamedWithBothQuotes() throws {
        let reader = ProposalReader()
        let scorer = Scorer(criteria: Repo.criteria, client: Repo.sampleClient)
        let old = scorer.evaluate(try reader.read(path: Repo.path(Self.incumbent)))
        let new = scorer.evaluate(try reader.read(path: Repo.path(Self.draft)))
        let diff = ContractDiff(old: Self.incumbent, oldResults: old, new: Self.draft, newResults: new, criteria: Repo.criteria)
        let byID = Dictionary(uniqueKeysWithValues: diff.changes.map { ($0.id.description, $0) })
        #expect(byID.keys.sorted() == ["lock-in.exit-assistance", "lock-in.initial-term", "lock-in.notice-period",
                                       "lock-in.price-escalation", "risk.liability-cap"])
        #expect(byID["lock-in.notice-period"]?.change == "90 days → 120 days (fail → fail)")
        #expect(byID["lock-in.notice-period"]?.direction == .worse, "more notice is worse though both fail")
        #expect(byID["lock-in.initial-term"]?.direction == .better)
        #expect(byID["lock-in.price-escalation"]?.change == "none → 7% (pass → partial)")
        #expect(byID["risk.liability-cap"]?.change == "12 months → 3 months (pass → fail)")
        #expect(byID["lock-in.exit-assistance"]?.change == "pass → fail")
        for change in diff.changes {
            #expect(change.before.quote != nil && change.after.quote != nil, "\(change.id) quotes both versions")
        }
        #expect(byID["lock-in.exit-assistance"]?.after.quote?.text.contains("then-current hourly rates") == true)
        #expect(diff.counts == (worse: 4, better: 1, neutral: 0))
        let same = ContractDiff(old: Self.incumbent, oldResults: old, new: Self.incumbent, newResults: old, criteria: Repo.criteria)
        #expect(same.changes.isEmpty)
    }

    static func sampleDates(asOf: String) throws -> ContractDates {
        let document = try ProposalReader().read(path: Repo.path(incumbent))
        let terms = KeyTermsReader(scorer: Scorer(criteria: Repo.criteria), order: .monthFirst).read(document)
        return ContractDates(terms: terms, asOf: CivilDate(iso: asOf)!)
    }

    static func uids(_ calendar: String) -> [String] {
        calendar.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
    }
}
