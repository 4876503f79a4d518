/// Every kind of check criteria files can use, by the name written after `kind:`.
public enum CheckKind: String, Sendable, Hashable, CaseIterable {
    /// Phrases that show the red flag or strength, with negation (the default kind).
    case phrase
    /// A number read beside a phrase (months, days, minutes, dollars), graded by thresholds.
    case value
    /// A combination of patterns and other checks' outcomes.
    case condition
    /// Moves the client off a platform in its profile to a rival.
    case platformMigration = "platform-migration"

    var ruleType: any DecodableRule.Type {
        switch self {
        case .phrase: PhraseRule.self
        case .value: ValueRule.self
        case .condition: ConditionRule.self
        case .platformMigration: PlatformMigrationRule.self
        }
    }
}
