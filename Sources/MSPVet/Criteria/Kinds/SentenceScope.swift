/// Which sentences a rule reads its matches from: with `context`, only a sentence that also
/// matches one of those patterns, in its words or in the heading it sits under; with `excluding-context`, never a sentence that matches one of
/// those. "Notice" counts in a sentence about renewal, not in one about curing a breach; a term of
/// years counts, not the years a restriction lasts after termination.
///
/// With `holder`, a match counts only when the party holding what it states is that one (or
/// either party): "Provider may terminate for convenience" gives the client no way out, and
/// "Client retains ownership of its data" is not the MSP keeping the tools. A sentence that
/// names no party the document defines is read as before, since the holder is then unknown.
///
/// With `unconditional: true`, a match counts only when its clause states it outright: "either
/// party may terminate on notice **if** the launch has not occurred" is a remedy for that event,
/// not a right to leave at will (`ConditionLexicon`).
struct SentenceScope: Sendable {
    static let keys = ["context", "excluding-context", "holder", "unconditional"]

    var context: [PatternSpec]
    var excluding: [PatternSpec]
    var holder: PartyRole?
    var unconditional: Bool

    init(from mapping: YAMLMapping, decoding: RuleDecodingContext) throws {
        context = try decoding.patterns(mapping["context"], "context")
        excluding = try decoding.patterns(mapping["excluding-context"], "excluding-context")
        unconditional = try mapping["unconditional"]?.bool("unconditional") ?? false
        if let value = mapping["holder"] {
            let text = try value.nonEmptyString("holder")
            guard let role = PartyRole(rawValue: text), role != .both else {
                throw Diagnostic(.invalidValue, at: value.location, "holder must be msp or client, found '\(text)'")
            }
            holder = role
        }
    }

    /// Why a match in `clause` of a sentence is out of scope, for the trace; nil when the rule may
    /// read it. `excluding-context` is read in the clause holding the match (with the sentence's
    /// lead), so one ground of a list never excludes its neighbours: "may be terminated: (1) by
    /// the Client for any reason on notice; (2) by either party on a force majeure event" keeps
    /// (1). `context` is read in the whole sentence and its heading.
    ///
    /// `mayMatch` tells, for a pattern of `excluding` or `context`, whether the sentence holds the
    /// words it needs at all (`Candidates`): most do not, and are not scanned.
    func exclusion(of sentence: Sentence, clause: SentenceClause = .whole,
                   mayMatch: (_ excluding: Bool, _ position: Int) -> Bool) -> String? {
        let tokens = clause.tokens(of: sentence)
        if let position = excluding.indices.first(where: { mayMatch(true, $0) && !excluding[$0].pattern.matches(in: tokens).isEmpty }) {
            return "the \(clause.isWhole ? "sentence" : "clause") is about something else ('\(excluding[position].pattern.source)')"
        }
        // A heading sets the context of every sentence under it ("Renewal" above "either party may
        // end it on 60 days' notice"); it never excludes one, since a heading such as "Term and
        // Termination" covers more than any one of its sentences.
        let headingTokens = sentence.heading?.tokens ?? []
        if !context.isEmpty, !context.indices.contains(where: { position in
            let pattern = context[position].pattern
            return (mayMatch(false, position) && !pattern.matches(in: sentence.tokens).isEmpty)
                || (!headingTokens.isEmpty && !pattern.matches(in: headingTokens).isEmpty)
        }) {
            return "the sentence matches no context"
        }
        return nil
    }

    /// The sentences of one document each `excluding-context` and `context` pattern can match in,
    /// as the document's index tells from the words the pattern requires.
    struct Candidates {
        let excluding: [[Int]]
        let context: [[Int]]

        init(_ scope: SentenceScope, index: DocumentIndex) {
            excluding = scope.excluding.map { index.sentences(whereCanMatch: $0.pattern) }
            context = scope.context.map { index.sentences(whereCanMatch: $0.pattern) }
        }

        func contains(sentence: Int, excluding isExcluding: Bool, position: Int) -> Bool {
            DocumentIndex.holds(isExcluding ? excluding[position] : context[position], sentence)
        }
    }

    /// The scope applied to one document's matches, each sentence judged once however many
    /// matches it holds (a table row can hold dozens of one pattern's matches).
    struct Judge {
        let scope: SentenceScope
        let document: ProposalDocument
        let parties: PartyRoster
        private var exclusions: [ClauseKey: String?] = [:]
        /// Found when a first match is judged against a context: most rules have none to judge.
        private var candidates: Candidates?
        /// The parties each sentence names, found once per sentence however many matches it holds.
        private var mentions: [Int: [PartyRoster.Mention]] = [:]

        init(_ scope: SentenceScope, document: ProposalDocument, parties: PartyRoster) {
            self.scope = scope
            self.document = document
            self.parties = parties
        }

        /// Whether `hit` lies in a sentence the rule reads, held by the party it asks for; when
        /// not, says why in `trace`.
        mutating func admits(_ hit: PatternHit, trace: inout [String]) -> Bool {
            let sentence = document.sentences[hit.sentenceIndex]
            let clause = scope.excluding.isEmpty ? .whole : SentenceClause(holding: hit.range, in: sentence.tokens)
            let key = ClauseKey(sentence: hit.sentenceIndex, clause: clause)
            let exclusion: String?
            if let known = exclusions[key] {
                exclusion = known
            } else if scope.excluding.isEmpty && scope.context.isEmpty {
                exclusion = nil
            } else {
                let candidates = self.candidates ?? Candidates(scope, index: document.index)
                self.candidates = candidates
                exclusion = scope.exclusion(of: sentence, clause: clause) { isExcluding, position in
                    candidates.contains(sentence: hit.sentenceIndex, excluding: isExcluding, position: position)
                }
            }
            exclusions[key] = .some(exclusion)
            if let exclusion {
                trace.append("line \(sentence.line): '\(hit.pattern)' not read: \(exclusion)")
                return false
            }
            if scope.unconditional {
                if hit.range.upperBound <= sentence.announcingLead {
                    trace.append("line \(sentence.line): '\(hit.pattern)' not read: it announces the items that follow it")
                    return false
                }
                if let condition = ConditionLexicon.condition(governing: hit.range, in: sentence.tokens, announcingLead: sentence.announcingLead) {
                    trace.append("line \(sentence.line): '\(hit.pattern)' not read: it waits on a condition ('\(condition)')")
                    return false
                }
            }
            guard let required = scope.holder else { return true }
            let named = mentions[hit.sentenceIndex] ?? parties.mentions(in: sentence.tokens)
            mentions[hit.sentenceIndex] = named
            if let held = parties.holder(of: hit.range, in: sentence.tokens, mentions: named), !held.covers(required) {
                trace.append("line \(sentence.line): '\(hit.pattern)' not read: held by \(held.described), not \(required.described)")
                return false
            }
            return true
        }

        private struct ClauseKey: Hashable {
            let sentence: Int
            let clause: SentenceClause
        }
    }
}
