/// Where a contract stands on a given day, as the client must act on it.
public enum ScheduleState: Sendable, Hashable {
    /// The contract has not begun.
    case notStarted(startsOn: CivilDate)
    /// Notice may be given now and stops the next renewal; the deadline is ahead.
    case inNoticeWindow
    /// The contract sets a maximum notice, and the first day to give it is still ahead.
    case windowNotOpen(opensOn: CivilDate)
    /// This term's deadline has passed: the contract renews on `renewsOn` whatever the client does.
    case deadlinePassed(renewsOn: CivilDate)
    /// The contract runs on from month to month; notice ends it at the end of a month's term.
    case monthToMonth
    /// No automatic renewal: the contract runs to its end and stops.
    case fixedTerm(endsOn: CivilDate)
    /// No automatic renewal, and the term is over.
    case expired(endedOn: CivilDate)
    /// The schedule cannot be worked out; the terms named are not stated.
    case notEnoughTerms(missing: [String])

    /// A stable name for JSON and scripts: `in-notice-window`, `deadline-passed`, ….
    public var name: String {
        switch self {
        case .notStarted: "not-started"
        case .inNoticeWindow: "in-notice-window"
        case .windowNotOpen: "window-not-open"
        case .deadlinePassed: "deadline-passed"
        case .monthToMonth: "month-to-month"
        case .fixedTerm: "fixed-term"
        case .expired: "expired"
        case .notEnoughTerms: "not-enough-terms"
        }
    }
}
