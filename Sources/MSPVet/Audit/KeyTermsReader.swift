/// Reads a contract's key terms. The term lengths, notice and renewal come from the default checks
/// that already grade them (`lock-in.initial-term`, `renewal-term`, `notice-period`,
/// `auto-renewal`, `renewal-uplift`), so an audit and a score never disagree on what a contract
/// says; dates, a notice maximum and how notice is given are read here from the sentences those
/// checks quote and from the clauses around them.
public struct KeyTermsReader: Sendable {
    /// Scores the checks the terms come from.
    public var scorer: Scorer
    /// How numeric dates ("01/03/2025") are read; nil takes only the unambiguous ones.
    public var order: DateOrder?

    /// A reader scoring with `scorer`'s criteria, numeric dates read in `order`.
    public init(scorer: Scorer, order: DateOrder?) {
        self.scorer = scorer
        self.order = order
    }

    /// The check each term is read by.
    public enum Source {
        /// The initial term, in months.
        public static let initialTerm = CheckID(category: "lock-in", check: "initial-term")
        /// The length of each renewal, in months.
        public static let renewalTerm = CheckID(category: "lock-in", check: "renewal-term")
        /// The notice to end or stop a renewal, in days.
        public static let notice = CheckID(category: "lock-in", check: "notice-period")
        /// Whether the contract renews by itself.
        public static let autoRenewal = CheckID(category: "lock-in", check: "auto-renewal")
        /// The price rise on month to month or renewal, in percent.
        public static let uplift = CheckID(category: "lock-in", check: "renewal-uplift")
    }

    /// The key terms of `document`; `effective` replaces whatever start date the contract states.
    public func read(_ document: ProposalDocument, effective: CivilDate? = nil) -> KeyTerms {
        func result(_ id: CheckID) -> CheckResult? {
            scorer.evaluate(id, in: document).flatMap { $0.outcome == .unknown ? nil : $0 }
        }
        var terms = KeyTerms(file: document.path)
        let dated = datedSentences(of: document)
        terms.ambiguousDates = dated.ambiguous
        if let effective {
            terms.effectiveDate = StatedTerm(effective, source: nil, note: "given with --effective")
        } else {
            terms.effectiveDate = effectiveDate(in: document, dated: dated.sentences)
        }
        let initial = result(Source.initialTerm)
        if let initial, let months = initial.value, let source = initial.decidingEvidence {
            terms.initialTermMonths = StatedTerm(Int(months.rounded()), source: source)
        }
        if let renewal = result(Source.autoRenewal), let source = renewal.decidingEvidence ?? renewal.evidence.first {
            // The check fails an automatic renewal and passes one someone must choose.
            terms.renewal = StatedTerm(renewal.outcome == .fail ? .automatic : .byAgreement, source: source)
        }
        if let renewalTerm = result(Source.renewalTerm), let months = renewalTerm.value, let source = renewalTerm.decidingEvidence {
            terms.renewalTermMonths = StatedTerm(Int(months.rounded()), source: source)
        } else if terms.renewal != nil, let initial = terms.initialTermMonths,
                  let source = sentence(in: document, matching: Self.equalToInitial) {
            terms.renewalTermMonths = StatedTerm(initial.value, source: source, note: "equal to the initial term")
        }
        if let notice = result(Source.notice), let days = notice.value, let source = notice.decidingEvidence {
            let (minimum, maximum) = Self.noticeLengths(in: source.text, days: days)
            terms.noticeMinimum = StatedTerm(minimum, source: source)
            terms.noticeMaximum = maximum.map { StatedTerm($0, source: source) }
            terms.noticeMethods = noticeMethods(in: document, noticeSentence: source)
        }
        if let uplift = result(Source.uplift), uplift.outcome == .fail, let percent = uplift.value, let source = uplift.decidingEvidence {
            terms.upliftPercent = StatedTerm(percent, source: source)
        }
        return terms
    }

    // MARK: - Dates

    private struct DatedSentence {
        var index: Int
        var dates: [DateMention]
    }

