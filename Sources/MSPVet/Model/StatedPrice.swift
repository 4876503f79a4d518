/// A bid's prices as an evaluator copied them from a table mspvet could not read (a scanned
/// page, an image, a spreadsheet attached to the bid), with where they came from. Each figure
/// given replaces the one read from the bid in its cost over the horizon.
public struct StatedPrice: Sendable, Hashable {
    /// The bid, as reports name it.
    public var bid: String
    /// Per user per month, in dollars.
    public var perUserMonth: Double?
    /// One-time fees (onboarding, transition), in dollars.
    public var oneTime: Double?
    /// The hourly rate for out-of-scope work, in dollars.
    public var hourlyRate: Double?
    /// The yearly increase, in percent.
    public var escalationPercent: Double?
    /// Where the figures came from, in the evaluator's words.
    public var source: String
    /// Where the prices file states them.
    public var location: SourceLocation

    /// Prices stated for `bid`.
    public init(bid: String, perUserMonth: Double? = nil, oneTime: Double? = nil, hourlyRate: Double? = nil,
                escalationPercent: Double? = nil, source: String, location: SourceLocation) {
        self.bid = bid
        self.perUserMonth = perUserMonth
        self.oneTime = oneTime
        self.hourlyRate = hourlyRate
        self.escalationPercent = escalationPercent
        self.source = source
        self.location = location
    }

    /// "prices.yaml:4: copied from the pricing table on page 6", for a cost line.
    var citation: String { "\(location.file):\(location.line): \(source)" }
}
