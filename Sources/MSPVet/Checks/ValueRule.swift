/// Reads a number stated beside a phrase — "an initial term of thirty-six (36) months",
/// "90 days' written notice", "15-minute response", "$145 per user per month" — and grades it.
struct ValueRule: DecodableRule {
    static let keys = ["patterns", "competing-patterns", "implied", "unit", "choose", "read", "pass-at-most", "fail-above",
                       "pass-at-least", "fail-below", "negation"]

    /// Which figures of a located sentence count.
    enum Reading: String, CaseIterable {
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
    var implied: [Implied]
    var unit: ValueUnit
    var choice: Choice
    var reading: Reading
    var grading: ValueGrading
    var negation: Bool

    init(from mapping: YAMLMapping, context: RuleDecodingContext) throws {
        patterns = try context.patterns(mapping.required("patterns"), "patterns")
        competingPatterns = try context.patterns(mapping["competing-patterns"], "competing-patterns")
        implied = try (mapping["implied"]?.list("implied") ?? []).map { item in
            let entry = try item.mapping("an implied value", allowedKeys: ["pattern", "value"])
            let pattern = try context.patterns(entry.required("pattern"), "pattern")
            return Implied(pattern: pattern[0], value: try entry.required("value").number("value"))
        }
        unit = try mapping.required("unit").choice("unit", of: ValueUnit.self)
        choice = try mapping["choose"]?.choice("choose", of: Choice.self) ?? .first
        reading = try mapping["read"]?.choice("read", of: Reading.self) ?? .nearest
        negation = try mapping["negation"]?.bool("negation") ?? true
        grading = try Self.grading(from: mapping)
    }

    private static func grading(from mapping: YAMLMapping) throws -> ValueGrading {
        let passAtMost = try mapping["pass-at-most"]?.number("pass-at-most")
        let failAbove = try mapping["fail-above"]?.number("fail-above")
        let passAtLeast = try mapping["pass-at-least"]?.number("pass-at-least")
        let failBelow = try mapping["fail-below"]?.number("fail-below")
        switch (passAtMost, failAbove, passAtLeast, failBelow) {
        case let (pass?, fail?, nil, nil):
            guard pass <= fail else {
                throw Diagnostic(.invalidValue, at: mapping["fail-above"]!.location, "fail-above (\(fail.compact)) must not be below pass-at-most (\(pass.compact))")
            }
            return ValueGrading(direction: .lowerIsBetter, pass: pass, fail: fail)
        case let (nil, nil, pass?, fail?):
            guard pass >= fail else {
                throw Diagnostic(.invalidValue, at: mapping["fail-below"]!.location, "fail-below (\(fail.compact)) must not be above pass-at-least (\(pass.compact))")
            }
            return ValueGrading(direction: .higherIsBetter, pass: pass, fail: fail)
        default:
            throw Diagnostic(.missingKey, at: mapping.location,
                             "a value check needs either 'pass-at-most' and 'fail-above' (lower is better) or 'pass-at-least' and 'fail-below' (higher is better)")
        }
    }

    func evaluate(_ context: RuleContext) -> RuleVerdict {
        let document = context.document
        var readings: [Evidence] = []
        var trace: [String] = []
        for hit in context.finder.hits(of: implied.map(\.pattern), in: document, negation: false) {
            let value = implied.first { $0.pattern.pattern.source == hit.pattern }!.value
            readings.append(hit.evidence(in: document, bearing: .hint, value: value))
            trace.append("line \(readings.last!.line): '\(hit.pattern)' implies \(value.compact) \(unit.rawValue)")
        }
        // A sentence's figures and rival phrases are read once, however many hits it holds.
        var sentenceReadings: [Int: (quantities: [Quantity], rivals: [Range<Int>])] = [:]
        for hit in context.finder.hits(of: patterns, in: document, negation: negation) {
            if hit.negation.isNegated {
                trace.append("line \(document.sentences[hit.sentenceIndex].line): '\(hit.pattern)' negated by '\(hit.negation.cue ?? "")'; no value read")
                continue
            }
            if sentenceReadings[hit.sentenceIndex] == nil {
                let tokens = document.sentences[hit.sentenceIndex].tokens
                sentenceReadings[hit.sentenceIndex] = (QuantityReader.quantities(in: tokens),
                                                       competingPatterns.flatMap { $0.pattern.matches(in: tokens) })
            }
            let (quantities, rivals) = sentenceReadings[hit.sentenceIndex]!
            let candidates = quantities.compactMap { quantity -> (Double, Int)? in
                guard let factor = unit.factor(for: quantity.unit) else { return nil }
                guard owner(of: quantity.range, among: [hit.range] + rivals) == hit.range else { return nil }
                let value = quantity.value * factor
                // "10^400 years" is no term: a figure too large to hold is not a reading.
                guard value.isFinite else { return nil }
                return (value, distance(quantity.range, hit.range))
            }
            guard let nearest = candidates.min(by: { $0.1 < $1.1 }) else { continue }
            let values = reading == .all ? candidates.map(\.0) : [nearest.0]
            for value in values {
                readings.append(hit.evidence(in: document, bearing: .hint, value: value))
            }
            trace.append("line \(readings.last!.line): '\(hit.pattern)' reads \(values.map(\.compact).joined(separator: ", ")) \(unit.rawValue)")
        }
        readings = PhraseRule.oneEachPerSentence(readings)
        guard !readings.isEmpty else {
            return RuleVerdict(outcome: .unknown, trace: trace + ["no \(unit.rawValue) stated → not addressed"])
        }
        let chosen: Evidence
        switch choice {
        case .largest: chosen = readings.max { $0.value! < $1.value! }!
        case .smallest: chosen = readings.min { $0.value! < $1.value! }!
        case .first: chosen = readings.min { $0.line < $1.line }!
        }
        let value = (chosen.value! * 100).rounded() / 100
        let (outcome, score) = grading.grade(value)
        trace.append("chose \(value.compact) \(unit.rawValue) (\(choice.rawValue)); \(grading.summary) → \(outcome.rawValue)")
        let evidence = readings.sorted { $0.line < $1.line }.map { reading in
            var graded = reading
            graded.bearing = grading.grade(reading.value!).0 == .pass ? .favourable : (grading.grade(reading.value!).0 == .fail ? .unfavourable : .hint)
            return graded
        }
        return RuleVerdict(outcome: outcome, score: score, value: value, evidence: evidence, trace: trace)
    }

    /// The phrase a figure quantifies: the nearest one before it ("Response: 15 minutes"), or when
    /// none precedes it, the nearest after ("a 15-minute response").
    private func owner(of figure: Range<Int>, among phrases: [Range<Int>]) -> Range<Int>? {
        let before = phrases.filter { $0.upperBound <= figure.lowerBound }.max { $0.upperBound < $1.upperBound }
        return before ?? phrases.filter { $0.lowerBound >= figure.upperBound }.min { $0.lowerBound < $1.lowerBound }
            ?? phrases.first { $0.overlaps(figure) }
    }

    private func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        if a.upperBound <= b.lowerBound { return b.lowerBound - a.upperBound }
        if b.upperBound <= a.lowerBound { return a.lowerBound - b.upperBound }
        return 0
    }
}