    private func datedSentences(of document: ProposalDocument) -> (sentences: [DatedSentence], ambiguous: [String]) {
        var sentences: [DatedSentence] = []
        var ambiguous: [String] = []
        for (index, sentence) in document.sentences.enumerated() where sentence.text.contains(where: \.isNumber) {
            let read = DateReader.dates(in: sentence.text, order: order)
            ambiguous += read.ambiguous
            if !read.dates.isEmpty { sentences.append(DatedSentence(index: index, dates: read.dates)) }
        }
        return (sentences, ambiguous)
    }

    /// The start of the initial term: a date in a sentence that names the effective or commencement
    /// date, else — when the contract starts on the last signature, or says nothing — the latest
    /// date in the signature block.
    private func effectiveDate(in document: ProposalDocument, dated: [DatedSentence]) -> StatedTerm<CivilDate>? {
        for pattern in Self.effectivePatterns {
            for entry in dated {
                let tokens = document.sentences[entry.index].tokens
                guard !pattern.matches(in: tokens).isEmpty else { continue }
                return StatedTerm(entry.dates[0].date, source: evidence(document, entry.index, pattern: pattern.source, match: entry.dates[0].written))
            }
        }
        let startsOnSignature = sentence(in: document, matching: Self.lastSignature)
        // The signature block: the last quarter of the document, or what follows "IN WITNESS".
        let witness = document.sentences.lastIndex { Self.witness.matches(in: $0.tokens).first != nil }
        let blockStart = witness ?? document.sentences.count * 3 / 4
        let signed = dated.filter { $0.index >= blockStart && Self.signatureDate.matches(in: document.sentences[$0.index].tokens).first != nil }
        guard let latest = signed.flatMap({ entry in entry.dates.map { (entry.index, $0) } }).max(by: { $0.1.date < $1.1.date }) else { return nil }
        let note = startsOnSignature.map { "the later of the signature dates, as \($0.location) says" } ?? "the date signed: no effective date is stated"
        return StatedTerm(latest.1.date, source: evidence(document, latest.0, pattern: "signature date", match: latest.1.written), note: note)
    }

    // MARK: - Notice

    /// The least notice and, when the sentence sets one, the most: "no less than thirty (30) and no
    /// more than sixty (60) days", "between 30 and 60 days". A bare number joined to a duration
    /// ("thirty (30) and … sixty (60) days") shares its unit. The least is the figure the notice
    /// check read when it is not the maximum, else the other figure of the pair.
    static func noticeLengths(in text: String, days: Double) -> (NoticeLength, NoticeLength?) {
        let tokens = Tokenizer.tokenize(text)
        let quantities = QuantityReader.quantities(in: tokens)
        // Each figure's unit, a bare number taking the unit of a duration just after it.
        let units: [Quantity.Unit] = quantities.indices.map { index in
            let quantity = quantities[index]
            guard quantity.unit == .count, index + 1 < quantities.count else { return quantity.unit }
            let next = quantities[index + 1]
            let between = tokens[quantity.range.upperBound..<next.range.lowerBound].map(\.text)
            guard between.count <= 5, between.contains(where: ["and", "to", "or", "nor"].contains) else { return quantity.unit }
            return next.unit
        }
        func length(_ index: Int) -> NoticeLength? {
            let quantity = quantities[index]
            let business = tokens[quantity.range].contains { $0.text == "business" || $0.text == "working" }
                || (index + 1 < quantities.count && units[index] != quantity.unit
                    && tokens[quantities[index + 1].range].contains { $0.text == "business" || $0.text == "working" })
            switch units[index] {
            case .day: return NoticeLength(Int(quantity.value), business ? .businessDays : .days)
            case .week: return NoticeLength(Int(quantity.value) * 7, .days)
            case .month: return NoticeLength(Int(quantity.value), .months)
            default: return nil
            }
        }
        var maximumIndex: Int?
        for index in quantities.indices where length(index) != nil {
            let before = tokens[max(0, quantities[index].range.lowerBound - 4)..<quantities[index].range.lowerBound].map(\.text)
            if before.contains(where: Self.maximumCues.contains) {
                maximumIndex = index
            } else if before.contains("between"), index + 1 < quantities.count, length(index + 1) != nil {
                maximumIndex = index + 1
            }
        }
        let factor: [Quantity.Unit: Double] = [.day: 1, .week: 7, .month: 30, .year: 365]
        let candidates = quantities.indices.filter { $0 != maximumIndex && length($0) != nil }
        let minimumIndex = candidates.first { quantities[$0].value * (factor[units[$0]] ?? .nan) == days } ?? candidates.first
        let minimum = minimumIndex.flatMap(length) ?? NoticeLength(Int(days.rounded()), .days)
        return (minimum, maximumIndex.flatMap(length))
    }

