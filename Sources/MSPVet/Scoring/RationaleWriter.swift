/// Writes the sentence or two a client reads beside each check: the verdict, the quote that
/// decided it and where it is, and why the check matters.
enum RationaleWriter {
    static func rationale(for check: Check, verdict: RuleVerdict) -> String {
        let why = check.rationale
        let decisive = decidingEvidence(verdict)
        let quote = decisive.map { " \"\(Quote.trimmed($0.text))\" (\($0.location))" } ?? ""
        let value = verdict.value.map { " (\($0.compact))" } ?? ""
        switch verdict.outcome {
        case .pass:
            return "In the client's favour\(value):\(quote.isEmpty ? " no concern found." : quote + ".") \(why)"
        case .fail:
            return "Against the client\(value):\(quote.isEmpty ? " concern found." : quote + ".") \(why)"
        case .partial:
            return "Partly addressed\(value):\(quote.isEmpty ? "" : quote + ".") \(why)"
        case .unknown:
            return "Not addressed in the proposal; ask the provider. \(why)"
        }
    }

    /// The evidence that bears the way the outcome went, earliest first.
    static func decidingEvidence(_ verdict: RuleVerdict) -> Evidence? {
        let wanted: Evidence.Bearing? = switch verdict.outcome {
        case .pass: .favourable
        case .fail: .unfavourable
        default: nil
        }
        return verdict.evidence.first { $0.bearing == wanted } ?? verdict.evidence.first
    }
}

/// Shortens a sentence for quoting without cutting a word in half.
enum Quote {
    static func trimmed(_ text: String, limit: Int = 160) -> String {
        guard text.count > limit else { return text }
        var cut = String(text.prefix(limit))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut + "…"
    }
}
