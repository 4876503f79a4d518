import Testing
@testable import MSPVet

@Suite("Negation: a negated red flag is good news, a negated strength is bad news")
struct NegationTests {
    @Test func aNegatedRedFlagPasses() throws {
        let found = result("lock-in.termination-fee", for: "We do not charge early termination fees.")
        #expect(found.outcome == .pass)
        let evidence = try #require(found.evidence.first)
        #expect(evidence.negated)
        #expect(evidence.negation.cue == "not")
        #expect(evidence.match == "early termination fees")
        #expect(evidence.line == 1)
    }

    @Test func neverAFewWordsBeforeTheMatchNegates() {
        let found = result("lock-in.auto-renewal", for: "Our firm never locks clients into auto-renewing contracts.")
        #expect(found.outcome == .pass)
        #expect(found.evidence.first?.negation.cue == "never")
        #expect(found.evidence.first?.negation.distance == 3)
    }

    @Test func aNegatedCounterPatternSupportsTheStrength() {
        let found = result("accountability.staff-continuity", for: "We do not rotate account leads.")
        #expect(found.outcome == .pass)
        #expect(found.evidence.first?.bearing == .favourable)
    }

    @Test func noBeforeAFeeRulesItOut() {
        #expect(result("pricing.hidden-fees", for: "No onboarding fee.").outcome == .pass)
    }

    @Test func notBeingAskedToMoveKeepsTheClientsPlatform() {
        let found = result("stack-bias.platform-migration", for: "You will not be asked to move away from Google Workspace.",
                           client: Repo.sampleClient)
        #expect(found.outcome == .pass)
        #expect(found.evidence.first?.negation.cue == "not")
    }

    @Test func butEndsTheScopeOfANegation() throws {
        let found = result("lock-in.auto-renewal", for: "No fee applies, but the agreement renews automatically.")
        #expect(found.outcome == .fail)
        let evidence = try #require(found.evidence.first)
        #expect(!evidence.negated)
        #expect(evidence.negation.notes == ["scope before the match ends at 'but'"])
    }

    @Test func aSemicolonEndsTheScopeToo() {
        #expect(result("lock-in.auto-renewal", for: "No setup fee; the agreement renews automatically.").outcome == .fail)
    }

    @Test func aNegatedStrengthFails() {
        #expect(result("security.cyber-insurance", for: "We do not carry cyber insurance.").outcome == .fail)
    }

    @Test func aCueInsideAGapOfTheMatchNegates() {
        let found = result("security.mfa", for: "MFA is not required for staff accounts.")
        #expect(found.outcome == .fail)
        let denial = found.evidence.first { $0.bearing == .unfavourable }
        #expect(denial?.match == "MFA is not required")
        #expect(denial?.negation.direction == .within)
        #expect(denial?.negation.cue == "not")
    }

    @Test func withoutACostInsideAGapDeniesOnlyTheCost() throws {
        // The penalty is denied, not the right to terminate on notice.
        #expect(try !negation("The agreement may be terminated without the payment of any penalty by either party upon 60 days' notice.",
                              match: "terminated ~8 by either party ~10 notice").isNegated)
        #expect(try !negation("Either party may terminate with no termination charge on 30 days' notice.",
                              match: "terminate ~8 notice").isNegated)
        // With the pattern's own words after it, the cue denies what the pattern reads.
        let denied = try negation("The Client may terminate without paying the remaining fees due for the term.",
                                  match: "terminat* ~12 remaining ~8 due")
        #expect(denied.isNegated && denied.cue == "without")
        // And before a match it is a plain cue.
        #expect(try negation("You may leave without penalty or termination fee.", match: "termination fee").isNegated)
    }

    @Test func aPatternsOwnWordsAreNeverCues() {
        // "without" belongs to the pattern "terminat* ~5 (… without cause …)".
        #expect(result("lock-in.termination-for-convenience", for: "Either party may terminate without cause.").outcome == .pass)
    }

    private func negation(_ text: String, match: String) throws -> Negation {
        let tokens = Tokenizer.tokenize(text)
        let pattern = try CompiledPattern(match)
        let range = try #require(pattern.matches(in: tokens).first)
        return NegationDetector().negation(of: range, in: tokens, patternWords: pattern.words)
    }

    @Test func pseudoNegationsAreNotCues() throws {
        #expect(try !negation("We provide not only monitoring but a roadmap.", match: "monitoring").isNegated)
        #expect(try !negation("Notice no later than 30 days before renewal.", match: "30 days").isNegated)
    }

    @Test func postCuesNegateWhatComesBefore() throws {
        #expect(try negation("Early termination fee: waived.", match: "termination fee").cue == "waived")
        #expect(try negation("Auto-renewal: No.", match: "auto renewal").cue == "No")
        #expect(try negation("Onboarding fees are not applicable.", match: "onboarding fees").cue == "not applicable")
    }

    @Test func aCueBeyondTheWindowDoesNotReach() throws {
        #expect(try !negation("We do not think that after all these long years the fee applies.", match: "fee").isNegated)
        #expect(try negation("We do not think the fee applies.", match: "fee").isNegated)
    }

    @Test func neitherAndNorReachTheWholePredicate() throws {
        let denied = try negation("Neither the reseller nor its affiliates shall have any liability for consequential or liquidated damages.",
                                  match: "liquidated damages")
        #expect(denied.cue == "nor")
        #expect(try negation("Neither party shall be liable to the other for any liquidated damages.", match: "liquidated damages").cue == "Neither")
        // A "nor" with no "neither" before it in the clause, or beyond the window, denies nothing here.
        #expect(try !negation("The reseller and its affiliates, nor any agent of theirs acting in good faith for them, shall pay liquidated damages.",
                              match: "liquidated damages").isNegated)
        #expect(try !negation("Neither party shall assign it; after the first year of service the reseller shall pay the agreed liquidated damages.",
                              match: "liquidated damages").isNegated)
    }

    @Test func aRunInTitleGivesWayToTheClauseThatDeniesIt() throws {
        let found = result("lock-in.termination-fee",
                           for: "Early Termination Fees - the Client shall not be liable for any early termination fees.")
        #expect(found.outcome == .pass)
        #expect(found.evidence.allSatisfy { $0.bearing == .favourable })
        // A title over a clause that states the fee still reads as the fee.
        #expect(result("lock-in.termination-fee",
                       for: "Early Termination Fees - the Client shall pay early termination fees of three months' charges.").outcome == .fail)
    }
}
