/// One term of a contract: the initial term (number 0) or a renewal, from its first day to its last.
public struct ContractTerm: Sendable, Hashable {
    /// 0 for the initial term, 1 for the first renewal, and so on.
    public var number: Int
    /// Its first day.
    public var start: CivilDate
    /// Its last day: the day before the next term begins.
    public var end: CivilDate

    /// A term from its first day to its last.
    public init(number: Int, start: CivilDate, end: CivilDate) {
        self.number = number
        self.start = start
        self.end = end
    }

    /// Whether it is a renewal rather than the initial term.
    public var isRenewal: Bool { number > 0 }

    /// The day the next term begins (or the contract would end).
    public var renewsOn: CivilDate { end.adding(days: 1) }

    /// "the initial term", "renewal term 2".
    public var name: String { isRenewal ? "renewal term \(number)" : "the initial term" }

    /// Whether `date` falls within it.
    public func contains(_ date: CivilDate) -> Bool { start <= date && date <= end }
}
