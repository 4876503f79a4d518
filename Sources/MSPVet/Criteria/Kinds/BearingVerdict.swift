import Foundation

/// Turns favourable, unfavourable and hinting evidence into an outcome, the same way for every
/// kind that collects it.
enum BearingVerdict {
    /// Each further hint adds half as much as the one before, never reaching a pass: pasting a
    /// list of buzzwords earns at most a partial.
    static func hintScore(count: Int) -> Double {
        0.5 * (1 - pow(0.5, Double(count)))
    }

    /// The bearing of the evidence that decides `outcome`: favourable for a pass, unfavourable for
    /// a fail; nil for a partial or an unknown, which no single bearing decides.
    static func bearing(deciding outcome: Outcome) -> Evidence.Bearing? {
        switch outcome {
        case .pass: .favourable
        case .fail: .unfavourable
        case .partial, .unknown: nil
        }
    }

    static func verdict(for evidence: [Evidence], polarity: Polarity, trace: [String]) -> RuleVerdict {
        let favourable = evidence.filter { $0.bearing == .favourable }
        let unfavourable = evidence.filter { $0.bearing == .unfavourable }
        let hints = Set(evidence.filter { $0.bearing == .hint }.map(\.text)).count
        var trace = trace
        trace.append("\(favourable.count) favourable, \(unfavourable.count) unfavourable, \(hints) hint sentence(s)")
        let sorted = evidence.sorted { ($0.line, $0.match) < ($1.line, $1.match) }
        switch polarity {
        case .redFlag:
            // One clear statement of the red flag decides it: a contract clause outweighs a brochure line.
            if !unfavourable.isEmpty { return RuleVerdict(outcome: .fail, evidence: sorted, trace: trace + ["red flag stated → fail"]) }
            if !favourable.isEmpty { return RuleVerdict(outcome: .pass, evidence: sorted, trace: trace + ["red flag ruled out → pass"]) }
            if hints > 0 { return RuleVerdict(outcome: .partial, evidence: sorted, trace: trace + ["only hints of the red flag → partial"]) }
        case .strength:
            if !favourable.isEmpty && !unfavourable.isEmpty {
                return RuleVerdict(outcome: .partial, evidence: sorted, trace: trace + ["evidence both ways → partial"])
            }
            if !favourable.isEmpty { return RuleVerdict(outcome: .pass, evidence: sorted, trace: trace + ["strength stated → pass"]) }
            if !unfavourable.isEmpty { return RuleVerdict(outcome: .fail, evidence: sorted, trace: trace + ["strength denied → fail"]) }
            if hints > 0 {
                let score = hintScore(count: hints)
                return RuleVerdict(outcome: .partial, score: score, evidence: sorted,
                                   trace: trace + ["only hints, no structure → partial, score \(score.formatted(places: 3))"])
            }
        }
        return RuleVerdict(outcome: .unknown, evidence: sorted, trace: trace + ["nothing found → not addressed"])
    }
}
