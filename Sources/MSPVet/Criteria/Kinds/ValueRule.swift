/// Reads a number stated beside a phrase — "an initial term of thirty-six (36) months",
/// "90 days' written notice", "15-minute response", "$145 per user per month" — and grades it.
struct ValueRule: DecodableRule {
    static let keys = SentenceScope.keys + Commitment.keys + ["patterns", "competing-patterns", "prefer-context", "implied", "unit", "choose", "read", "pass-at-most", "fail-above",
                       "pass-at-least", "fail-below", "negation", "by-priority"]

    /// A value check is graded by its thresholds: a pass is in the client's favour, a fail against it.
    static let defaultPolarity: Polarity? = .strength

    var valueUnit: ValueUnit? { unit }
    var explanation: String? { "graded in \(unit.rawValue): \(grading.summary)" }

    /// Which figures of a located sentence count.
    enum ReadMode: String, CaseIterable {
        /// The one nearest the phrase: "renews for 12 months unless 90 days' notice" gives notice 90.
        case nearest
        /// Every figure in the unit: "respond within 1 hour, or 15 minutes for outages" commits to both.
        case all
    }

    enum Choice: String, CaseIterable {
        /// The worst case for the client when lower is better (the longest term).
        case largest
        /// The best committed figure (the fastest response).
        case smallest
        case first
    }

    struct Implied: Sendable {
        var pattern: PatternSpec
        var value: Double
    }

    var patterns: [PatternSpec]
    /// Phrases that own the figures nearest them: "resolution" in "Response: 15 minutes,
    /// Resolution: 4 hours" keeps 4 hours from being read as a response time.
    var competingPatterns: [PatternSpec]
    /// Sentences whose figures win over the others when both exist: of "terminate for convenience
    /// on 30 days' notice" and "renews unless notice is given 90 days before", the renewal notice is
    /// the window that binds the client. An earlier-listed pattern outranks a later one.
    var preferred: [PatternSpec]
    /// The sentences figures are read from.
    var scope: SentenceScope
    /// Whether a figure offered or aimed at counts as a commitment.
    var commitment: Commitment
    var implied: [Implied]
    var unit: ValueUnit
    var choice: Choice
    var readMode: ReadMode
    var grading: ValueGrading
    var negation: Bool
    /// Whether figures are read per priority tier (P1…P4), the most urgent tier's deciding.
    var byPriority: Bool

    init(from mapping: YAMLMapping, context: RuleDecodingContext) throws {
        patterns = try context.patterns(mapping.required("patterns"), "patterns")
        competingPatterns = try context.patterns(mapping["competing-patterns"], "competing-patterns")
        preferred = try context.patterns(mapping["prefer-context"], "prefer-context")
        scope = try SentenceScope(from: mapping, decoding: context)
        commitment = try Commitment(from: mapping)
        implied = try (mapping["implied"]?.list("implied") ?? []).map { item in
            let entry = try item.mapping("an implied value", allowedKeys: ["pattern", "value"])
            let pattern = try context.patterns(entry.required("pattern"), "pattern")
            return Implied(pattern: pattern[0], value: try entry.required("value").number("value"))
        }
        unit = try mapping.required("unit").choice("unit", of: ValueUnit.self)
        choice = try mapping["choose"]?.choice("choose", of: Choice.self) ?? .first
        readMode = try mapping["read"]?.choice("read", of: ReadMode.self) ?? .nearest
        negation = try mapping["negation"]?.bool("negation") ?? true
        byPriority = try mapping["by-priority"]?.bool("by-priority") ?? false
        grading = try Self.grading(from: mapping)
    }

    private static func grading(from mapping: YAMLMapping) throws -> ValueGrading {
        let passAtMost = try mapping["pass-at-most"]?.number("pass-at-most")
        let failAboveValue = mapping["fail-above"]
        let failAbove = try failAboveValue?.number("fail-above")
        let passAtLeast = try mapping["pass-at-least"]?.number("pass-at-least")
        let failBelowValue = mapping["fail-below"]
        let failBelow = try failBelowValue?.number("fail-below")
        switch (passAtMost, failAbove, passAtLeast, failBelow) {
        case let (pass?, fail?, nil, nil):
            guard pass <= fail else {
                throw Diagnostic(.invalidValue, at: failAboveValue?.location ?? mapping.location, "fail-above (\(fail.compact)) must not be below pass-at-most (\(pass.compact))")
            }
            return ValueGrading(direction: .lowerIsBetter, pass: pass, fail: fail)
        case let (nil, nil, pass?, fail?):
            guard pass >= fail else {
                throw Diagnostic(.invalidValue, at: failBelowValue?.location ?? mapping.location, "fail-below (\(fail.compact)) must not be above pass-at-least (\(pass.compact))")
            }
            return ValueGrading(direction: .higherIsBetter, pass: pass, fail: fail)
        default:
            throw Diagnostic(.missingKey, at: mapping.location,
                             "a value check needs either 'pass-at-most' and 'fail-above' (lower is better) or 'pass-at-least' and 'fail-below' (higher is better)")
        }
    }

