/// One term of a contract as mspvet read it: the value and the sentence it was read from, so every
/// date in an audit can be traced to its clause.
public struct StatedTerm<Value: Sendable & Hashable>: Sendable, Hashable {
    /// The value read.
    public var value: Value
    /// The sentence it was read from; nil when it was given (`--effective`) rather than read.
    public var source: Evidence?
    /// How it was read, when that is not plain from the sentence: "the later of the signature
    /// dates", "given with --effective", "equal to the initial term".
    public var note: String?

    /// A term read from `source`, or given when `source` is nil.
    public init(_ value: Value, source: Evidence?, note: String? = nil) {
        self.value = value
        self.source = source
        self.note = note
    }
}
