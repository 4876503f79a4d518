import Foundation
import Testing
@testable import MSPVet

/// Evaluators' overrides over the automatic verdicts: one evaluator's note changes a verdict and
/// the report shows both the bid's words and the note; several evaluators who differ are settled
/// by the RFP's rule; prices copied from an unreadable table cost a bid; and price sealed in its
/// envelope leaves the pricing category and every cost out.
@Suite("Evaluators' overrides, stated prices and a sealed price")
struct EvaluatorOverrideTests {
    static let evaluators = ["dana-whitfield", "marcus-lee", "panel-consensus"].map { Repo.path("Samples/evaluators/\($0).yaml") }

    static func review(overrides: [String] = evaluators, rule: OverrideRule? = nil, prices: Bool = false, seal: Bool = false) throws
        -> (BidReview.Reviewed, CriteriaSet) {
        var rfp = try RFPLoader(criteria: Repo.criteria).load(path: Repo.path("Samples/rfp.yaml"))
        if let rule { rfp.overrideRule = rule }
        var review = BidReview(rfp: rfp)
        review.overrides = try overrides.flatMap { try OverridesLoader(criteria: Repo.criteria).load(path: $0) }
        review.prices = prices ? try PricesLoader.load(path: Repo.path("Samples/prices.yaml")) : []
        review.sealPrice = seal
        let criteria = review.criteria(Repo.criteria)
        let documents = try Repo.sampleProposals.map { try ProposalReader().read(path: $0) }
        return (try review.run(documents, criteria: criteria, client: Repo.sampleClient), criteria)
    }

    static func bluewave(_ reviewed: BidReview.Reviewed) throws -> ProposalScore {
        try #require(reviewed.ranking.proposals.first { $0.name == "bluewave-networks" })
    }

    @Test func anOverrideChangesTheVerdictAndKeepsTheEvidenceAndTheNote() throws {
        let (plain, _) = try Self.review(overrides: [])
        let (reviewed, criteria) = try Self.review(overrides: [Self.evaluators[0]])
        let before = try #require(Self.bluewave(plain).result(for: CheckID("lock-in.termination-fee")!))
        let after = try #require(Self.bluewave(reviewed).result(for: CheckID("lock-in.termination-fee")!))
        #expect(before.outcome == .unknown && before.override == nil)
        #expect(after.outcome == .pass && after.score == 1)
        let applied = try #require(after.override)
        #expect(applied.automaticOutcome == .unknown)
        #expect(applied.decidedBy == "Dana Whitfield, 2026-11-17")
        #expect(after.rationale.contains("draft MSA, sent after the call"))
        // The total moves with the verdict, and the bid's clarification is answered.
        #expect(try Self.bluewave(reviewed).score > Self.bluewave(plain).score)
        let bid = try #require(reviewed.rfp?.ranked.first { $0.proposal.name == "bluewave-networks" })
        #expect(!bid.screening.unclear.map(\.mustHave.check.description).contains("lock-in.termination-fee"))

        // The HTML report shows the badge, the note and the audit trail with what mspvet read.
        var report = ClientReport(reviewed, criteria: criteria, client: Repo.sampleClient)
        report.overrides = reviewed.overrides
        let html = HTMLReportRenderer().render(report)
        #expect(html.contains("<span class=\"badge\">overridden</span>"))
        #expect(html.contains("id=\"audit-trail\""))
        #expect(html.contains("<td>2026-11-17</td><td>Dana Whitfield</td><td>bluewave-networks</td><td>lock-in.termination-fee</td><td>pass</td><td>unknown</td>"))
        #expect(html.contains("<h4>Overridden by evaluators</h4>"))
        #expect(html.contains("Overridden by Dana Whitfield, 2026-11-17; mspvet read unknown. Dana Whitfield, 2026-11-17: BlueWave's draft MSA"))
        let markdown = MarkdownReportRenderer().render(report)
        #expect(markdown.contains("## Audit trail: evaluators' overrides (2)"))
        #expect(markdown.contains("### Overridden by evaluators") || markdown.contains("#### Overridden by evaluators"))
        #expect(markdown.contains("Overridden by Dana Whitfield, 2026-11-17; mspvet read unknown."))
    }