    /// A figure read from one sentence, in the check's unit.
    private struct Reading {
        var evidence: Evidence
        var value: Double
        /// Why the figure is less than a commitment, when it is ("we aim to respond…").
        var weakening: String?
        /// The first `prefer-context` pattern the sentence matches, by position in the list.
        var preference: Int?
        /// The priority tier the figure is for, with `by-priority`.
        var priority: Int?
    }

    func evaluate(_ context: RuleContext) -> RuleVerdict {
        let document = context.document
        var readings: [Reading] = []
        var trace: [String] = []
        var judge = SentenceScope.Judge(scope, document: document, parties: context.parties)
        // Each implied phrase is matched on its own, so a hit knows its value without looking
        // its pattern up again. It is read only where a figure would be: "month to month" after
        // a term that is not renewed is not the initial term.
        for item in implied {
            for hit in context.finder.hits(of: [item.pattern], in: document, negation: false) where judge.admits(hit, trace: &trace) {
                let evidence = hit.evidence(in: document, bearing: .hint, value: item.value)
                readings.append(Reading(evidence: evidence, value: item.value))
                trace.append("line \(evidence.line): '\(hit.pattern)' implies \(item.value.compact) \(unit.rawValue)")
            }
        }
        // A sentence's figures and rival phrases are read once, however many hits it holds.
        var sentenceReadings: [Int: (quantities: [Quantity], rivals: [Range<Int>], preference: Int?)] = [:]
        let patternHits = context.finder.hits(of: patterns, in: document, negation: negation)
        let committed = Commitment.Judge(commitment, document: document, hits: patternHits)
        for hit in patternHits {
            if hit.negation.isNegated {
                trace.append("line \(document.sentences[hit.sentenceIndex].line): '\(hit.pattern)' negated by '\(hit.negation.cue ?? "")'; no value read")
                continue
            }
            guard judge.admits(hit, trace: &trace) else { continue }
            let (quantities, rivals, preference) = sentenceReadings[hit.sentenceIndex] ?? {
                let tokens = document.sentences[hit.sentenceIndex].tokens
                return (QuantityReader.quantities(in: tokens), competingPatterns.flatMap { $0.pattern.matches(in: tokens) },
                        preferred.firstIndex { !$0.pattern.matches(in: tokens).isEmpty })
            }()
            sentenceReadings[hit.sentenceIndex] = (quantities, rivals, preference)
            let tokens = document.sentences[hit.sentenceIndex].tokens
            let candidates = quantities.compactMap { quantity -> (value: Double, distance: Int, priority: Int?)? in
                guard let factor = unit.factor(for: quantity.unit) else { return nil }
                guard owner(of: quantity.range, among: [hit.range] + rivals, in: tokens) == hit.range else { return nil }
                let value = quantity.value * factor
                // "10^400 years" is no term: a figure too large to hold is not a reading.
                guard value.isFinite else { return nil }
                let priority = byPriority ? PriorityLabel.priority(in: tokens, near: quantity.range.lowerBound) : nil
                return (value, distance(quantity.range, hit.range), priority)
            }
            guard let nearest = candidates.min(by: { $0.distance < $1.distance }) else { continue }
            let values = readMode == .all ? candidates : [nearest]
            let weakening = committed.weakening(of: hit)
            for candidate in values {
                readings.append(Reading(evidence: hit.evidence(in: document, bearing: .hint, value: candidate.value), value: candidate.value,
                                        weakening: weakening, preference: preference, priority: candidate.priority))
            }
            trace.append("line \(document.sentences[hit.sentenceIndex].line): '\(hit.pattern)' reads \(values.map(\.value.compact).joined(separator: ", ")) \(unit.rawValue)")
        }
        readings = PhraseRule.keptPositions(readings.map(\.evidence)).map { readings[$0] }
        var positions = Array(readings.indices)
        if let best = readings.compactMap(\.preference).min() {
            positions = positions.filter { readings[$0].preference == best }
            // Said even when every figure qualifies: a reader of the trace learns the value came
            // from the clause the check trusts most.
            trace.append("\(positions.count) of \(readings.count) figure(s) in a sentence matching '\(preferred[best].pattern.source)'; chosen among those")
        }
        let tiers = tiers(of: positions.map { readings[$0] })
        if let urgent = tiers.first {
            // "P1 in 15 minutes, P3 in 4 hours": the most urgent tier's figure is the commitment
            // the client relies on when something is down.
            positions = positions.filter { readings[$0].priority == urgent.priority }
            trace.append("by priority: " + tiers.map { "\($0.label) \(unit.format($0.value))" }.joined(separator: ", ") + "; \(urgent.label) decides")
        }
        let chosenPosition: Int? = switch choice {
        case .largest: positions.max { readings[$0].value < readings[$1].value }
        case .smallest: positions.min { readings[$0].value < readings[$1].value }
        case .first: positions.min { readings[$0].evidence.line < readings[$1].evidence.line }
        }
        guard let chosenPosition else {
            return RuleVerdict(outcome: .unknown, trace: trace + ["no \(unit.rawValue) stated → not addressed"])
        }
        let value = (readings[chosenPosition].value * 100).rounded() / 100
        var (outcome, score) = grading.grade(value)
        trace.append("chose \(value.compact) \(unit.rawValue) (\(choice.rawValue)); \(grading.summary) → \(outcome.rawValue)")
        if outcome == .pass, let weakening = readings[chosenPosition].weakening {
            (outcome, score) = (.partial, 0.5)
            trace.append("the figure is \(weakening) → partial")
        }
        // Stable: of readings on one line, the one read first stays first.
        let ordered = readings.enumerated().sorted { ($0.element.evidence.line, $0.offset) < ($1.element.evidence.line, $1.offset) }
        let evidence = ordered.map { item in
            var graded = item.element.evidence
            graded.bearing = switch grading.grade(item.element.value).0 {
            case .pass: item.element.weakening == nil ? .favourable : .hint
            case .fail: .unfavourable
            case .partial, .unknown: .hint
            }
            return graded
        }
        let decidingIndex = ordered.firstIndex { $0.offset == chosenPosition }
        return RuleVerdict(outcome: outcome, score: score, value: value, evidence: evidence, trace: trace, decidingIndex: decidingIndex,
                           preferredContext: readings[chosenPosition].preference.map { preferred[$0].pattern.source }, byPriority: tiers)
    }

