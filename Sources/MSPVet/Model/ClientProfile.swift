/// The client being advised: its name and the platforms it runs, by area, so that a proposal
/// that would move it off them can be caught.
public struct ClientProfile: Sendable {
    /// The client's name, as reports show it.
    public var name: String
    /// Area → platform names as resolved through the catalogue ("G Suite" becomes "Google Workspace").
    public var stack: [String: [String]]
    /// The client's own thresholds for value checks, applied over the criteria's.
    public var thresholds: [ThresholdOverride]
    /// How the client writes numeric dates, from its `locale` ("en-US": 01/03/2025 is 3 January).
    public var dateOrder: DateOrder?
    /// When the MSP's clock runs, for service levels recomputed from tickets.
    public var calendar: ServiceCalendar?
    /// Service-level targets per priority, for tickets when the contract states none.
    public var slaTargets: [SLATarget] = []
    /// Where the profile was read from, for diagnostics.
    public var location: SourceLocation

    /// A profile with platforms already resolved through the catalogue.
    public init(name: String, stack: [String: [String]], thresholds: [ThresholdOverride] = [],
                dateOrder: DateOrder? = nil, location: SourceLocation = .start(of: "client")) {
        self.dateOrder = dateOrder
        self.name = name
        self.stack = stack
        self.thresholds = thresholds
        self.location = location
    }

    /// The client's platforms in `area`, or empty when the profile says nothing about it.
    public func platforms(in area: String) -> [String] {
        stack[area] ?? []
    }
}
