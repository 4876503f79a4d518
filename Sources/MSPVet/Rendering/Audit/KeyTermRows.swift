/// The key terms as labelled rows, each with its value in words and its source: shared by the
/// text, Markdown and HTML views so they never word a term differently.
struct KeyTermRow {
    var label: String
    /// The value in words, or "not stated".
    var value: String
    var source: Evidence?
    var note: String?

    static func rows(_ terms: KeyTerms) -> [KeyTermRow] {
        func row<T>(_ label: String, _ term: StatedTerm<T>?, _ words: (T) -> String) -> KeyTermRow {
            KeyTermRow(label: label, value: term.map { words($0.value) } ?? "not stated", source: term?.source, note: term?.note)
        }
        return [
            row("Effective date", terms.effectiveDate) { $0.words },
            row("Initial term", terms.initialTermMonths) { "\($0) month\($0 == 1 ? "" : "s")" },
            row("Renewal", terms.renewal) { $0 == .automatic ? "automatic" : "by agreement only" },
            row("Renewal term", terms.renewalTermMonths) { $0 == 1 ? "month to month" : "\($0) months" },
            row("Notice, at least", terms.noticeMinimum) { $0.description },
            row("Notice, at most", terms.noticeMaximum) { $0.description },
            row("Notice given by", terms.noticeMethods) { $0.joined(separator: ", ") },
            row("Price rise after the term", terms.upliftPercent) { "\($0.compact)%" },
        ]
    }
}
