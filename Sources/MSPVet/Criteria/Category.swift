/// A group of checks scored together, one criteria file each (`lock-in`, `strategy`, …).
public struct Category: Sendable {
    public var id: String
    public var title: String
    /// Relative to the other categories; normalised.
    public var weight: Double
    public var description: String
    public var checks: [Check]
    public var location: SourceLocation
}
