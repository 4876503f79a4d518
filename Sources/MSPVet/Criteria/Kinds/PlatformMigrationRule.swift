/// Stack bias: a proposal that would move the client off a platform it runs to a rival in the same
/// area ("we will migrate you from Google Workspace to Microsoft 365") fails; one that commits to
/// keep or support the client's platform passes.
///
/// With a client profile, any move *to* a platform in an area where the client runs something else
/// counts. Without one, only a move stated from one platform to a rival counts, since the client's
/// own stack is unknown.
struct PlatformMigrationRule: DecodableRule {
    static let keys = ["move-patterns", "keep-patterns", "negation"]

    /// Words that make the platform after them the one being left.
    private static let leavingWords: Set<String> = ["from", "off", "away", "replace", "replacing", "retire", "retiring", "decommission"]

    var movePatterns: [PatternSpec]
    var keepPatterns: [PatternSpec]
    var negation: Bool

    init(from mapping: YAMLMapping, context: RuleDecodingContext) throws {
        guard context.parser.slots["platform"] != nil else {
            throw Diagnostic(.missingKey, at: mapping.location,
                             "a platform-migration check needs a platform catalogue (a criteria file with 'platforms:')")
        }
        movePatterns = try context.patterns(mapping.required("move-patterns"), "move-patterns")
        keepPatterns = try context.patterns(mapping["keep-patterns"], "keep-patterns")
        negation = try mapping["negation"]?.bool("negation") ?? true
    }

    func evaluate(_ context: RuleContext) -> RuleVerdict {
        let document = context.document
        var evidence: [Evidence] = []
        var trace: [String] = []
        // The platforms a sentence names are read once, however many hits it holds.
        var mentionsBySentence: [Int: [(platform: Platform, range: Range<Int>)]] = [:]
        func mentions(in sentence: Int) -> [(platform: Platform, range: Range<Int>)] {
            if let known = mentionsBySentence[sentence] { return known }
            let found = context.catalogue.mentions(in: document.sentences[sentence].tokens)
            mentionsBySentence[sentence] = found
            return found
        }
        for hit in context.finder.hits(of: movePatterns, in: document, negation: negation) {
            let line = document.sentences[hit.sentenceIndex].line
            if hit.negation.isNegated {
                evidence.append(hit.evidence(in: document, bearing: .favourable))
                trace.append("line \(line): move negated by '\(hit.negation.cue ?? "")' → keeps the client's platform")
                continue
            }
            let (sources, targets) = roles(of: mentions(in: hit.sentenceIndex), in: document.sentences[hit.sentenceIndex].tokens)
            let rivals = targets.filter { isRival($0, sources: sources, client: context.client) }
            if let rival = rivals.first {
                let leaving = leftPlatform(for: rival, sources: sources, client: context.client)
                evidence.append(hit.evidence(in: document, bearing: .unfavourable))
                trace.append("line \(line): moves \(leaving.map { "from \($0) " } ?? "")to \(rival.name) (\(rival.area))")
            } else {
                trace.append("line \(line): a move, but to no rival of the client's platforms (\(targets.map(\.name).joined(separator: ", ")))")
            }
        }
        for hit in context.finder.hits(of: keepPatterns, in: document, negation: negation) {
            let line = document.sentences[hit.sentenceIndex].line
            let named = mentions(in: hit.sentenceIndex).map(\.platform)
            let clients = named.filter { platform in context.client.map { $0.platforms(in: platform.area).contains(platform.name) } ?? true }
            guard let platform = clients.first else {
                trace.append("line \(line): keeps \(named.map(\.name).joined(separator: ", ")), none of them the client's")
                continue
            }
            let bearing: Evidence.Bearing = hit.negation.isNegated ? .unfavourable : .favourable
            evidence.append(hit.evidence(in: document, bearing: bearing))
            trace.append("line \(line): \(hit.negation.isNegated ? "refuses to keep" : "keeps") \(platform.name)")
        }
        return BearingVerdict.verdict(for: PhraseRule.oneEachPerSentence(evidence), polarity: context.polarity, trace: trace)
    }

    /// Platforms named right after a leaving word are sources; the rest are targets.
    private func roles(of mentions: [(platform: Platform, range: Range<Int>)], in tokens: [Token]) -> (sources: [Platform], targets: [Platform]) {
        var sources: [Platform] = []
        var targets: [Platform] = []
        for mention in mentions {
            let before = tokens[max(0, mention.range.lowerBound - 3)..<mention.range.lowerBound]
            if before.contains(where: { Self.leavingWords.contains($0.text) }) {
                sources.append(mention.platform)
            } else {
                targets.append(mention.platform)
            }
        }
        return (sources, targets)
    }

    private func isRival(_ target: Platform, sources: [Platform], client: ClientProfile?) -> Bool {
        if let client {
            let current = client.platforms(in: target.area)
            return !current.isEmpty && !current.contains(target.name)
        }
        return sources.contains { $0.area == target.area && $0 != target }
    }

    private func leftPlatform(for target: Platform, sources: [Platform], client: ClientProfile?) -> String? {
        if let source = sources.first(where: { $0.area == target.area }) { return source.name }
        return client?.platforms(in: target.area).joined(separator: ", ")
    }
}
