/// The client being advised: its name and the platforms it runs, by area, so that a proposal
/// that would move it off them can be caught.
public struct ClientProfile: Sendable {
    public var name: String
    /// Area → platform names as resolved through the catalogue ("G Suite" becomes "Google Workspace").
    public var stack: [String: [String]]
    public var location: SourceLocation

    public init(name: String, stack: [String: [String]], location: SourceLocation = .start(of: "client")) {
        self.name = name
        self.stack = stack
        self.location = location
    }

    /// The client's platforms in `area`, or empty when the profile says nothing about it.
    public func platforms(in area: String) -> [String] {
        stack[area] ?? []
    }
}
