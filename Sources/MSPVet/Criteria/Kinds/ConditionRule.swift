/// A check that fires when a condition holds: a red flag fails, a strength passes. When it does not
/// hold but the proposal addressed what it looks at, the opposite; otherwise not addressed.
struct ConditionRule: DecodableRule {
    static let keys = ["when"]

    var condition: Condition

    var references: [CheckReference] { condition.references }

    init(from mapping: YAMLMapping, context: RuleDecodingContext) throws {
        condition = try context.condition(mapping.required("when"))
    }

    func evaluate(_ context: RuleContext) -> RuleVerdict {
        let result = condition.evaluate(context)
        let fired: Outcome = context.polarity == .redFlag ? .fail : .pass
        let outcome: Outcome
        if result.holds {
            outcome = fired
        } else if result.addressed {
            outcome = fired == .fail ? .pass : .fail
        } else {
            outcome = .unknown
        }
        let bearing: Evidence.Bearing = outcome == .fail ? .unfavourable : (outcome == .pass ? .favourable : .hint)
        let evidence = PhraseRule.oneEachPerSentence(result.evidence.map { item in
            var copy = item
            copy.bearing = bearing
            return copy
        }).sorted { $0.line < $1.line }
        return RuleVerdict(outcome: outcome, evidence: evidence,
                           trace: result.trace + ["condition \(result.holds ? "holds" : "does not hold") → \(outcome.rawValue)"])
    }
}
