/// How long before a term ends notice must be given: in calendar days unless the contract counts
/// business days, or in months when it says "three months' notice" (then counted back by the
/// calendar, not as 90 days).
public struct NoticeLength: Sendable, Hashable, CustomStringConvertible {
    /// What the count counts.
    public enum Unit: String, Sendable, Hashable {
        case days, businessDays = "business-days", months
    }

    /// How many days, business days or months.
    public var count: Int
    /// What `count` counts.
    public var unit: Unit

    /// `count` of `unit`.
    public init(_ count: Int, _ unit: Unit) {
        self.count = count
        self.unit = unit
    }

    /// The latest day notice may be given for a term whose last day is `lastDay`: that many days
    /// (or business days, or months) before it, so "90 days before the end of the term" ending 31
    /// December is 2 October — counting the notice day out and the term's last day in, the
    /// earlier of the two readings, so a deadline is never a day late.
    public func deadline(forTermEndingOn lastDay: CivilDate) -> CivilDate {
        switch unit {
        case .days: lastDay.adding(days: -count)
        case .businessDays: lastDay.subtracting(businessDays: count)
        case .months: lastDay.adding(months: -count)
        }
    }

    /// "90 days", "10 business days", "3 months".
    public var description: String {
        switch unit {
        case .days: "\(count) day\(count == 1 ? "" : "s")"
        case .businessDays: "\(count) business day\(count == 1 ? "" : "s")"
        case .months: "\(count) month\(count == 1 ? "" : "s")"
        }
    }
}
