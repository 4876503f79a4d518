/// Which side of the engagement a party is on: the managed service provider, or the client it
/// serves. A right to leave is worth something only when the client holds it; tools kept are a
/// lock-in only when the MSP keeps them.
public enum PartyRole: String, Sendable, Hashable, CaseIterable {
    /// The managed service provider: "Provider", "Supplier", "we", or the name it is defined by.
    case msp
    /// The client: "Client", "Customer", "you", the client profile's name, or the name it is defined by.
    case client
    /// Both at once: "either party", "each party", "the parties".
    case both

    /// Whether a right or duty held by `self` is one held by `required`: "either party may end it"
    /// gives the client the right as much as "Client may end it" does.
    func covers(_ required: PartyRole) -> Bool {
        self == required || self == .both || required == .both
    }

    /// How a trace names the role.
    var described: String {
        switch self {
        case .msp: "the MSP"
        case .client: "the client"
        case .both: "either party"
        }
    }
}