    @Test func theOverriddenVerdictReplacesTheQuotedOneWhereTheBidSaidSomething() throws {
        // An override over a verdict the bid did state keeps that quote beside the note.
        let file = write("""
            version: 1
            evaluator: Dana Whitfield
            overrides:
              - bid: summit-technology-group
                check: lock-in.termination-fee
                outcome: partial
                date: 2026-11-20
                why: Summit agreed in writing to cap the fee at two months.
            """, to: "override.yaml")
        let (reviewed, criteria) = try Self.review(overrides: [file])
        let summit = try #require(reviewed.ranking.proposals.first { $0.name == "summit-technology-group" })
        let fee = try #require(summit.result(for: CheckID("lock-in.termination-fee")!))
        #expect(fee.outcome == .partial && fee.override?.automaticOutcome == .fail)
        #expect(fee.decidingEvidence?.text.hasPrefix("If Client terminates early") == true)
        // No longer a failed must-have: Summit is excluded only for its platform move now.
        let excluded = try #require(reviewed.rfp?.excluded.first { $0.proposal.name == "summit-technology-group" })
        #expect(excluded.screening.failed.map(\.mustHave.check.description) == ["stack-bias.platform-migration"])
        // The report shows the bid's words and the evaluator's note together.
        let html = HTMLReportRenderer().render(ClientReport(reviewed, criteria: criteria, client: Repo.sampleClient))
        let section = try #require(html.range(of: "summit-technology-group — "))
        let shown = try #require(html.range(of: "<strong>Early-termination fees</strong>", range: section.upperBound..<html.endIndex))
        let entry = String(html[shown.lowerBound...].prefix(900))
        #expect(entry.contains("If Client terminates early, all remaining monthly fees"))
        #expect(entry.contains("mspvet read fail. Dana Whitfield, 2026-11-20: Summit agreed in writing to cap the fee at two months."))
    }

    @Test func evaluatorsWhoDifferAreSettledByTheRFPsRule() throws {
        let id = CheckID("stack-bias.platform-migration")!
        // Consensus: the panel's file decides, and the spread is kept.
        let (consensus, _) = try Self.review(rule: .consensus)
        let settled = try #require(Self.bluewave(consensus).result(for: id))
        #expect(settled.outcome == .pass)
        #expect(settled.override?.disputed == true)
        #expect(settled.override?.spread == "Dana Whitfield: pass; Marcus Lee: partial; Evaluation panel (consensus): pass")
        #expect(settled.override?.decidedBy == "the consensus of Evaluation panel, 2026-11-19")
        // Median of the two evaluators alone: the lower middle of pass and partial.
        let (median, _) = try Self.review(overrides: Array(Self.evaluators.prefix(2)), rule: .median)
        let middle = try #require(Self.bluewave(median).result(for: id))
        #expect(middle.outcome == .partial && middle.score == 0.5)
        #expect(middle.override?.decidedBy == "the median of 2 evaluators")
        // Consensus rule without a consensus entry falls back to the median, and says so.
        let (fallback, _) = try Self.review(overrides: Array(Self.evaluators.prefix(2)), rule: .consensus)
        #expect(try Self.bluewave(fallback).result(for: id)?.override?.decidedBy == "the median of 2 evaluators (no consensus recorded)")
    }

    @Test func anEvaluatorIsTakenAtTheirLatestWordAndAFigureIsGraded() {
        let check = CheckID("service.response-sla")!
        func entry(_ who: String, _ day: Int, outcome: Outcome? = nil, value: Double? = nil) -> EvaluatorOverride {
            EvaluatorOverride(evaluator: who, date: CivilDate(year: 2026, month: 11, day: day)!, bid: "b", check: check,
                              outcome: outcome, value: value, note: "n", location: SourceLocation(file: "o.yaml"))
        }
        let changedMind = Adjudication([entry("A", 18, outcome: .pass), entry("A", 16, outcome: .fail)])
        #expect(changedMind.decisions(for: "b")[check]?.outcome == .pass)
        #expect(changedMind.trail.map(\.date.iso) == ["2026-11-16", "2026-11-18"])
        let figures = Adjudication([entry("A", 18, value: 30), entry("B", 18, value: 90), entry("C", 18, value: 240)])
        #expect(figures.decisions(for: "b")[check]?.value == 90)
        let even = Adjudication([entry("A", 18, value: 30), entry("B", 18, value: 90)])
        #expect(even.decisions(for: "b")[check]?.value == 60)
    }

