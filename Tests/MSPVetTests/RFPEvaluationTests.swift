import Foundation
import Testing
@testable import MSPVet

/// The sample RFP (Samples/rfp.yaml) held to the sample bids: who is excluded and why, what each
/// bid costs over 36 months worked out by hand, price on an absolute scale, and how far the
/// weights can move before the leader changes.
@Suite("Running an RFP")
struct RFPEvaluationTests {
    static func evaluation(extra: [String] = []) throws -> RFPEvaluation {
        let rfp = try RFPLoader(criteria: Repo.criteria).load(path: Repo.path("Samples/rfp.yaml"))
        let criteria = Repo.criteria.reweighted(rfp.weights)
        let documents = try (Repo.sampleProposals + extra).map { try ProposalReader().read(path: $0) }
        let ranking = Scorer(criteria: criteria, client: Repo.sampleClient).rank(documents)
        return RFPEvaluation(ranking: ranking, criteria: criteria, rfp: rfp)
    }

    @Test func bidsFailingAMustHaveAreExcludedWithTheReasonAndTheQuote() throws {
        let evaluation = try Self.evaluation()
        #expect(evaluation.excluded.map(\.proposal.name) == ["cloudbridge-it", "summit-technology-group"])
        let summit = try #require(evaluation.excluded.last)
        #expect(summit.screening.failed.map(\.mustHave.check.description) == ["stack-bias.platform-migration", "lock-in.termination-fee"])
        #expect(summit.screening.failed[1].mustHave.reason == "The group must be able to leave a provider that does not perform.")
        #expect(summit.screening.failed[1].quote?.text == "If Client terminates early, all remaining monthly fees for the balance of the term become immediately due and payable.")
        // Not stated is not a failure under `unknown-must-have: clarify`.
        let bluewave = try #require(evaluation.ranked.first { $0.proposal.name == "bluewave-networks" })
        #expect(bluewave.screening.unclear.map(\.mustHave.check.description) == ["stack-bias.platform-migration", "lock-in.termination-fee"])
        #expect(bluewave.screening.unclear.allSatisfy { $0.quote == nil })
        #expect(evaluation.ranked.map(\.proposal.name) == ["northstar-advisory", "clearpath-managed-services", "bluewave-networks",
                                                          "apex-digital-solutions", "quickfix-it"])
    }

    @Test func costsOverTheHorizonAddUpAsWorkedOutByHand() throws {
        let evaluation = try Self.evaluation()
        let bids = Dictionary(uniqueKeysWithValues: (evaluation.ranked + evaluation.excluded).map { ($0.proposal.name, $0) })
        // Northstar: 62 × $168 × 36 = $374,976, plus 10 h a month × 36 × $150 = $54,000.
        let northstar = try #require(bids["northstar-advisory"]?.cost)
        #expect(northstar.lines.map(\.amount) == [374_976, 54_000])
        #expect(northstar.total == 428_976)
        #expect(northstar.lines[1].source?.text.contains("$150 per hour") == true)
        // ClearPath: $119 with increases it leaves open, costed at the RFP's 5% a year:
        // 62 × 119 = 7,378 a month; year 2 adds 12 × 368.90, year 3 12 × 756.245.
        let clearpath = try #require(bids["clearpath-managed-services"]?.cost)
        #expect(clearpath.lines[0].amount == 265_608)
        #expect(abs(clearpath.lines[1].amount - 13_501.74) < 0.005)
        #expect(clearpath.lines[1].assumption == "an increase the bid leaves open is costed at 5% a year (RFP)")
        #expect(clearpath.lines[2].amount == 48_600)
        // Summit: $189 rising 5% a year, a $9,500 onboarding fee, no hourly rate ($200 assumed).
        let summit = try #require(bids["summit-technology-group"]?.cost)
        let monthly = 62.0 * 189
        #expect(abs(summit.lines[1].amount - (monthly * 0.05 * 12 + monthly * 0.1025 * 12)) < 0.005)
        #expect(summit.lines[2].amount == 9_500 && summit.lines[2].source?.text == "A one-time onboarding fee of $9,500 applies.")
        #expect(summit.lines[3].amount == 72_000 && summit.lines[3].source == nil)
        // The expansion scenario costs the same lines for 80 seats.
        let expansion: Double? = bids["northstar-advisory"]?.scenarios.first?.total ?? nil
        #expect(expansion == Double(80 * 168 * 36 + 54_000))
        // Price on the absolute scale: (500,000 − 428,976) / 200,000.
        #expect(abs((bids["northstar-advisory"]?.priceScore ?? 0) - 0.35512) < 1e-9)
        #expect(bids["quickfix-it"]?.cost == nil && bids["quickfix-it"]?.priceScore == 0)
    }

    /// The usual formula (lowest price ÷ this price) lets a $0 bid or an outlier reorder the rest;
    /// an absolute scale cannot.
    @Test func aZeroBidOrAnOutlierNeverReordersTheOthers() throws {
        let folder = temporaryFolder()
        let free = write("""
            # FreeIT
            Managed service is $0 per user per month for the first three years. We do not charge early termination fees.
            We respond to urgent tickets within 15 minutes. We will not move you off Google Workspace.
            """, to: "free-it.md", in: folder)
        let lavish = write("""
            # Lavish Networks
            Managed service is $2,400 per user per month. We do not charge early termination fees.
            We respond to urgent tickets within 15 minutes. We will not move you off Google Workspace.
            """, to: "lavish.md", in: folder)
        let names = { (evaluation: RFPEvaluation) in evaluation.ranked.map(\.proposal.name).filter { !["free-it", "lavish"].contains($0) } }
        let before = try Self.evaluation()
        let after = try Self.evaluation(extra: [free, lavish])
        #expect(after.ranked.contains { $0.proposal.name == "free-it" } && after.ranked.contains { $0.proposal.name == "lavish" })
        #expect(names(after) == names(before))
        for bid in before.ranked {
            #expect(after.ranked.first { $0.proposal.name == bid.proposal.name }?.total == bid.total, "\(bid.proposal.name)'s total moved")
        }
        #expect(after.ranked.first { $0.proposal.name == "free-it" }?.priceScore == 1)
        #expect(after.ranked.first { $0.proposal.name == "lavish" }?.priceScore == 0)
    }

    @Test func theWeightAtWhichTheLeaderChangesIsExact() throws {
        // A is all quality, B all price: with price at 25% A leads; at over 50% B would.
        let sensitivity = try #require(WeightSensitivity(bids: [("a", ["quality": 1, "price": 0]), ("b", ["quality": 0.2, "price": 1])],
                                                         weights: [("quality", 0.75), ("price", 0.25)]))
        #expect(sensitivity.leader == "a")
        let price = try #require(sensitivity.thresholds.first { $0.category == "price" })
        // 0.8 q = 1.0 p at the crossing: p / (p + q) = 0.8 / 1.8.
        #expect(abs((price.above?.share ?? 0) - 0.8 / 1.8) < 1e-12 && price.above?.leader == "b")
        let quality = try #require(sensitivity.thresholds.first { $0.category == "quality" })
        #expect(abs((quality.below?.share ?? 0) - 1 / 1.8) < 1e-12)
        #expect(sensitivity.sentences.prefix(2) == ["a leads unless quality weighs under 55.6% (then b leads); it weighs 75.0% now.",
                                                    "a leads unless price weighs over 44.4% (then b leads); it weighs 25.0% now."])
        #expect(sensitivity.leaveOneOut.map(\.order) == [["b", "a"], ["a", "b"]])
        #expect(sensitivity.robustness == WeightSensitivity(bids: [("a", ["quality": 1, "price": 0]), ("b", ["quality": 0.2, "price": 1])],
                                                            weights: [("quality", 0.75), ("price", 0.25)])?.robustness, "seeded: the same every run")
    }

    @Test func theSamplesLeaderHoldsUnlessPriceWeighsHalf() throws {
        let sensitivity = try #require(try Self.evaluation().sensitivity)
        #expect(sensitivity.leader == "northstar-advisory")
        let price = try #require(sensitivity.thresholds.first { $0.category == "price" })
        #expect(price.above?.leader == "clearpath-managed-services")
        #expect(sensitivity.sentences.contains { $0.hasPrefix("northstar-advisory leads unless price weighs over ") })
        #expect(sensitivity.robustness == 1)
    }

    @Test func anRFPFileThatCannotBeUsedIsALocatedError() throws {
        let folder = temporaryFolder()
        func failure(_ body: String) -> String {
            let path = write("version: 1\nseats: 62\nhorizon-months: 36\nbudget: {cap: 500000, floor: 300000}\n" + body, to: "rfp.yaml", in: folder)
            do { _ = try RFPLoader(criteria: Repo.criteria).load(path: path); return "no error" } catch {
                return "\(error)".replacingOccurrences(of: folder.path + "/", with: "")
            }
        }
        #expect(failure("must-haves:\n  - check: lock-in.auto-renewl\n    require: pass\n    reason: x\n")
                == "rfp.yaml:6:12: error: no check 'lock-in.auto-renewl' in the criteria (did you mean 'lock-in.auto-renewal'?)")
        #expect(failure("must-haves:\n  - check: lock-in.auto-renewal\n    require: {at-most: 3}\n    reason: x\n")
                == "rfp.yaml:7:14: error: lock-in.auto-renewal reads no figure; require an outcome (pass, not-fail) instead")
        #expect(failure("must-haves:\n  - check: lock-in.auto-renewal\n    require: passed\n    reason: x\n")
                == "rfp.yaml:7:14: error: require must be pass, partial, fail, not-fail, {at-most: N} or {at-least: N}, found 'passed'")
        #expect(failure("price-weight: 1.5\n") == "rfp.yaml:5:15: error: price-weight must be a share from 0 up to 1, found 1.5")
        #expect(failure("weights: {secruity: 2}\n").hasPrefix("rfp.yaml:5:11: error: unknown key 'secruity' in weights (did you mean 'security'?)"))
    }
}
