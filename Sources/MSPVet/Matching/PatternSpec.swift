/// A compiled pattern and where in a criteria file it was written.
struct PatternSpec: Sendable {
    var pattern: CompiledPattern
    var location: SourceLocation
}
