import Foundation

/// The common kind: phrases that state the red flag or strength, phrases that state its opposite,
/// and weak phrases that only hint at it.
///
/// A negated match counts the other way: "We do **not** charge early termination fees" rules a
/// red flag out; "we do **not** rotate account leads" (a counter-pattern, negated) supports
/// continuity.
struct PhraseRule: DecodableRule {
    static let keys = SentenceScope.keys + Commitment.keys + ["patterns", "counter-patterns", "weak-patterns", "ignore", "hint-context", "negation", "unit"]

    var patterns: [PatternSpec]
    var counterPatterns: [PatternSpec]
    var weakPatterns: [PatternSpec]
    /// Fixed expressions whose words look like the thing but mean something else ("the entire and
    /// exclusive agreement", "exclusive remedy"): a match inside one is not evidence either way.
    var ignore: [PatternSpec]
    /// Sentences where a match, stated or denied, only hints at the thing: an increase "capped at
    /// 3%" or one the client "may terminate" over is neither the open-ended red flag nor its
    /// absence.
    var hintContext: [PatternSpec]
    /// The sentences the patterns and weak patterns are read in: a right to end "at any time" in
    /// a sentence about breach is a remedy, not a convenience right. Counter-patterns are read
    /// everywhere, since the opposite is often stated in the words the scope excludes ("terminated
    /// only for material breach").
    var scope: SentenceScope
    /// Whether an offer or an aim counts as the strength or only hints at it.
    var commitment: Commitment
    var negation: Bool
    /// With a unit, each match also reads the figure nearest it in its sentence ("increases of up
    /// to 5% a year" is partial *and* 5%): the phrases decide the outcome, the figure tells the
    /// client how much.
    var unit: ValueUnit?
    var valueUnit: ValueUnit? { unit }
    /// Each pattern's position in the lists (patterns, counter-patterns, then weak patterns), by its
    /// source: the earlier, the plainer the statement, and the likelier its match is the quote. A
    /// partial outcome shown by its hints is quoted by the same rule.
    private var ranks: [String: Int] = [:]

    init(from mapping: YAMLMapping, context: RuleDecodingContext) throws {
        patterns = try context.patterns(mapping["patterns"], "patterns")
        counterPatterns = try context.patterns(mapping["counter-patterns"], "counter-patterns")
        weakPatterns = try context.patterns(mapping["weak-patterns"], "weak-patterns")
        ignore = try context.patterns(mapping["ignore"], "ignore")
        hintContext = try context.patterns(mapping["hint-context"], "hint-context")
        scope = try SentenceScope(from: mapping, decoding: context)
        commitment = try Commitment(from: mapping)
        negation = try mapping["negation"]?.bool("negation") ?? true
        unit = try mapping["unit"]?.choice("unit", of: ValueUnit.self)
        for (index, spec) in (patterns + counterPatterns + weakPatterns).enumerated() where ranks[spec.pattern.source] == nil {
            ranks[spec.pattern.source] = index
        }
        guard !patterns.isEmpty || !counterPatterns.isEmpty else {
            throw Diagnostic(.missingKey, at: mapping.location, "a phrase check needs 'patterns' or 'counter-patterns'")
        }
    }

