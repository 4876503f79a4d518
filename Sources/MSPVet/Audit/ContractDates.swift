/// One contract's key terms and where they leave the client on a given day: what `mspvet dates`
/// prints, the calendar file holds, and an audit report leads with.
public struct ContractDates: Sendable, Hashable {
    /// The terms as read, each with its sentence.
    public var terms: KeyTerms
    /// The terms on the calendar, as of a day.
    public var schedule: RenewalSchedule

    /// The terms read, laid out as of `asOf`.
    public init(terms: KeyTerms, asOf: CivilDate) {
        self.terms = terms
        schedule = RenewalSchedule(terms, asOf: asOf)
    }
}