    private static let maximumCues: Set<String> = ["more", "most", "maximum", "greater", "earlier", "longer"]

    /// How notice must be given, from the notice clause, the sentences of a "Notices" section and
    /// any sentence saying how notices are sent; quoted from the sentence that names the most.
    private func noticeMethods(in document: ProposalDocument, noticeSentence: Evidence) -> StatedTerm<[String]>? {
        var methods: [String] = []
        var best: (count: Int, evidence: Evidence)?
        for (index, sentence) in document.sentences.enumerated() {
            let isNoticeClause = sentence.text == noticeSentence.text
            let inNotices = sentence.heading.map { !Self.noticesHeading.matches(in: $0.tokens).isEmpty } ?? false
            guard isNoticeClause || inNotices || !Self.noticeDelivery.matches(in: sentence.tokens).isEmpty else { continue }
            let named = Self.methods.filter { !$0.1.matches(in: sentence.tokens).isEmpty }
            guard !named.isEmpty else { continue }
            for (name, _) in named where !methods.contains(name) { methods.append(name) }
            if named.count > best?.count ?? 0 {
                best = (named.count, evidence(document, index, pattern: named[0].1.source, match: named.map(\.0).joined(separator: ", ")))
            }
        }
        guard let best else { return nil }
        return StatedTerm(methods, source: best.evidence)
    }

    // MARK: - Helpers

    private func sentence(in document: ProposalDocument, matching pattern: CompiledPattern) -> Evidence? {
        for (index, sentence) in document.sentences.enumerated() {
            if let match = pattern.matches(in: sentence.tokens).first {
                return evidence(document, index, pattern: pattern.source, match: sentence.tokens[match].map(\.original).joined(separator: " "))
            }
        }
        return nil
    }

    private func evidence(_ document: ProposalDocument, _ index: Int, pattern: String, match: String) -> Evidence {
        let sentence = document.sentences[index]
        return Evidence(file: document.path, page: sentence.page, line: sentence.line, section: sentence.section,
                        text: sentence.text, match: match, pattern: pattern, negation: .none, bearing: .hint)
    }

    private static func compile(_ source: String) -> CompiledPattern {
        // The patterns are constants of this file; a typo is a programming error the tests catch.
        try! CompiledPattern(source)
    }

    /// Strongest first: a defined "Effective Date" beats "made on", which beats "dated".
    private static let effectivePatterns = [
        "(effective|commencement|start|starting) date",
        "(effective|commenc*|commence|starts|start|begins|begin) ~3 (as of|on|from)",
        "(made|entered into|executed) ~4 (as of|on|this)",
        "dated",
    ].map(compile)
    private static let lastSignature = compile("(last|later|latest|final) ~4 (signature|signatures|signed|sign|execution|executed)")
    private static let witness = compile("in witness")
    private static let signatureDate = compile("(date|dated|signed|signature)")
    private static let equalToInitial = compile("(equal|same|identical) ~4 (initial|original) (term|period)")
    private static let noticesHeading = compile("notice*")
    /// "All notices shall be…", "Notice of non-renewal must be sent by…".
    private static let noticeDelivery = compile("notice* ~8 (sent|given|delivered|served|mailed|made|provided) ~3 (by|to|in|via|through)")
    private static let methods: [(String, CompiledPattern)] = [
        ("in writing", compile("(written|in writing|writing)")),
        ("certified or registered mail", compile("(certified|registered) ~2 (mail|post|letter)")),
        ("courier", compile("courier*")),
        ("by hand", compile("(hand|personal*) ~2 deliver*")),
        ("email", compile("(email|e mail|electronic mail)")),
        ("portal", compile("portal")),
    ]
}
