/// A compiled pattern and where in a criteria file it was written.
public struct PatternSpec: Sendable {
    public var pattern: CompiledPattern
    public var location: SourceLocation
}
