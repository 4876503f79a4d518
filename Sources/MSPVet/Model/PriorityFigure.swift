/// A service-level figure for one priority tier: P1 (most urgent) to P4, as contracts and PSAs
/// name them ("Priority 1", "Critical", "Severity 2").
public struct PriorityFigure: Sendable, Hashable {
    /// 1 (most urgent) to 4.
    public var priority: Int
    /// The figure, in the check's unit.
    public var value: Double
    /// The line it was read from.
    public var line: Int

    /// "P1".
    public var label: String { "P\(priority)" }

    /// A tier's figure, read from `line`.
    public init(priority: Int, value: Double, line: Int) {
        self.priority = priority
        self.value = value
        self.line = line
    }
}
