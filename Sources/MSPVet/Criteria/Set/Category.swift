/// A group of checks scored together, one criteria file each (`lock-in`, `strategy`, …).
public struct Category: Sendable {
    /// The id checks are named under (`lock-in`).
    public var id: String
    /// The title reports show.
    public var title: String
    /// Relative to the other categories; normalised.
    public var weight: Double
    /// What the category is about, in a client's words.
    public var description: String
    /// Whether the category's terms are worth negotiating before signing (lock-in, service
    /// levels): a bid's failures here are listed under "What to negotiate".
    public var negotiable: Bool
    /// The checks, in file order.
    public var checks: [Check]
    /// Where the category is defined.
    public var location: SourceLocation
}
