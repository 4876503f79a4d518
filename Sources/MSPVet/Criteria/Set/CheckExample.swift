/// A sentence or short passage with the outcome a check must give it, kept beside the check in its
/// criteria file and run by the test suite and `mspvet criteria test`.
public struct CheckExample: Sendable {
    /// The example sentence or paragraph.
    public var text: String
    /// The outcome the check must give.
    public var expected: Outcome
    /// The value a value check must read, when the example states one.
    public var value: Double?
    /// A client stack (area → platforms) to evaluate the example against.
    public var clientStack: [String: [String]]?
    /// Where the example is written.
    public var location: SourceLocation
}
