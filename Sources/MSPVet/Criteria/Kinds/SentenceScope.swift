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
}
