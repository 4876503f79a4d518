/// A requirement a bid must meet to be ranked at all: a check and the outcome or figure it must
/// reach, with the reason in words. A bid that fails one is excluded before scoring, with the
/// check, the reason and the quote.
public struct MustHave: Sendable, Hashable {
    /// What the check must come to.
    public enum Bar: Sendable, Hashable {
        /// This outcome exactly (`pass`).
        case outcome(Outcome)
        /// Anything but a fail (`not-fail`); "not stated" is handled by the RFP's unknown rule.
        case notFail
        /// A figure of at most this much (`{at-most: 60}`).
        case atMost(Double)
        /// A figure of at least this much (`{at-least: 12}`).
        case atLeast(Double)
    }

    /// The check, `category.check`.
    public var check: CheckID
    /// What it must come to.
    public var bar: Bar
    /// Why, in the client's words.
    public var reason: String
    /// Where the RFP states it.
    public var location: SourceLocation

    /// A must-have on `check`.
    public init(check: CheckID, bar: Bar, reason: String, location: SourceLocation) {
        self.check = check
        self.bar = bar
        self.reason = reason
        self.location = location
    }

    /// The bar in words: "pass", "not fail", "at most 60".
    public var requirement: String {
        switch bar {
        case .outcome(let outcome): outcome.rawValue
        case .notFail: "not fail"
        case .atMost(let figure): "at most \(figure.compact)"
        case .atLeast(let figure): "at least \(figure.compact)"
        }
    }
}
