/// A product a client can run on ("Google Workspace"), the area it serves ("productivity") and
/// the names proposals call it by ("G Suite", "Gmail").
public struct Platform: Sendable, Hashable {
    /// The name reports use ("Google Workspace").
    public var name: String
    /// The area it serves ("productivity").
    public var area: String
    /// Other names proposals use, as patterns ("G Suite", "Gmail").
    public var aliases: [String]
    /// Where the catalogue defines it.
    public var location: SourceLocation

    public static func == (lhs: Platform, rhs: Platform) -> Bool { lhs.name == rhs.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}