    /// Each tier's figure, chosen as the check chooses among figures, most urgent tier first.
    private func tiers(of readings: [Reading]) -> [PriorityFigure] {
        Dictionary(grouping: readings.filter { $0.priority != nil }, by: { $0.priority! }).compactMap { priority, group in
            let best: Reading? = switch choice {
            case .largest: group.max { $0.value < $1.value }
            case .smallest: group.min { $0.value < $1.value }
            case .first: group.min { $0.evidence.line < $1.evidence.line }
            }
            return best.map { PriorityFigure(priority: priority, value: ($0.value * 100).rounded() / 100, line: $0.evidence.line) }
        }.sorted { $0.priority < $1.priority }
    }

    /// The phrase a figure quantifies: the nearest one before it ("Response: 15 minutes"), or when
    /// none precedes it, the nearest after ("a 15-minute response").
    private func owner(of figure: Range<Int>, among phrases: [Range<Int>], in tokens: [Token]) -> Range<Int>? {
        // A phrase that spans the figure ("unless terminated within sixty (60) days prior to") says
        // what it measures, whatever stands before it.
        if let container = phrases.first(where: { $0.lowerBound <= figure.lowerBound && figure.upperBound <= $0.upperBound }) {
            return container
        }
        let before = phrases.filter { $0.upperBound <= figure.lowerBound }.max { $0.upperBound < $1.upperBound }
        let after = phrases.filter { $0.lowerBound >= figure.upperBound }.min { $0.lowerBound < $1.lowerBound }
        // A phrase right after the figure, in the same clause, owns it when the one before is
        // farther away: "successive one-year terms unless ended on 30 days' notice" gives the 30
        // days to the notice; "Response within 2 hours; resolution ..." keeps them the response's.
        if let before, let after, after.lowerBound - figure.upperBound <= Self.adjacentAfter,
           figure.lowerBound - before.upperBound > after.lowerBound - figure.upperBound,
           !(figure.upperBound...after.lowerBound).contains(where: { $0 < tokens.count && tokens[$0].breakBefore != nil }) {
            return after
        }
        return before ?? after ?? phrases.first { $0.overlaps(figure) }
    }

    /// How close after a figure a phrase must stand to claim it over an earlier phrase: the unit and
    /// a word such as "prior" or "written" may stand between ("30 days' prior written notice").
    static let adjacentAfter = 3

    private func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        if a.upperBound <= b.lowerBound { return b.lowerBound - a.upperBound }
        if b.upperBound <= a.lowerBound { return a.lowerBound - b.upperBound }
        return 0
    }
}
