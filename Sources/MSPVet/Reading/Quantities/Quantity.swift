/// A number read from a sentence with the unit written beside it: "ninety (90) days'" is 90 days.
struct Quantity: Sendable, Hashable {
    /// The units proposals state terms in, as written.
    enum Unit: String, Sendable, Hashable, CaseIterable {
        case minute, hour, day, week, month, year
        case dollar, percent
        /// A bare number: "24 x 7", "five engineers".
        case count
    }

    var value: Double
    var unit: Unit
    /// The tokens the number and its unit occupy.
    var range: Range<Int>
}
