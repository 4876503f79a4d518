/// When notice must be given to stop a term renewing: by `latest`, and where the contract also
/// sets a maximum, not before `earliest`.
public struct NoticeDeadline: Sendable, Hashable {
    /// The term whose renewal the notice stops.
    public var term: ContractTerm
    /// The last day notice may be given.
    public var latest: CivilDate
    /// The first day notice may be given, when the contract sets a maximum notice.
    public var earliest: CivilDate?

    /// The deadline for `term` with at least `notice` and, when set, at most `maximum`.
    public init(term: ContractTerm, notice: NoticeLength, maximum: NoticeLength?) {
        self.term = term
        latest = notice.deadline(forTermEndingOn: term.end)
        earliest = maximum.map { $0.deadline(forTermEndingOn: term.end) }
    }
}
