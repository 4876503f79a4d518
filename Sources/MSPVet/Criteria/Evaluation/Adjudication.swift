/// Evaluators' overrides combined into one verdict per bid and check, under the RFP's rule.
///
/// An evaluator who overrides the same verdict twice is taken at their latest word. Where
/// evaluators disagree, the consensus rule takes the panel's consensus file where it speaks; the
/// median rule (and the consensus rule where no consensus was recorded) takes the lower middle
/// outcome, the more cautious of two, and the median figure.
public struct Adjudication: Sendable {
    /// One verdict the evaluators reached.
    public struct Decision: Sendable {
        /// The outcome decided; nil when only a figure was given.
        public var outcome: Outcome?
        /// The figure decided, if any was given.
        public var value: Double?
        /// The overrides it rests on, oldest first.
        public var overrides: [EvaluatorOverride]
        /// How it was reached, in words.
        public var decidedBy: String
        /// Whether the evaluators disagreed.
        public var disputed: Bool
    }

    /// The rule for disagreements.
    public var rule: OverrideRule
    /// Every override, in the order of the audit trail: by date, evaluator, bid and check.
    public let trail: [EvaluatorOverride]
    private let decisions: [String: [CheckID: Decision]]

    /// Combines `overrides` under `rule`.
    public init(_ overrides: [EvaluatorOverride], rule: OverrideRule = .median) {
        self.rule = rule
        trail = overrides.sorted { ($0.date, $0.evaluator, $0.bid, $0.check.description) < ($1.date, $1.evaluator, $1.bid, $1.check.description) }
        var byBidAndCheck: [String: [CheckID: [EvaluatorOverride]]] = [:]
        for override in trail {
            byBidAndCheck[override.bid, default: [:]][override.check, default: []].append(override)
        }
        decisions = byBidAndCheck.mapValues { checks in checks.mapValues { Self.decide($0, rule: rule) } }
    }

    /// The verdicts decided for `bid`, by check.
    public func decisions(for bid: String) -> [CheckID: Decision] {
        decisions[bid] ?? [:]
    }

    /// The bids overrides name, for checking them against the bids scored.
    public var bids: Set<String> { Set(decisions.keys) }

    private static func decide(_ overrides: [EvaluatorOverride], rule: OverrideRule) -> Decision {
        // Each evaluator's latest word (the trail is oldest first); a panel's consensus file speaks
        // apart from its members' own files.
        struct Voice: Hashable { var evaluator: String; var consensus: Bool }
        var latest: [Voice: EvaluatorOverride] = [:]
        for override in overrides { latest[Voice(evaluator: override.evaluator, consensus: override.consensus)] = override }
        let standing = overrides.filter { latest[Voice(evaluator: $0.evaluator, consensus: $0.consensus)] == $0 }
        let disputed = Set(standing.map(\.outcome)).count > 1 || Set(standing.map(\.value)).count > 1
        if standing.count == 1, let only = standing.first {
            return Decision(outcome: only.outcome, value: only.value, overrides: overrides,
                            decidedBy: "\(only.evaluator)\(only.consensus ? " (consensus)" : ""), \(only.date.iso)", disputed: false)
        }
        if rule == .consensus, let agreed = standing.last(where: \.consensus) {
            return Decision(outcome: agreed.outcome, value: agreed.value, overrides: overrides,
                            decidedBy: "the consensus of \(agreed.evaluator), \(agreed.date.iso)", disputed: disputed)
        }
        let outcomes = standing.compactMap(\.outcome).sorted { $0.rank < $1.rank }
        let values = standing.compactMap(\.value).sorted()
        let outcome = outcomes.isEmpty ? nil : outcomes[(outcomes.count - 1) / 2]
        let value = values.isEmpty ? nil : values.count % 2 == 1 ? values[values.count / 2]
            : (values[values.count / 2 - 1] + values[values.count / 2]) / 2
        let noConsensus = rule == .consensus ? " (no consensus recorded)" : ""
        return Decision(outcome: outcome, value: value, overrides: overrides,
                        decidedBy: "the median of \(standing.count) evaluators\(noConsensus)", disputed: disputed)
    }
}

private extension Outcome {
    /// Worse for the client first, for the median.
    var rank: Int {
        switch self {
        case .fail: 0
        case .unknown: 1
        case .partial: 2
        case .pass: 3
        }
    }
}
