/// The terms of a contract laid out on the calendar, and what they mean on one day: the current
/// term, the next notice deadline, the days left, and a state the client can act on.
///
/// Every term boundary is counted from the effective date — the initial term's months plus whole
/// renewal terms — never from an earlier boundary, so a start on the 31st does not drift to the
/// 28th after one February, and "60 months then 12-month renewals" ends its first renewal at 72
/// months. A term ends the day before the next begins. The deadline is counted back from the
/// term's last day, so after a renewal it comes from the renewal's end, not the initial term's.
public struct RenewalSchedule: Sendable, Hashable {
    /// The day the schedule is read for.
    public var asOf: CivilDate
    /// The initial term and each renewal up to the one after today's.
    public var terms: [ContractTerm]
    /// The term `asOf` falls in.
    public var current: ContractTerm?
    /// The next notice deadline not yet passed.
    public var deadline: NoticeDeadline?
    /// Days from `asOf` to the deadline's last day.
    public var daysLeft: Int?
    /// Where the contract stands.
    public var state: ScheduleState
    /// Terms the schedule needed and the contract does not state, even when a state could be given.
    public var missing: [String]

    /// Lays `key` out on the calendar and reads where it stands on `asOf`.
    public init(_ key: KeyTerms, asOf: CivilDate) {
        self.asOf = asOf
        terms = []
        missing = []
        state = .notEnoughTerms(missing: [])
        var missing: [String] = []
        if key.effectiveDate == nil { missing.append("effective date") }
        if key.initialTermMonths == nil { missing.append("initial term") }
        guard let start = key.effectiveDate?.value, let initial = key.initialTermMonths?.value, initial > 0 else {
            self.missing = missing
            state = .notEnoughTerms(missing: missing)
            return
        }
        let automatic = key.renewal?.value == .automatic
        let renewalMonths = key.renewalTermMonths?.value
        if automatic && renewalMonths == nil { missing.append("renewal term") }
        if automatic && key.noticeMinimum == nil { missing.append("notice period") }
        self.missing = missing

        func term(_ number: Int) -> ContractTerm {
            let begins = number == 0 ? start : start.adding(months: initial + (number - 1) * (renewalMonths ?? 0))
            let next = start.adding(months: initial + number * (renewalMonths ?? 0))
            return ContractTerm(number: number, start: begins, end: next.adding(days: -1))
        }
        let first = term(0)
        guard asOf >= start else {
            terms = [first]
            state = .notStarted(startsOn: start)
            return
        }
        guard automatic else {
            terms = [first]
            current = first.contains(asOf) ? first : nil
            state = first.contains(asOf) ? .fixedTerm(endsOn: first.end) : .expired(endedOn: first.end)
            return
        }
        guard let renewalMonths, renewalMonths > 0 else {
            // Without the renewal's length only the initial term's deadline can be worked out.
            terms = [first]
            current = first.contains(asOf) ? first : nil
            guard first.contains(asOf), let notice = key.noticeMinimum?.value else {
                state = .notEnoughTerms(missing: missing)
                return
            }
            let this = NoticeDeadline(term: first, notice: notice, maximum: key.noticeMaximum?.value)
            if asOf > this.latest {
                state = .deadlinePassed(renewsOn: first.renewsOn)
            } else {
                deadline = this
                daysLeft = asOf.days(to: this.latest)
                state = this.earliest.map { asOf < $0 ? .windowNotOpen(opensOn: $0) : .inNoticeWindow } ?? .inNoticeWindow
            }
            return
        }
        // The term containing asOf, counted rather than looped so a century-old evergreen is cheap.
        let monthsIn = (asOf.year - start.year) * 12 + (asOf.month - start.month)
        var number = monthsIn < initial ? 0 : (monthsIn - initial) / renewalMonths + 1
        while number > 0 && term(number).start > asOf { number -= 1 }
        while !term(number).contains(asOf) { number += 1 }
        let now = term(number)
        current = now
        terms = (0...(number + 1)).map(term)
        guard let notice = key.noticeMinimum?.value else {
            state = .notEnoughTerms(missing: missing)
            return
        }
        let maximum = key.noticeMaximum?.value
        let this = NoticeDeadline(term: now, notice: notice, maximum: maximum)
        let passed = asOf > this.latest
        let upcoming = passed ? NoticeDeadline(term: term(number + 1), notice: notice, maximum: maximum) : this
        deadline = upcoming
        daysLeft = asOf.days(to: upcoming.latest)
        if passed {
            state = .deadlinePassed(renewsOn: now.renewsOn)
            if number + 2 > terms.count - 1 { terms.append(term(number + 2)) }
        } else if renewalMonths == 1 && now.isRenewal {
            state = .monthToMonth
        } else if let opens = upcoming.earliest, asOf < opens {
            state = .windowNotOpen(opensOn: opens)
        } else {
            state = .inNoticeWindow
        }
    }

    /// The schedule in one or two sentences a client owner can act on.
    public var summary: String {
        switch state {
        case .notStarted(let starts):
            return "Starts on \(starts.long)."
        case .fixedTerm(let ends):
            return "Runs to \(ends.long) and then ends: it does not renew by itself, so no notice is needed to stop a renewal."
        case .expired(let ended):
            return "Ended on \(ended.long): it does not renew by itself."
        case .notEnoughTerms(let missing):
            return "Not enough terms stated to work out the dates: no \(missing.joined(separator: ", no ")) found."
        case .deadlinePassed(let renews) where deadline == nil:
            return "Deadline passed: the contract renews on \(renews.long). The renewal term is not stated, so the next deadline cannot be worked out."
        case .inNoticeWindow, .windowNotOpen, .deadlinePassed, .monthToMonth:
            guard let deadline, let daysLeft else { return "" }
            let left = "\(daysLeft) day\(daysLeft == 1 ? "" : "s") left"
            let window = deadline.earliest.map { " and not before \($0.long)" } ?? ""
            switch state {
            case .deadlinePassed(let renews):
                return "Deadline passed: the contract renews on \(renews.long). To stop the renewal after that, give notice by \(deadline.latest.long)\(window) (\(left))."
            case .monthToMonth:
                return "Month to month: give notice by \(deadline.latest.long) (\(left)) to end it on \(deadline.term.end.long)."
            case .windowNotOpen(let opens):
                return "Notice window opens on \(opens.long) and closes on \(deadline.latest.long); notice given before it opens does not count. Otherwise it renews on \(deadline.term.renewsOn.long)."
            default:
                return "In the notice window: give notice by \(deadline.latest.long)\(window) (\(left)), or it renews on \(deadline.term.renewsOn.long)."
            }
        }
    }
}

extension CivilDate {
    /// "Tuesday 1 December 2026": a date a person cannot misread.
    public var long: String {
        let names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        return "\(names[weekday - 1]) \(words)"
    }
}
