import Foundation

/// Measures checks against a labelled corpus, document by document: whether the check found what
/// the category labels (precision, recall, F1), beside a keyword search a user would type; whether
/// the quoted sentence lies inside a labelled passage; and whether the value read is the answer's.
public struct AccuracyMeasurement: Sendable {
    /// The counts and rates of one mapping.
    public struct Row: Sendable {
        /// The mapping measured.
        public var entry: AccuracyMapping.Entry
        /// The check's counts, per document.
        public var check = Counts()
        /// The keyword search's counts, per document.
        public var keyword = Counts()
        /// True positives whose deciding sentence starts inside a labelled passage.
        public var quotedInsideLabel = 0
        /// True positives with both a value read and a number in the answer, and how many agree.
        public var valuesCompared = 0, valuesRight = 0
        /// The documents the check flagged that the corpus does not label: its false alarms.
        public var falsePositiveIDs: [String] = []
        /// The documents the corpus labels that the check missed.
        public var falseNegativeIDs: [String] = []
        /// True positives whose deciding sentence lies outside every labelled passage, and its line.
        public var quotesOutsideLabel: [(id: String, line: Int?)] = []
        /// The documents whose value differs from the answer: the value read and the answer's.
        public var valueMismatches: [(id: String, read: Double, stated: [Double])] = []

        /// The share of true positives quoting inside a labelled passage; nil with none.
        public var quoteOverlap: Double? { check.truePositives == 0 ? nil : Double(quotedInsideLabel) / Double(check.truePositives) }
        /// The share of compared values that agree; nil with none.
        public var valueAccuracy: Double? { valuesCompared == 0 ? nil : Double(valuesRight) / Double(valuesCompared) }
    }

    /// Documents flagged and labelled, flagged but not labelled, labelled but not flagged, and
    /// neither, with the rates made from them.
    public struct Counts: Sendable {
        /// Flagged and labelled, flagged and not labelled, labelled and not flagged, neither.
        public var truePositives = 0, falsePositives = 0, falseNegatives = 0, trueNegatives = 0

        /// Counts one document.
        mutating func count(flagged: Bool, labelled: Bool) {
            switch (flagged, labelled) {
            case (true, true): truePositives += 1
            case (true, false): falsePositives += 1
            case (false, true): falseNegatives += 1
            case (false, false): trueNegatives += 1
            }
        }

        /// Of the documents flagged, the share labelled; 0 when none was flagged.
        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        /// Of the documents labelled, the share flagged.
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        /// The harmonic mean of precision and recall.
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
    }

    /// One row per mapping entry, in mapping order.
    public var rows: [Row]
    /// Documents that could not be read, with why.
    public var unreadable: [Diagnostic]
    /// How many documents were measured.
    public var documentCount: Int

    /// The mean F1 of the check and of the keyword search over the rows.
    public var macroF1: (check: Double, keyword: Double) {
        guard !rows.isEmpty else { return (0, 0) }
        return (rows.map(\.check.f1).reduce(0, +) / Double(rows.count), rows.map(\.keyword.f1).reduce(0, +) / Double(rows.count))
    }

