import Testing
@testable import MSPVet

/// The options that keep a check to the sense it means: `ignore` on a phrase check drops fixed
/// expressions that only look like the thing, and `context` on a value check reads a figure only in
/// a sentence about the right subject.
@Suite("Check kinds: ignore and context")
struct CheckKindOptionTests {
    static let criteria: CriteriaSet = {
        do {
            return try CriteriaLoader().load(texts: [("terms.yaml", """
                version: 1
                id: terms
                title: Terms
                checks:
                  - id: exclusivity
                    title: Exclusivity
                    polarity: red-flag
                    rationale: The client stays free to use others.
                    patterns: ["exclusive (provider|agreement)"]
                    ignore: ["(entire|complete) ~2 exclusive agreement"]
                  - id: convenience
                    title: Client may leave
                    polarity: strength
                    rationale: Leverage.
                    patterns: ["terminat* ~4 at any time"]
                    counter-patterns: ["terminated only ~3 breach"]
                    excluding-context: ["(uncured|material) breach"]
                  - id: notice
                    title: Notice to leave (days)
                    kind: value
                    rationale: Short windows are safer.
                    unit: days
                    pass-at-most: 30
                    fail-above: 60
                    patterns: ["notice"]
                    context: ["renew*", "cancel*"]
                """)])
        } catch {
            fatalError("the test criteria must load: \(error)")
        }
    }()

    private func result(_ check: String, _ text: String) throws -> CheckResult {
        let id = try #require(CheckID(check))
        return try #require(CheckEvaluator(criteria: Self.criteria).evaluate(id, in: proposal(text)))
    }

    @Test func aFixedExpressionIsNotEvidence() throws {
        let ignored = try result("terms.exclusivity", "These terms are the complete and exclusive agreement of the parties.")
        #expect(ignored.outcome == .unknown && ignored.evidence.isEmpty)
        #expect(ignored.trace.contains { $0.contains("inside the fixed expression") })
        // Outside the expression the same words still count.
        #expect(try result("terms.exclusivity", "Provider is the exclusive provider of support.").outcome == .fail)
    }

    @Test func aFigureIsReadOnlyInItsContext() throws {
        let cure = try result("terms.notice", "A breach must be cured within 90 days of notice.")
        #expect(cure.outcome == .unknown && cure.value == nil)
        #expect(cure.trace.contains { $0.contains("matches no context") })
        let renewal = try result("terms.notice", "A breach must be cured within 90 days of notice. The term renews unless notice is given 45 days ahead.")
        #expect(renewal.value == 45 && renewal.outcome == .partial)
        #expect(renewal.decidingEvidence?.text == "The term renews unless notice is given 45 days ahead.")
    }

    @Test func aSentenceAboutSomethingElseIsNotEvidence() throws {
        let remedy = try result("terms.convenience", "Either party may terminate at any time for an uncured breach.")
        #expect(remedy.outcome == .unknown && remedy.trace.contains { $0.contains("about something else") })
        #expect(try result("terms.convenience", "Either party may terminate at any time.").outcome == .pass)
        // The opposite is still read in such a sentence.
        #expect(try result("terms.convenience", "It may be terminated only for material breach.").outcome == .fail)
    }
}
