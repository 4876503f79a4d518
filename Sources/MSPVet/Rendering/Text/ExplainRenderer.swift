/// Why one check came out as it did for one proposal: every match, the negation cue that fired
/// (or what stopped the search for one), the values read and the rule's reasoning.
public struct ExplainRenderer: Sendable {
    /// Colour or none.
    public var style: TextStyle

    /// An explanation renderer in `style`.
    public init(style: TextStyle = .plain) {
        self.style = style
    }

    /// Every match, negation cue and step for one check on one document.
    public func render(_ result: CheckResult, check: Check, document: ProposalDocument) -> String {
        var lines: [String] = []
        lines.append(style.bold("\(result.id) — \(result.title)"))
        let decides = check.rule.explanation ?? (check.polarity == .redFlag ? "red flag" : "strength")
        lines.append("kind \(check.kind.rawValue), \(decides), weight \(check.weight.compact) (\(result.effectiveWeight.percent) of the total)")
        lines.append("proposal: \(ControlCharacters.escaped(document.path)) (\(document.sentences.count) sentences)")
        let value = result.value.map { ", value \($0.compact)" } ?? ""
        lines.append("outcome: \(result.outcome.rawValue), score \(result.score.formatted(places: 2))\(value)")
        lines.append("")
        if result.evidence.isEmpty {
            lines.append("evidence: none")
        } else {
            lines.append("evidence:")
            for evidence in result.evidence {
                lines.append("  \(evidence.location) [\(evidence.bearing.rawValue)] pattern \"\(evidence.pattern)\" matched \"\(evidence.match)\""
                             + (evidence.value.map { ", value \($0.compact)" } ?? ""))
                lines.append("    \"\(evidence.text)\"")
                lines.append("    " + negationLine(evidence.negation))
            }
        }
        lines.append("")
        lines.append("how it was decided:")
        for step in result.trace { lines.append("  \(step)") }
        lines.append("")
        lines.append("rationale: \(result.rationale)")
        if let ask = result.openAsk { lines.append("ask: \(ask)") }
        return lines.joined(separator: "\n") + "\n"
    }

    private func negationLine(_ negation: Negation) -> String {
        var parts: [String] = []
        if let cue = negation.cue, let direction = negation.direction {
            switch direction {
            case .before: parts.append("negated by \"\(cue)\", \(negation.distance ?? 0) word(s) before the match")
            case .after: parts.append("negated by \"\(cue)\", \(negation.distance ?? 0) word(s) after the match")
            case .within: parts.append("negated by \"\(cue)\" inside the match, in a gap of the pattern")
            }
        } else {
            parts.append("not negated")
        }
        parts += negation.notes
        return parts.joined(separator: "; ")
    }
}
