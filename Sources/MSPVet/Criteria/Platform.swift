/// A product a client can run on ("Google Workspace"), the area it serves ("productivity") and
/// the names proposals call it by ("G Suite", "Gmail").
public struct Platform: Sendable, Hashable {
    public var name: String
    public var area: String
    public var aliases: [String]
    public var location: SourceLocation

    public static func == (lhs: Platform, rhs: Platform) -> Bool { lhs.name == rhs.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}
