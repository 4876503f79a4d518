import Foundation
import Testing
@testable import MSPVet

@Suite("JSON output")
struct JSONSchemaTests {
    private func samplesJSON() throws -> String {
        let documents = try Repo.sampleProposals.map { try ProposalReader().read(path: $0) }
        return try JSONRenderer().render(Scorer(criteria: Repo.criteria, client: Repo.sampleClient).rank(documents))
    }
    @Test func hasTheDocumentedShape() throws {
        let object = try JSONSerialization.jsonObject(with: Data(try samplesJSON().utf8)) as? [String: Any]
        let proposals = try #require(object?["proposals"] as? [[String: Any]])
        #expect(proposals.map { $0["rank"] as? Int } == Array(1...7))
        let first = proposals[0]
        #expect(first["name"] as? String == "northstar-advisory")
        let checks = try #require(first["checks"] as? [[String: Any]])
        let term = try #require(checks.first { $0["id"] as? String == "lock-in.initial-term" })
        #expect(term["value"] as? Double == 1)
        #expect(term["outcome"] as? String == "pass")
        let renewal = try #require(checks.first { $0["id"] as? String == "lock-in.auto-renewal" })
        #expect(renewal["value"] is NSNull)
        let fees = try #require(checks.first { $0["id"] as? String == "lock-in.termination-fee" })
        let evidence = try #require((fees["evidence"] as? [[String: Any]])?.first)
        #expect(evidence["negated"] as? Bool == true)
        #expect(evidence["text"] as? String == "We do not charge early termination fees.")
        #expect(evidence["line"] as? Int == 51)
    }

    @Test func isTheSameByteForByteEveryRun() throws {
        #expect(try samplesJSON() == samplesJSON())
    }
}
