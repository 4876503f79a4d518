/// One match of a pattern in one sentence of a document, with its negation.
struct PatternHit: Sendable {
    var sentenceIndex: Int
    var range: Range<Int>
    var pattern: String
    var negation: Negation

    /// The hit as quotable evidence.
    func evidence(in document: ProposalDocument, bearing: Evidence.Bearing, value: Double? = nil) -> Evidence {
        let sentence = document.sentences[sentenceIndex]
        return Evidence(file: document.path,
                        page: sentence.tokens[range.lowerBound].page,
                        line: sentence.tokens[range.lowerBound].line,
                        section: sentence.section,
                        text: sentence.text,
                        match: sentence.tokens[range].map(\.original).joined(separator: " "),
                        pattern: pattern,
                        negation: negation,
                        bearing: bearing,
                        value: value)
    }
}
