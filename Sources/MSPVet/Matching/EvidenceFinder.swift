/// Runs patterns over a document's sentences and judges each match's negation.
public struct EvidenceFinder: Sendable {
    public var negation: NegationDetector

    public init(negation: NegationDetector = NegationDetector()) {
        self.negation = negation
    }

    /// Every match of every pattern, sentence by sentence; with `negation` off, no match is negated.
    public func hits(of patterns: [PatternSpec], in document: ProposalDocument, negation enabled: Bool = true) -> [PatternHit] {
        var hits: [PatternHit] = []
        for (index, sentence) in document.sentences.enumerated() {
            for spec in patterns {
                for range in spec.pattern.matches(in: sentence.tokens) {
                    let judged = enabled ? negation.negation(of: range, in: sentence.tokens, patternWords: spec.pattern.words) : .none
                    hits.append(PatternHit(sentenceIndex: index, range: range, pattern: spec.pattern.source, negation: judged))
                }
            }
        }
        return hits
    }
}
