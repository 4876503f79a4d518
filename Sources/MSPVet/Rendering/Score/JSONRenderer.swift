import Foundation

/// The ranking as JSON, described by `Schemas/score.schema.json`. Keys are sorted and numbers
/// rounded, so the same inputs give the same bytes.
public struct JSONRenderer: Renderer {
    public init() {}

    /// `json`.
    public var format: OutputFormat { OutputFormat(name: "json", family: .score, summary: "every check's evidence, for other tools (Schemas/score.schema.json)") }

    /// The report's ranking as JSON.
    public func render(_ report: ClientReport, options: RenderOptions) throws -> Data {
        var output = Data()
        try render(report, options: options) { output.append($0) }
        return output
    }

    /// The report's ranking as JSON, a proposal at a time: for a folder of contracts the output is
    /// tens of megabytes, which need not be held whole.
    public func render(_ report: ClientReport, options: RenderOptions, into write: (Data) throws -> Void) throws {
        var document = Report(report.ranking)
        document.review = ReviewJSON(report)
        try encode(document, proposals: report.ranking.proposals, into: write)
    }

    /// The ranking as JSON text.
    ///
    /// - Throws: An encoding error (never for finite scores).
    public func render(_ ranking: Ranking) throws -> String {
        var output = Data()
        try encode(Report(ranking), proposals: ranking.proposals) { output.append($0) }
        return String(decoding: output, as: UTF8.self)
    }

    /// The document with its proposals encoded one at a time into the place an empty list holds,
    /// each handed to `write` once made.
    ///
    /// Encoding the whole ranking at once built every proposal's JSON tree side by side, several
    /// times the size of the output for a folder of contracts; one proposal's tree at a time
    /// gives the same bytes (pretty-printed JSON nests by two spaces a level, and no string in it
    /// holds a raw line break). Each proposal is written straight into bytes in the encoder's
    /// form (`PrettyJSONWriter`): its tree of boxed values cost a tenth of scoring a folder.
    private func encode(_ document: Report, proposals: [ProposalScore], into write: (Data) throws -> Void) throws {
        let encoder = Self.encoder
        let newline = UInt8(ascii: "\n")
        let envelope = try encoder.encode(document)
        let emptyList = Data("\n  \"proposals\" : [\n\n  ]".utf8)
        guard !proposals.isEmpty, let hole = envelope.range(of: emptyList) else { return try write(envelope + [newline]) }
        var output = Data(envelope[..<hole.lowerBound])
        output.append(contentsOf: "\n  \"proposals\" : [\n".utf8)
        for (index, proposal) in proposals.enumerated() {
            if index > 0 { output.append(contentsOf: ",\n".utf8) }
            output.append(contentsOf: "    ".utf8)
            let item = Proposal(proposal)
            output.append(contentsOf: try (try? item.json(encoder: encoder)) ?? item.encoderJSON(encoder))
            try write(output)
            output.removeAll(keepingCapacity: true)
        }
        output.append(contentsOf: "\n  ]".utf8)
        output.append(envelope[hole.upperBound...])
        output.append(newline)
        try write(output)
    }

