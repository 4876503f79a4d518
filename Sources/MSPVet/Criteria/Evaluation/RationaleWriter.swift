/// Writes the sentence or two a client reads beside each check: the verdict, the quote that
/// decided it and where it is, and why the check matters.
enum RationaleWriter {
    static func rationale(for check: Check, outcome: Outcome, value: Double?, deciding: Evidence?) -> String {
        let why = check.rationale
        let quote = deciding.map { " \"\(Quote.trimmed($0.text))\" (\($0.location))" } ?? ""
        let value = value.map { " (\($0.compact))" } ?? ""
        switch outcome {
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
}
