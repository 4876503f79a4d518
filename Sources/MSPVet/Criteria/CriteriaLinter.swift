/// Warnings about criteria that load but are weaker than they should be.
public struct CriteriaLinter: Sendable {
    public init() {}

    /// Problems that do not stop scoring but probably mean a mistake, located.
    public func warnings(for criteria: CriteriaSet) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for check in criteria.allChecks {
            let outcomes = Set(check.examples.map(\.expected))
            if check.examples.isEmpty {
                warnings.append(Diagnostic(.invalidValue, at: check.location, "check '\(check.id)' has no examples", severity: .warning))
            } else if !outcomes.contains(.unknown) && !(outcomes.contains(.pass) && outcomes.contains(.fail)) {
                warnings.append(Diagnostic(.invalidValue, at: check.location,
                                           "check '\(check.id)' has examples of only \(outcomes.map(\.rawValue).sorted().joined(separator: ", ")); add one that must not trigger it",
                                           severity: .warning))
            }
            if check.ask == nil {
                warnings.append(Diagnostic(.missingKey, at: check.location,
                                           "check '\(check.id)' has no ask; reports fall back to its rationale where they should say what to request",
                                           severity: .warning))
            }
        }
        return warnings
    }
}
