/// Which sentences a rule reads its matches from: with `context`, only a sentence that also
/// matches one of those patterns; with `excluding-context`, never a sentence that matches one of
/// those. "Notice" counts in a sentence about renewal, not in one about curing a breach; a term of
/// years counts, not the years a restriction lasts after termination.
struct SentenceScope: Sendable {
    static let keys = ["context", "excluding-context"]

    var context: [PatternSpec]
    var excluding: [PatternSpec]

    init(from mapping: YAMLMapping, decoding: RuleDecodingContext) throws {
        context = try decoding.patterns(mapping["context"], "context")
        excluding = try decoding.patterns(mapping["excluding-context"], "excluding-context")
    }

    /// Why a sentence is out of scope, for the trace; nil when the rule may read it.
    func exclusion(of sentence: Sentence) -> String? {
        if let pattern = excluding.first(where: { !$0.pattern.matches(in: sentence.tokens).isEmpty }) {
            return "the sentence is about something else ('\(pattern.pattern.source)')"
        }
        if !context.isEmpty, !context.contains(where: { !$0.pattern.matches(in: sentence.tokens).isEmpty }) {
            return "the sentence matches no context"
        }
        return nil
    }

    /// The scope applied to one document's matches, each sentence judged once however many
    /// matches it holds (a table row can hold dozens of one pattern's matches).
    struct Judge {
        let scope: SentenceScope
        let document: ProposalDocument
        private var exclusions: [Int: String?] = [:]

        init(_ scope: SentenceScope, document: ProposalDocument) {
            self.scope = scope
            self.document = document
        }

        /// Whether `hit` lies in a sentence the rule reads; when not, says why in `trace`.
        mutating func admits(_ hit: PatternHit, trace: inout [String]) -> Bool {
            let sentence = document.sentences[hit.sentenceIndex]
            let exclusion = exclusions[hit.sentenceIndex] ?? scope.exclusion(of: sentence)
            exclusions[hit.sentenceIndex] = .some(exclusion)
            guard let exclusion else { return true }
            trace.append("line \(sentence.line): '\(hit.pattern)' not read: \(exclusion)")
            return false
        }
    }
}
