/// A group of checks scored together, one criteria file each (`lock-in`, `strategy`, …).
public struct Category: Sendable {
    public var id: String
    public var title: String
    /// Relative to the other categories; normalised.
    public var weight: Double
    public var description: String
    /// Whether the category's terms are worth negotiating before signing (lock-in, service
    /// levels): a bid's failures here are listed under "What to negotiate".
    public var negotiable: Bool
    public var checks: [Check]
    public var location: SourceLocation
}
