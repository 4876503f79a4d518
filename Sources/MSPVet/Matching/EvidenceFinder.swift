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
        for position in patterns.indices {
            // Only sentences holding a word of each of the pattern's required elements can match
            // it. Most patterns have none in a document, and are not copied out of the list for
            // it: a copy retains and releases each of a compiled pattern's arrays.
            let candidates = document.index.sentences(whereCanMatch: patterns[position].pattern)
            guard !candidates.isEmpty else { continue }
            let pattern = patterns[position].pattern
            var scratch = pattern.makeScratch()
            for index in candidates {
                let tokens = document.sentences[index].tokens
                for range in pattern.scan(tokens, scratch: &scratch).prefix(Self.maximumHitsPerSentence) {
                    let judged = enabled ? negation.negation(of: range, in: tokens, patternWords: pattern.words) : .none
                    hits.append(PatternHit(sentenceIndex: index, range: range, pattern: pattern.source, negation: judged))
                }
            }
        }
        // Sentence order, then pattern order, as a reader meets them.
        return hits.enumerated().sorted { ($0.element.sentenceIndex, $0.offset) < ($1.element.sentenceIndex, $1.offset) }.map(\.element)
    }
}