    @Test func overridesFilesAreCheckedWithTheirLocation() throws {
        let loader = OverridesLoader(criteria: Repo.criteria)
        let badCheck = write("version: 1\nevaluator: X\noverrides:\n  - bid: a\n    check: lock-in.termination-fees\n    outcome: pass\n    date: 2026-11-01\n    why: y\n", to: "bad-check.yaml")
        let error = try #require(throws: Diagnostic.self) { try loader.load(path: badCheck) }
        #expect(error.description.contains("bad-check.yaml:5:12: error: no check 'lock-in.termination-fees' in the criteria (did you mean 'lock-in.termination-fee'?)"))
        let badDate = write("version: 1\nevaluator: X\noverrides:\n  - bid: a\n    check: lock-in.termination-fee\n    outcome: pass\n    date: 17/11/2026\n    why: y\n", to: "bad-date.yaml")
        #expect(throws: Diagnostic.self) { try loader.load(path: badDate) }
        let noVerdict = write("version: 1\nevaluator: X\noverrides:\n  - bid: a\n    check: lock-in.termination-fee\n    date: 2026-11-01\n    why: y\n", to: "no-verdict.yaml")
        let missing = try #require(throws: Diagnostic.self) { try loader.load(path: noVerdict) }
        #expect(missing.description.contains("an override needs an outcome, a value, or both"))
        // A bid that was not scored is refused, not silently dropped.
        let typo = write("version: 1\nevaluator: X\noverrides:\n  - bid: bluewave-network\n    check: lock-in.termination-fee\n    outcome: pass\n    date: 2026-11-01\n    why: y\n", to: "typo.yaml")
        let unknown = try #require(throws: Diagnostic.self) { try Self.review(overrides: [typo]) }
        #expect(unknown.description.contains("no bid 'bluewave-network' among those scored (did you mean 'bluewave-networks'?)"))
    }

    @Test func statedPricesCostABidWhosePricesCouldNotBeRead() throws {
        let (reviewed, _) = try Self.review(overrides: [], prices: true)
        let quickfix = try #require(reviewed.rfp?.ranked.first { $0.proposal.name == "quickfix-it" })
        let cost = try #require(quickfix.cost)
        // 62 × $95 × 36 = $212,040; 10 h a month × 36 × $120 = $43,200.
        #expect(cost.lines.map(\.amount) == [212_040, 43_200])
        #expect(cost.lines[0].assumption == "stated in \(Repo.path("Samples/prices.yaml")):5: Price list emailed after the proposal (QuickFix price list, November 2026, first row).")
        #expect(quickfix.priceScore == 1)
    }

    @Test func aSealedPriceLeavesPricingAndEveryCostOut() throws {
        let (reviewed, criteria) = try Self.review(overrides: [], seal: true)
        #expect(!criteria.categories.map(\.id).contains("pricing"))
        let evaluation = try #require(reviewed.rfp)
        #expect(evaluation.priceSealed)
        #expect((evaluation.ranked + evaluation.excluded).allSatisfy { $0.cost == nil && $0.scenarios.isEmpty })
        #expect(evaluation.ranked.allSatisfy { $0.total == $0.proposal.score })
        let report = ClientReport(reviewed, criteria: criteria, client: Repo.sampleClient)
        let html = HTMLReportRenderer().render(report)
        #expect(!html.contains("id=\"costs\"") && !html.contains("$168"))
        #expect(html.contains("Price is sealed until quality scoring is done"))
    }
}