    func evaluate(_ context: RuleContext) -> RuleVerdict {
        // Bearing of an un-negated match of each list, in the client's terms.
        let stated: Evidence.Bearing = context.polarity == .redFlag ? .unfavourable : .favourable
        let opposite: Evidence.Bearing = stated == .favourable ? .unfavourable : .favourable
        var evidence: [Evidence] = []
        var trace: [String] = []
        let finder = context.finder
        var figures = FigureReader(unit: unit, document: context.document)
        let ignored = Dictionary(grouping: finder.hits(of: ignore, in: context.document, negation: false), by: \.sentenceIndex)
        var judge = SentenceScope.Judge(scope, document: context.document, parties: context.parties)
        func isIgnored(_ hit: PatternHit, excluding: Bool = true) -> Bool {
            if excluding, !judge.admits(hit, trace: &trace) { return true }
            guard let fixed = ignored[hit.sentenceIndex]?.first(where: { $0.range.overlaps(hit.range) }) else { return false }
            trace.append("line \(context.document.sentences[hit.sentenceIndex].line): '\(hit.pattern)' inside the fixed expression '\(fixed.pattern)'; ignored")
            return true
        }
        let patternHits = finder.hits(of: patterns, in: context.document, negation: negation)
        let committed = Commitment.Judge(commitment, document: context.document, hits: patternHits)
        var hinted: [Int: String?] = [:]
        func hintingContext(of hit: PatternHit) -> String? {
            if let known = hinted[hit.sentenceIndex] { return known }
            let tokens = context.document.sentences[hit.sentenceIndex].tokens
            let found = hintContext.first { !$0.pattern.matches(in: tokens).isEmpty }?.pattern.source
            hinted[hit.sentenceIndex] = found
            return found
        }
        let counterHits = finder.hits(of: counterPatterns, in: context.document, negation: negation)
        let titles = RunInTitle.overruled(patternHits,
                                          denials: patternHits.filter(\.negation.isNegated) + counterHits.filter { !$0.negation.isNegated },
                                          in: context.document)
        for (position, hit) in patternHits.enumerated() where !isIgnored(hit) {
            if titles.contains(position) {
                trace.append("line \(context.document.sentences[hit.sentenceIndex].line): '\(hit.pattern)' only in the title of a clause that denies it; ignored")
                continue
            }
            if let limiting = hintingContext(of: hit) {
                trace.append("line \(context.document.sentences[hit.sentenceIndex].line): '\(hit.pattern)' in a sentence matching '\(limiting)'; a hint")
                evidence.append(hit.evidence(in: context.document, bearing: .hint, value: figures.nearest(to: hit)))
                continue
            }
            var bearing = hit.negation.isNegated ? opposite : stated
            if bearing == .favourable, let weakening = committed.weakening(of: hit) {
                trace.append("line \(context.document.sentences[hit.sentenceIndex].line): '\(hit.pattern)' \(weakening); a hint")
                bearing = .hint
            }
            evidence.append(hit.evidence(in: context.document, bearing: bearing, value: figures.nearest(to: hit)))
        }
        for hit in counterHits where !isIgnored(hit, excluding: false) {
            evidence.append(hit.evidence(in: context.document, bearing: hit.negation.isNegated ? stated : opposite, value: figures.nearest(to: hit)))
        }
        // A hint only suggests the thing; denying it ("we do not provide transition assistance")
        // is as clear as denying a full pattern.
        for hit in finder.hits(of: weakPatterns, in: context.document, negation: negation) where !isIgnored(hit) {
            evidence.append(hit.evidence(in: context.document, bearing: hit.negation.isNegated ? opposite : .hint, value: figures.nearest(to: hit)))
        }
        var verdict = BearingVerdict.verdict(for: Self.oneEachPerSentence(evidence), polarity: context.polarity, trace: trace)
        verdict.decidingIndex = strongest(in: verdict)
        return verdict
    }

    /// The quote that shows the outcome best: an operative clause before a definition that names
    /// it, and both before the title, opening and recitals that describe the deal
    /// (`QuoteStanding`); then a match of the pattern listed earliest (authors list the plainest
    /// statement first, "automatically renew" before "continues from year to year"); then the
    /// first in the document. A partial outcome is shown the same way, by its favourable evidence
    /// when it has some (a strength stated and denied: the statement) and else by its hints: a
    /// definition that names "transition services" is no better a quote for it than for a pass.
    private func strongest(in verdict: RuleVerdict) -> Int? {
        var wanted = BearingVerdict.bearing(deciding: verdict.outcome)
        if verdict.outcome == .partial {
            wanted = verdict.evidence.contains { $0.bearing == .favourable } ? .favourable : nil
        } else if wanted == nil {
            return nil
        }
        // Evidence is in document order, so the first of the lowest key is the earliest. Each key
        // is made once.
        let candidates = verdict.evidence.indices.filter { wanted == nil || verdict.evidence[$0].bearing == wanted }
        // One sentence needs no judging, and most checks find one.
        guard candidates.count > 1 else { return candidates.first }
        return candidates
            .map { (standing: QuoteStanding(verdict.evidence[$0].text, section: verdict.evidence[$0].section).rawValue, rank: ranks[verdict.evidence[$0].pattern] ?? .max, index: $0) }
            .min { ($0.standing, $0.rank, $0.index) < ($1.standing, $1.rank, $1.index) }?
            .index
    }

    /// A sentence is one piece of evidence per bearing (and value), however many patterns match it
    /// and on whichever of its lines; the same sentence pasted again is the same evidence.
    ///
    /// Items are bucketed by a digest of the sentence's length and ends, then compared in full
    /// only within a bucket: hashing or copying a whole long sentence once per match would make a
    /// sentence with many matches cost its length times its matches.
    static func oneEachPerSentence(_ evidence: [Evidence]) -> [Evidence] {
        keptPositions(evidence).map { evidence[$0] }
    }

    /// The positions `oneEachPerSentence` keeps, in order.
    static func keptPositions(_ evidence: [Evidence]) -> [Int] {
        var buckets: [EvidenceDigest: [Int]] = [:]
        var kept: [Int] = []
        for (position, item) in evidence.enumerated() {
            let digest = EvidenceDigest(item)
            if let earlier = buckets[digest], earlier.contains(where: { evidence[$0].text == item.text }) { continue }
            buckets[digest, default: []].append(position)
            kept.append(position)
        }
        return kept
    }
}
