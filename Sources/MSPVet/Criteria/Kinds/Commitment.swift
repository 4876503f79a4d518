/// Whether a check's strength must be committed to, not merely offered or aimed at.
///
/// With `commitment: required`, a favourable match in a clause that offers ("MFA is available
/// for all users"), aims ("we aim to respond within 15 minutes") or hedges ("best efforts") is a
/// hint, worth a partial at most; and when any sentence of the document disclaims the check's
/// subject ("these response times are targets, not guarantees"), every match is.
struct Commitment: Sendable {
    static let keys = ["commitment"]

    var required: Bool
    var lexicon = CommitmentLexicon.standard

    init(from mapping: YAMLMapping) throws {
        guard let value = mapping["commitment"] else {
            required = false
            return
        }
        let text = try value.nonEmptyString("commitment")
        guard ["required", "optional"].contains(text) else {
            throw Diagnostic(.invalidValue, at: value.location, "commitment must be required or optional, found '\(text)'")
        }
        required = text == "required"
    }

    /// A document's reading of the commitment: the disclaimer found once, each clause judged as asked.
    struct Judge {
        let commitment: Commitment
        let document: ProposalDocument
        /// The first sentence, among those the check's patterns match, that disclaims them.
        let disclaimer: (line: Int, cue: String)?

        init(_ commitment: Commitment, document: ProposalDocument, hits: [PatternHit]) {
            self.commitment = commitment
            self.document = document
            guard commitment.required else {
                disclaimer = nil
                return
            }
            var found: (Int, String)?
            // A disclaimer is said of the promise or in the sentence right after it ("P1: 15
            // minutes. These are targets, not guarantees.").
            let candidates = Set(hits.flatMap { [$0.sentenceIndex, $0.sentenceIndex + 1] }).filter { $0 < document.sentences.count }
            for index in candidates.sorted() {
                let sentence = document.sentences[index]
                if let cue = commitment.lexicon.disclaimer(in: sentence.tokens) {
                    found = (sentence.line, cue)
                    break
                }
            }
            disclaimer = found
        }

        /// Why `hit` states less than a commitment, for the trace; nil when it commits.
        func weakening(of hit: PatternHit) -> String? {
            guard commitment.required else { return nil }
            if let disclaimer {
                return "disclaimed at line \(disclaimer.line) ('\(disclaimer.cue)')"
            }
            let tokens = document.sentences[hit.sentenceIndex].tokens
            return commitment.lexicon.qualifier(around: hit.range, in: tokens).map { "offered or aimed at, not committed ('\($0)')" }
        }
    }
}