    /// Sorted keys, so the same inputs give the same bytes; slashes in paths left as they are.
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    struct Report: Encodable {
        var tool = "mspvet"
        var version = MSPVetVersion.current
        var client: String?
        var minimumCoverage: Double
        /// Empty here: `encode(_:proposals:)` writes each proposal into its place.
        var proposals: [Proposal] = []
        /// The RFP, the overrides and blindness, when there are any.
        var review: ReviewJSON?

        init(_ ranking: Ranking) {
            client = ranking.clientName
            minimumCoverage = ranking.policy.minimumCoverage
        }

        enum CodingKeys: String, CodingKey { case tool, version, client, minimumCoverage, proposals }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(tool, forKey: .tool)
            try container.encode(version, forKey: .version)
            try container.encode(client, forKey: .client)
            try container.encode(minimumCoverage, forKey: .minimumCoverage)
            try container.encode(proposals, forKey: .proposals)
            // Keys a review adds sit beside the ranking's, and appear only when used.
            try review?.encode(to: encoder)
        }
    }

    struct Proposal: Encodable {
        var name: String
        var file: String
        var rank: Int
        var score: Double
        var coverage: Double
        var lowEvidence: Bool
        var categories: [Category]
        var checks: [Check]

        init(_ proposal: ProposalScore) {
            name = proposal.name
            file = proposal.file
            rank = proposal.rank
            score = proposal.score.rounded(places: 1)
            coverage = proposal.coverage.rounded(places: 3)
            lowEvidence = proposal.lowEvidence
            categories = proposal.categories.map {
                Category(id: $0.id, title: $0.title, score: ($0.score * 100).rounded(places: 1), weight: $0.effectiveWeight.rounded(places: 4))
            }
            checks = proposal.checks.map(Check.init)
        }

        /// The proposal as `JSONEncoder` would write it inside the list of proposals, keys in
        /// sorted order; `encoder` writes a check's override, which few checks carry.
        ///
        /// - Throws: `PrettyJSONWriter.Unwritable` for a number that is not finite.
        func json(encoder: JSONEncoder) throws -> [UInt8] {
            var json = PrettyJSONWriter(depth: 2)
            try json.object { json in
                json.key("categories"); try json.array(categories) { json, category in try category.write(into: &json) }
                json.key("checks"); try json.array(checks) { json, check in try check.write(into: &json, encoder: encoder) }
                json.key("coverage"); try json.number(coverage)
                json.key("file"); json.string(file)
                json.key("lowEvidence"); json.bool(lowEvidence)
                json.key("name"); json.string(name)
                json.key("rank"); json.number(rank)
                json.key("score"); try json.number(score)
            }
            return json.bytes
        }

        /// The same bytes through `JSONEncoder`: the way for what the writer cannot give (a
        /// number that is not finite, which the encoder refuses), and what the tests hold the
        /// writer to.
        func encoderJSON(_ encoder: JSONEncoder) throws -> [UInt8] {
            var json = PrettyJSONWriter(depth: 2)
            json.embed(Array(try encoder.encode(self)))
            return json.bytes
        }
    }

    struct Category: Encodable {
        var id: String
        var title: String
        var score: Double
        var weight: Double

        func write(into json: inout PrettyJSONWriter) throws {
            try json.object { json in
                json.key("id"); json.string(id)
                json.key("score"); try json.number(score)
                json.key("title"); json.string(title)
                json.key("weight"); try json.number(weight)
            }
        }
    }

    struct Check: Encodable {
        var id: String
        var title: String
        var polarity: String
        var outcome: String
        var score: Double
        var weight: Double
        var value: Double?
        var evidence: [EvidenceItem]
        var rationale: String
        var ask: String?
        var byPriority: [Tier]
        var override: ReviewJSON.Override?

        struct Tier: Encodable {
            var priority: String
            var value: Double
            var line: Int
        }

        func write(into json: inout PrettyJSONWriter, encoder: JSONEncoder) throws {
            try json.object { json in
                json.key("ask"); json.string(ask)
                if !byPriority.isEmpty {
                    json.key("byPriority")
                    try json.array(byPriority) { json, tier in
                        try json.object { json in
                            json.key("line"); json.number(tier.line)
                            json.key("priority"); json.string(tier.priority)
                            json.key("value"); try json.number(tier.value)
                        }
                    }
                }
                json.key("evidence"); json.array(evidence) { json, item in item.write(into: &json) }
                json.key("id"); json.string(id)
                json.key("outcome"); json.string(outcome)
                if let override {
                    json.key("override"); json.embed(Array(try encoder.encode(override)))
                }
                json.key("polarity"); json.string(polarity)
                json.key("rationale"); json.string(rationale)
                json.key("score"); try json.number(score)
                json.key("title"); json.string(title)
                json.key("value"); try json.number(value)
                json.key("weight"); try json.number(weight)
            }
        }

        init(_ result: CheckResult) {
            id = result.id.description
            title = result.title
            polarity = result.polarity.rawValue
            outcome = result.outcome.rawValue
            score = result.score.rounded(places: 3)
            weight = result.effectiveWeight.rounded(places: 4)
            value = result.value
            evidence = result.evidence.map(EvidenceItem.init)
            rationale = result.rationale
            ask = result.openAsk
            byPriority = result.byPriority.map { Tier(priority: $0.label, value: $0.value, line: $0.line) }
            override = result.override.map(ReviewJSON.Override.init)
        }

        enum CodingKeys: String, CodingKey { case id, title, polarity, outcome, score, weight, value, evidence, rationale, ask, byPriority, override }

        /// Written by hand so `value` is an explicit null rather than a missing key.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encode(polarity, forKey: .polarity)
            try container.encode(outcome, forKey: .outcome)
            try container.encode(score, forKey: .score)
            try container.encode(weight, forKey: .weight)
            try container.encode(value, forKey: .value)
            try container.encode(evidence, forKey: .evidence)
            try container.encode(rationale, forKey: .rationale)
            try container.encode(ask, forKey: .ask)
            // Only checks that read tiers carry the key, so every other check's shape is unchanged.
            if !byPriority.isEmpty { try container.encode(byPriority, forKey: .byPriority) }
            if let override { try container.encode(override, forKey: .override) }
        }
    }

    struct EvidenceItem: Encodable {
        var page: Int?
        var line: Int
        var section: String?
        var text: String
        var match: String
        var negated: Bool
        var cue: String?
        var bearing: String

        init(_ evidence: Evidence) {
            page = evidence.page
            line = evidence.line
            section = evidence.section
            text = evidence.text
            match = evidence.match
            negated = evidence.negated
            cue = evidence.negation.cue
            bearing = evidence.bearing.rawValue
        }

        enum CodingKeys: String, CodingKey { case page, line, section, text, match, negated, cue, bearing }

        func write(into json: inout PrettyJSONWriter) {
            json.object { json in
                json.key("bearing"); json.string(bearing)
                json.key("cue"); json.string(cue)
                json.key("line"); json.number(line)
                json.key("match"); json.string(match)
                json.key("negated"); json.bool(negated)
                json.key("page"); json.number(page)
                json.key("section"); json.string(section)
                json.key("text"); json.string(text)
            }
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(page, forKey: .page)
            try container.encode(line, forKey: .line)
            try container.encode(section, forKey: .section)
            try container.encode(text, forKey: .text)
            try container.encode(match, forKey: .match)
            try container.encode(negated, forKey: .negated)
            try container.encode(cue, forKey: .cue)
            try container.encode(bearing, forKey: .bearing)
        }
    }
}
