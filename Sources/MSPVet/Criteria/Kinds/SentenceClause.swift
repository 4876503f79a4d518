/// The part of a sentence a match belongs to when the sentence lists clauses between semicolons:
/// the item holding the match, and the lead before the sentence's first colon that introduces
/// them all ("This agreement may be terminated: (1) …; (2) …"). Only a semicolon before a list
/// label ("; (2)", "; or (3)") starts an item: after any other ("…; provided that the term of
/// the licence …") the clause goes on. A sentence with no such semicolon is one clause. (Items
/// lettered "(a)" or "(i)" are sentences of their own already, see `EnumeratedItems`.)
struct SentenceClause: Hashable, Sendable {
    /// The lead's tokens, empty when the clause opens the sentence or there is no lead.
    let lead: Range<Int>
    /// The tokens from the semicolon before the match to the one after it.
    let body: Range<Int>?

    /// The whole sentence.
    static let whole = SentenceClause(lead: 0..<0, body: nil)

    var isWhole: Bool { body == nil }

    init(lead: Range<Int>, body: Range<Int>?) {
        self.lead = lead
        self.body = body
    }

    init(holding match: Range<Int>, in tokens: [Token]) {
        let semicolons = tokens.indices.filter { tokens[$0].breakBefore == .semicolon && Self.opensItem(at: $0, in: tokens) }
        guard !semicolons.isEmpty else {
            self = .whole
            return
        }
        let start = semicolons.last { $0 <= match.lowerBound } ?? 0
        let end = semicolons.first { $0 >= match.upperBound } ?? tokens.count
        // A lead ends at a colon standing before the first semicolon; it belongs to every clause.
        let colon = tokens.indices.first { tokens[$0].breakBefore == .colon }
        let lead = colon.map { $0 < semicolons[0] && $0 <= start ? 0..<$0 : 0..<0 } ?? 0..<0
        self.init(lead: start == 0 ? 0..<0 : lead, body: start..<end)
    }

    private static let joiners: Set<String> = ["and", "or"]

    /// Whether the tokens from `index` open a listed item: a list label, perhaps after "and"/"or".
    private static func opensItem(at index: Int, in tokens: [Token]) -> Bool {
        let label = joiners.contains(tokens[index].text) && index + 1 < tokens.count ? index + 1 : index
        // Tokens keep no brackets, so "(a)" reads as the article "a": a clause opening with it
        // after a semicolon is rare enough to be taken for an item.
        return tokens[label].isListLabel
    }

    /// The tokens read for this clause: the lead, then the body.
    func tokens(of sentence: Sentence) -> [Token] {
        guard let body else { return sentence.tokens }
        return Array(sentence.tokens[lead]) + sentence.tokens[body]
    }
}
