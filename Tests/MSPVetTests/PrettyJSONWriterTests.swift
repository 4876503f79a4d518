import Foundation
import Testing
@testable import MSPVet

/// The JSON ranking is written straight into bytes; these hold those bytes to what Foundation's
/// `JSONEncoder` gives for the same values, so the output does not change with the way it is made.
@Suite("JSON written directly, byte for byte as JSONEncoder writes it")
struct PrettyJSONWriterTests {
    struct Sample: Encodable {
        var text: String
        var missing: String?
        var count: Int
        var figures: [Double]
        var empty: [Int]
        var flag: Bool

        func write(into json: inout PrettyJSONWriter) throws {
            try json.object { json in
                json.key("count"); json.number(count)
                json.key("empty"); json.array(empty) { json, value in json.number(value) }
                json.key("figures"); try json.array(figures) { json, value in try json.number(value) }
                json.key("flag"); json.bool(flag)
                json.key("missing"); json.string(missing)
                json.key("text"); json.string(text)
            }
        }

        enum CodingKeys: String, CodingKey { case text, missing, count, figures, empty, flag }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(text, forKey: .text)
            try container.encode(missing, forKey: .missing)
            try container.encode(count, forKey: .count)
            try container.encode(figures, forKey: .figures)
            try container.encode(empty, forKey: .empty)
            try container.encode(flag, forKey: .flag)
        }
    }

    static func written(_ sample: Sample) throws -> String {
        var json = PrettyJSONWriter()
        try sample.write(into: &json)
        return String(decoding: json.bytes, as: UTF8.self)
    }

    static func encoded(_ sample: Sample) throws -> String {
        String(decoding: try JSONRenderer.encoder.encode(sample), as: UTF8.self)
    }

    @Test(arguments: [
        // Every ASCII character, control characters included, and text from beyond it.
        String((0..<128).map { Character(Unicode.Scalar(UInt8($0))) }),
        "Harbor & Pine's \"MSA\" \\ section 4.1/4.2 — 30 days' notice, €1,450, 京都, 🙂, \u{2028}\u{7F}",
        "",
    ])
    func stringsAreEscapedAsTheEncoderEscapesThem(text: String) throws {
        let sample = Sample(text: text, missing: nil, count: -3, figures: [], empty: [], flag: true)
        #expect(try Self.written(sample) == Self.encoded(sample))
    }

    @Test func numbersAreWrittenAsTheEncoderWritesThem() throws {
        let figures: [Double] = [0, -0.0, 1, -1, 0.5, 0.1, 0.3 + 0.0000000000000001, 86.2, 100, 0.1765, 1e-7, 1e16, 2.5e300,
                                 123_456_789.125, Double(Int32.max), 1450, 0.000_123]
        let sample = Sample(text: "figures", missing: "here", count: Int.max, figures: figures, empty: [], flag: false)
        #expect(try Self.written(sample) == Self.encoded(sample))
    }

    @Test func aNumberThatIsNotFiniteIsRefused() {
        let sample = Sample(text: "", missing: nil, count: 0, figures: [.nan], empty: [], flag: false)
        #expect(throws: PrettyJSONWriter.Unwritable.self) { try Self.written(sample) }
    }

    /// Every proposal of the sample RFP, with evaluators' overrides (which the encoder writes
    /// inside the check) and tiers, as the encoder wrote them.
    @Test func everyProposalIsWrittenAsTheEncoderWroteIt() throws {
        let (reviewed, _) = try EvaluatorOverrideTests.review()
        let proposals = reviewed.ranking.proposals.map(JSONRenderer.Proposal.init)
        #expect(proposals.contains { $0.checks.contains { $0.override != nil } })
        #expect(proposals.contains { $0.checks.contains { !$0.byPriority.isEmpty } })
        #expect(proposals.contains { $0.checks.contains { $0.evidence.contains { $0.cue != nil } } })
        for proposal in proposals {
            let written = String(decoding: try proposal.json(encoder: JSONRenderer.encoder), as: UTF8.self)
            let encoded = String(decoding: try proposal.encoderJSON(JSONRenderer.encoder), as: UTF8.self)
            #expect(written == encoded, "\(proposal.name)")
        }
    }
}