    /// Measures every mapped check on every document of `corpus` (or the first `limit`).
    ///
    /// - Parameters:
    ///   - corpus: The labelled documents.
    ///   - mapping: Which check answers which category.
    ///   - criteria: The criteria the checks come from.
    ///   - limits: The reading limits for each document.
    ///   - limit: Measure only this many documents, in id order.
    ///   - jobs: How many documents are read and evaluated at once; the figures do not depend on it.
    public static func measure(_ corpus: LabelledCorpus, mapping: AccuracyMapping, criteria: CriteriaSet,
                               limits: InputLimits = .standard, limit: Int? = nil, jobs: Int = FileScoring.defaultJobs) -> AccuracyMeasurement {
        var rows = mapping.entries.map { Row(entry: $0) }
        var unreadable: [Diagnostic] = []
        let evaluator = CheckEvaluator(criteria: criteria)
        let reader = ProposalReader(limits: limits)
        let documents = limit.map { Array(corpus.documents.prefix($0)) } ?? corpus.documents
        let checks = rows.flatMap { [$0.entry.check] + ($0.entry.given.map { [$0.check] } ?? []) }
        let keywords = rows.map { $0.entry.keywords.map { $0.lowercased() } }
        let folder = corpus.folder
        // Reading and evaluating run in parallel; counting stays in id order.
        let readings = OrderedWork.map(documents, jobs: jobs) { (_, labels) -> Result<Reading, Diagnostic>? in
            let path = URL(fileURLWithPath: folder).appendingPathComponent(labels.file).path
            do {
                let data = try TextFileReader.readData(path: path, limits: limits)
                let document = try reader.read(data, path: path)
                let text = String(decoding: data, as: UTF8.self)
                let lowered = text.lowercased()
                return .success(Reading(keywordHits: keywords.map { row in row.contains { lowered.contains($0) } }, lines: LineIndex(text),
                                        results: evaluator.evaluate(checks, in: document)))
            } catch let diagnostic as Diagnostic {
                return .failure(diagnostic)
            } catch {
                return nil
            }
        }
        for ((id, labels), reading) in zip(documents, readings) {
            guard let reading else { continue }
            let keywordHits: [Bool], lines: LineIndex, results: [CheckID: CheckResult]
            switch reading {
            case .success(let read): (keywordHits, lines, results) = (read.keywordHits, read.lines, read.results)
            case .failure(let diagnostic):
                unreadable.append(diagnostic)
                continue
            }
            for index in rows.indices {
                let entry = rows[index].entry
                let spans = labels.spans[entry.category] ?? []
                let labelled = !spans.isEmpty
                let result = results[entry.check]
                let given = entry.given.map { condition in results[condition.check].map { condition.found.contains($0.outcome) } ?? false } ?? true
                let found = given && (result.map { entry.found.contains($0.outcome) && (!entry.preferredOnly || $0.preferredContext != nil) } ?? false)
                let keywordHit = keywordHits[index]
                rows[index].check.count(flagged: found, labelled: labelled)
                rows[index].keyword.count(flagged: keywordHit, labelled: labelled)
                if found, !labelled { rows[index].falsePositiveIDs.append(id) }
                if !found, labelled { rows[index].falseNegativeIDs.append(id) }
                guard found, labelled, let result else { continue }
                let line = result.decidingEvidence?.line
                if let line, spans.contains(where: { lines.line(of: $0.start) <= line && line <= lines.line(of: $0.start + $0.text.unicodeScalars.count) }) {
                    rows[index].quotedInsideLabel += 1
                } else {
                    rows[index].quotesOutsideLabel.append((id, line))
                }
                if let category = entry.valueFrom, let value = result.value, let unit = criteria.check(entry.check)?.valueUnit {
                    // The written answer when it states a figure in the unit ("90 days"); otherwise the
                    // labelled passages ("for a term of three (3) years"), as a date answers nothing.
                    let answer = AnswerValues.values(in: labels.answers[category] ?? "", unit: unit)
                    let stated = answer.isEmpty ? (labels.spans[category] ?? []).flatMap { AnswerValues.values(in: $0.text, unit: unit) } : answer
                    if !stated.isEmpty {
                        rows[index].valuesCompared += 1
                        if stated.contains(where: { abs($0 - value) < 0.5 }) {
                            rows[index].valuesRight += 1
                        } else {
                            rows[index].valueMismatches.append((id, value, stated))
                        }
                    }
                }
            }
        }
        return AccuracyMeasurement(rows: rows, unreadable: unreadable, documentCount: documents.count - unreadable.count)
    }

    /// What counting needs of one document, kept after the document itself is dropped.
    private struct Reading: Sendable {
        /// For each row, whether the document holds any of its keywords.
        var keywordHits: [Bool]
        var lines: LineIndex
        var results: [CheckID: CheckResult]
    }
}

/// Line numbers of character offsets (Unicode scalars, as the corpus counts them), with LF, CRLF
/// and CR each one line end, as the readers count lines.
struct LineIndex {
    /// The scalar offset each line starts at.
    private var starts: [Int] = [0]

    init(_ text: String) {
        var offset = 0
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            offset += 1
            if scalar == "\n", previous == "\r" { starts[starts.count - 1] = offset } else if scalar == "\n" || scalar == "\r" { starts.append(offset) }
            previous = scalar
        }
    }

    /// The 1-based line holding the scalar at `offset`.
    func line(of offset: Int) -> Int {
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        return max(low, 1)
    }
}

/// The numbers an answer states, in a check's unit: "90 days" is 90 days, "successive 1 year" is
/// 12 months, "60 days; 180 days" is both.
enum AnswerValues {
    static func values(in answer: String, unit: ValueUnit) -> [Double] {
        let tokens = Tokenizer.tokenize(answer)
        return QuantityReader.quantities(in: tokens).compactMap { quantity in
            unit.factor(for: quantity.unit).map { quantity.value * $0 }
        }
    }
}
