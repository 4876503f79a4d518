/// A test over a proposal combining patterns and other checks' outcomes:
/// "capacity-planning language **and not** any planning participation".
indirect enum Condition: Sendable {
    case all([Condition])
    case any([Condition])
    case not(Condition)
    /// True when a pattern matches un-negated.
    case patterns([PatternSpec])
    /// True when any of the checks came out with one of the outcomes.
    case outcome([CheckReference], Set<Outcome>)

    static let keys = ["all", "any", "not", "patterns", "passed", "failed", "addressed"]

    var references: [CheckReference] {
        switch self {
        case .all(let parts), .any(let parts): parts.flatMap(\.references)
        case .not(let inner): inner.references
        case .patterns: []
        case .outcome(let checks, _): checks
        }
    }

    /// Whether the condition holds, the evidence met on the way, and how it was decided.
    struct Evaluation {
        var holds: Bool
        var evidence: [Evidence]
        /// True when anything the condition looked at was addressed by the proposal.
        var addressed: Bool
        var trace: [String]
    }

    func evaluate(_ context: RuleContext, depth: Int = 0) -> Evaluation {
        let indent = String(repeating: "  ", count: depth)
        switch self {
        case .all(let parts), .any(let parts):
            let isAll: Bool
            if case .all = self { isAll = true } else { isAll = false }
            let results = parts.map { $0.evaluate(context, depth: depth + 1) }
            let holds = isAll ? results.allSatisfy(\.holds) : results.contains { $0.holds }
            return Evaluation(holds: holds, evidence: results.flatMap(\.evidence), addressed: results.contains { $0.addressed },
                              trace: ["\(indent)\(isAll ? "all" : "any") → \(holds)"] + results.flatMap(\.trace))
        case .not(let inner):
            let result = inner.evaluate(context, depth: depth + 1)
            return Evaluation(holds: !result.holds, evidence: result.evidence, addressed: result.addressed,
                              trace: ["\(indent)not → \(!result.holds)"] + result.trace)
        case .patterns(let specs):
            let hits = context.finder.hits(of: specs, in: context.document).filter { !$0.negation.isNegated }
            let evidence = hits.map { $0.evidence(in: context.document, bearing: .hint) }
            return Evaluation(holds: !hits.isEmpty, evidence: evidence, addressed: !hits.isEmpty,
                              trace: ["\(indent)patterns → \(!hits.isEmpty) (\(hits.count) match(es))"])
        case .outcome(let checks, let outcomes):
            let found = checks.map { ($0.id, context.results[$0.id]?.outcome ?? .unknown) }
            let holds = found.contains { outcomes.contains($0.1) }
            let names = outcomes.map(\.rawValue).sorted().joined(separator: "/")
            return Evaluation(holds: holds, evidence: [], addressed: found.contains { $0.1 != .unknown },
                              trace: ["\(indent)\(names) among \(found.map { "\($0.0)=\($0.1.rawValue)" }.joined(separator: ", ")) → \(holds)"])
        }
    }
}
