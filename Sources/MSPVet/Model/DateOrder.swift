/// How an all-numeric date such as "01/03/2025" is read: the first of March in most of the world,
/// the third of January in the United States. Set by the client profile's `locale`.
public enum DateOrder: String, Sendable, Hashable, CaseIterable {
    /// 01/03/2025 is 1 March 2025.
    case dayFirst = "day-first"
    /// 01/03/2025 is 3 January 2025.
    case monthFirst = "month-first"

    /// The order a locale writes numeric dates in: month first in the United States and the few
    /// places that follow it (`en-US`, `en_US`, `es-US`, `en-PH`, `en-FM`, `en-MH`, `en-PW`), day
    /// first everywhere else; nil for a locale with no region ("en"), where only dates that cannot
    /// be misread are taken.
    public init?(locale: String) {
        let parts = locale.split(whereSeparator: { $0 == "-" || $0 == "_" })
        guard let region = parts.dropFirst().first(where: { $0.count == 2 })?.uppercased() else { return nil }
        self = ["US", "PH", "FM", "MH", "PW", "UM", "AS", "GU", "MP", "PR", "VI"].contains(region) ? .monthFirst : .dayFirst
    }
}
