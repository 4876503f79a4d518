/// Runs patterns over a document's sentences and judges each match's negation.
struct EvidenceFinder: Sendable {
    /// Matches of one pattern kept per sentence. A sentence is quoted once however often a
    /// pattern matches it, and a table row of thousands of cells repeating one phrase must not make
    /// every rule's work grow with the number of matches times the sentence's length.
    static let maximumHitsPerSentence = 32

    var negation: NegationDetector

    init(negation: NegationDetector = NegationDetector()) {
        self.negation = negation
    }

    /// Every match of every pattern, sentence by sentence; with `negation` off, no match is negated.
    func hits(of patterns: [PatternSpec], in document: ProposalDocument, negation enabled: Bool = true) -> [PatternHit] {
        var hits: [PatternHit] = []
        for spec in patterns {
            // Only sentences holding a word of each of the pattern's required elements can match it.
            let candidates = document.index.sentences(whereCanMatch: spec.pattern)
            guard !candidates.isEmpty else { continue }
            var scratch = spec.pattern.makeScratch()
            for index in candidates {
                let tokens = document.sentences[index].tokens
                for range in spec.pattern.scan(tokens, scratch: &scratch).prefix(Self.maximumHitsPerSentence) {
                    let judged = enabled ? negation.negation(of: range, in: tokens, patternWords: spec.pattern.words) : .none
                    hits.append(PatternHit(sentenceIndex: index, range: range, pattern: spec.pattern.source, negation: judged))
                }
            }
        }
        // Sentence order, then pattern order, as a reader meets them.
        return hits.enumerated().sorted { ($0.element.sentenceIndex, $0.offset) < ($1.element.sentenceIndex, $1.offset) }.map(\.element)
    }
}
