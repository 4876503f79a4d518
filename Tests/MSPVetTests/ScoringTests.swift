import Foundation
import Testing
@testable import MSPVet

@Suite("Scoring and ranking")
struct ScoringTests {
    private func ranking(client: ClientProfile? = Repo.sampleClient) throws -> Ranking {
        let documents = try Repo.sampleProposals.map { try ProposalReader().read(path: $0) }
        return Scorer(criteria: Repo.criteria, client: client).rank(documents)
    }

    @Test func theSamplesRankAsAReaderOfThemWould() throws {
        let ranked = try ranking()
        #expect(ranked.proposals.map(\.name) == [
            "northstar-advisory", "bluewave-networks", "clearpath-managed-services", "cloudbridge-it",
            "summit-technology-group", "quickfix-it", "apex-digital-solutions",
        ])
        #expect(ranked.proposals.map(\.rank) == Array(1...7))
        #expect(ranked.winner?.name == "northstar-advisory")
    }

    @Test func theLockInHeavyBidFailsEveryLockInRedFlag() throws {
        let summit = try #require(try ranking().proposals.first { $0.name == "summit-technology-group" })
        let lockIn = summit.checks.filter { $0.id.category == "lock-in" }
        #expect(lockIn.filter { $0.outcome == .fail }.map(\.id.check) == [
            "auto-renewal", "initial-term", "notice-period", "termination-fee", "exit-assistance",
            "tool-ownership", "exclusivity", "price-escalation",
        ])
        #expect(summit.result(for: CheckID("lock-in.initial-term")!)?.value == 36)
        #expect(summit.result(for: CheckID("lock-in.notice-period")!)?.value == 90)
        let renewal = try #require(summit.result(for: CheckID("lock-in.auto-renewal")!)?.evidence.first)
        #expect(renewal.location.hasSuffix("Samples/proposals/summit-technology-group.pdf:2:2"))
        #expect(renewal.text.hasPrefix("This Agreement shall automatically renew for successive twelve (12) month terms"))
    }

    @Test func aThinBidIsLowEvidenceAndBelowEverySubstantiveBid() throws {
        let proposals = try ranking().proposals
        let quickfix = try #require(proposals.first { $0.name == "quickfix-it" })
        #expect(quickfix.lowEvidence && quickfix.coverage == 0)
        #expect(proposals.filter { !$0.lowEvidence }.allSatisfy { $0.rank < quickfix.rank })
    }

    /// Buzzwords are not evidence: the bid made of "strategic alignment" and "digital
    /// transformation" earns nothing on strategy, so what it says is mostly red flags and it is
    /// too thin to rank on merit.
    @Test func aBuzzwordBidEarnsNothingOnStrategy() throws {
        let apex = try #require(try ranking().proposals.first { $0.name == "apex-digital-solutions" })
        for check in ["planning-participation", "business-roadmap", "process-design"] {
            #expect(apex.result(for: CheckID("strategy.\(check)")!)?.outcome == .unknown, "\(check)")
        }
        #expect(apex.result(for: CheckID("strategy.capacity-only")!)?.outcome == .fail)
        #expect(apex.lowEvidence)
    }

    @Test func saying_nothing_never_outranks_a_substantive_bid() throws {
        // Criteria that reward silence: an unaddressed red flag scores full marks.
        let folder = temporaryFolder()
        write("""
            version: 1
            id: terms
            title: Terms
            checks:
              - id: renewal
                title: Renewal
                polarity: red-flag
                rationale: Renewal should be a decision.
                unaddressed: 1
                patterns: ["renew* automatic*"]
              - id: fees
                title: Fees
                polarity: red-flag
                rationale: Fees hurt.
                unaddressed: 1
                patterns: ["termination fee*"]
            """, to: "terms.yaml", in: folder)
        let criteria = try CriteriaLoader().load(paths: [folder.path])
        let silent = proposal("We are a friendly local team.", path: "silent.md")
        let honest = proposal("The agreement renews automatically. We charge no termination fees.", path: "honest.md")
        let ranked = Scorer(criteria: criteria).rank([silent, honest])
        #expect(ranked.proposals[1].score > ranked.proposals[0].score)
        #expect(ranked.proposals.map(\.name) == ["honest", "silent"])
        #expect(ranked.proposals[1].lowEvidence)
        #expect(ranked.winner?.name == "honest")
    }

    @Test func buzzwordsEarnNothingAndPastedHintsAPartialThatGrowsEverMoreSlowly() throws {
        func roadmap(_ copies: [String]) -> CheckResult {
            result("strategy.business-roadmap", for: copies.joined(separator: "\n\n"))
        }
        let buzz = "We deliver strategic alignment, digital transformation, innovation and a future-ready roadmap."
        let variations = (1...12).map { "Our pillar \($0): strategic alignment, digital transformation, roadmap and innovation." }
        #expect(roadmap([buzz]).outcome == .unknown && roadmap(variations).outcome == .unknown)
        // A roadmap someone presents is a hint; pasting more such lines never reaches a pass.
        let hint = "Twice a year we present a technology roadmap."
        let once = roadmap([hint])
        let many = roadmap((1...12).map { "In review \($0) we update the roadmap." })
        #expect(once.outcome == .partial && many.outcome == .partial)
        #expect(once.score == 0.25)
        #expect(many.score > once.score && many.score < 0.5)
        // The same sentence pasted again is the same evidence.
        #expect(roadmap(Array(repeating: hint, count: 10)).score == once.score)
        for check in ["strategy.planning-participation", "strategy.process-design"] {
            #expect(result(check, for: variations.joined(separator: "\n\n")).outcome == .unknown)
        }
    }

    @Test func structuredStrategyPasses() {
        #expect(result("strategy.business-roadmap", for: "We build a roadmap tied to your growth plan.").outcome == .pass)
    }

    @Test func capacityPlanningAloneIsARedFlagButNotBesideRealStrategy() {
        let capacity = "Quarterly reviews cover spend forecasts and refresh schedules."
        #expect(result("strategy.capacity-only", for: capacity).outcome == .fail)
        #expect(result("strategy.capacity-only", for: capacity + " Our vCIO also joins your annual planning retreat.").outcome == .pass)
    }

    @Test func stackBiasNeedsTheClientToKnowWhatIsARival() {
        let move = "We will migrate you to Microsoft 365 in the first month."
        #expect(result("stack-bias.platform-migration", for: move).outcome == .unknown)
        #expect(result("stack-bias.platform-migration", for: move, client: Repo.sampleClient).outcome == .fail)
        let onM365 = ClientProfile(name: "Office client", stack: ["productivity": ["Microsoft 365"]])
        #expect(result("stack-bias.platform-migration", for: move, client: onM365).outcome == .unknown)
        // Without a profile, a stated move from one platform to its rival still counts.
        #expect(result("stack-bias.platform-migration", for: "We migrate clients from Google Workspace to O365.").outcome == .fail)
    }

    @Test func theClientProfileResolvesAliasesThroughTheCatalogue() throws {
        let path = write("version: 1\nname: Demo\nstack:\n  productivity: G Suite\n  endpoints: [Chromebooks, Windws]\n  accounting: QuickBooks Online\n", to: "client.yaml")
        let (profile, warnings) = try ClientProfileLoader(catalogue: Repo.criteria.catalogue).load(path: path)
        #expect(profile.stack["productivity"] == ["Google Workspace"])
        #expect(profile.stack["accounting"] == ["QuickBooks"])
        #expect(profile.stack["endpoints"] == ["ChromeOS", "Windws"])
        #expect(warnings.map(\.message) == ["platform 'Windws' is not in the catalogue; moves away from it cannot be recognised (did you mean 'Windows'?)"])
        #expect(warnings.first?.location.line == 5)
    }

    @Test func weightsAreNormalisedAndScoresAreWeightedMeans() throws {
        let folder = temporaryFolder()
        for (id, weight) in [("big", 3), ("small", 1)] {
            write("""
                version: 1
                id: \(id)
                title: \(id)
                weight: \(weight)
                checks:
                  - id: heavy
                    title: Heavy
                    polarity: strength
                    weight: 3
                    rationale: r
                    patterns: ["\(id) heavy"]
                  - id: light
                    title: Light
                    polarity: strength
                    rationale: r
                    patterns: ["\(id) light"]
                """, to: "\(id).yaml", in: folder)
        }
        let criteria = try CriteriaLoader().load(paths: [folder.path])
        #expect(criteria.categoryShares == ["big": 0.75, "small": 0.25])
        #expect(criteria.effectiveWeights[CheckID("big.heavy")!] == 0.5625)
        let score = Scorer(criteria: criteria).score(proposal("We offer big heavy and small light."))
        #expect(score.categories.map(\.score) == [0.75, 0.25])
        #expect(abs(score.score - (0.75 * 0.75 + 0.25 * 0.25) * 100) < 1e-9)
        #expect(abs(score.coverage - (0.5625 + 0.0625)) < 1e-9)
    }

    @Test func rankingDoesNotDependOnTheOrderFilesAreGiven() throws {
        let documents = try Repo.sampleProposals.map { try ProposalReader().read(path: $0) }
        let scorer = Scorer(criteria: Repo.criteria, client: Repo.sampleClient)
        let forward = try JSONRenderer().render(scorer.rank(documents))
        let backward = try JSONRenderer().render(scorer.rank(documents.reversed()))
        #expect(forward == backward)
    }

    /// One rule picks the sentence that decided a check, and every output quotes it: for a value
    /// check it is the sentence the reported value was read from.
    @Test func theDecidingSentenceOfAValueCheckHoldsItsValue() throws {
        let valueChecks = Repo.criteria.allChecks.filter { $0.valueUnit != nil }.map(\.id)
        var seen = 0
        for proposal in try ranking().proposals {
            for id in valueChecks {
                let result = try #require(proposal.result(for: id))
                guard let value = result.value else { continue }
                let deciding = try #require(result.decidingEvidence, "\(proposal.name) \(id)")
                #expect(deciding.value.map { ($0 * 100).rounded() / 100 } == value, "\(proposal.name) \(id): \(deciding.text)")
                #expect(result.rationale.contains(Quote.trimmed(deciding.text)), "\(proposal.name) \(id)")
                seen += 1
            }
        }
        #expect(seen > 15)
    }

    /// A phrase check quotes its plainest statement, not the first sentence a weaker pattern
    /// happens to match, nor a definition that names the clause: both come before the clause.
    @Test func thePhraseCheckQuotesTheMatchOfItsEarliestPatternInTheClauseItself() throws {
        let text = """
            1.2 "Renewal Term" means each further year for which this Agreement shall automatically renew under clause 9.2.
            1.4 "Term" means the initial term, after which the agreement carries on from year to year as clause 9.2 sets out.
            9.2 This Agreement shall automatically renew for successive one-year terms unless either party gives notice.
            """
        let scorer = Scorer(criteria: Repo.criteria)
        let result = try #require(scorer.evaluate(CheckID("lock-in.auto-renewal")!, in: proposal(text)))
        #expect(result.outcome == .fail && result.evidence.count == 3)
        #expect(result.decidingEvidence?.line == 3 && result.decidingEvidence?.text.hasPrefix("9.2 This Agreement shall automatically renew") == true)
        #expect(result.rationale.contains("shall automatically renew"))
    }

    /// A contract names its deal in its title, opening and recitals before a clause grants it; the
    /// quote is the clause, though the title matches the plainest pattern first.
    @Test func thePhraseCheckQuotesTheClauseNotTheTitleOrRecitals() throws {
        let text = """
            EXCLUSIVE PROVIDER AGREEMENT

            This agreement is entered into by and between Harbour Foods Ltd and Acme IT Ltd ("Provider").

            WHEREAS, Harbour Foods wishes to appoint Provider as its exclusive provider of managed IT services;

            4.1 During the Term, Harbour Foods shall obtain all managed IT services exclusively from Provider.
            """
        let scorer = Scorer(criteria: Repo.criteria)
        let result = try #require(scorer.evaluate(CheckID("lock-in.exclusivity")!, in: proposal(text)))
        #expect(result.outcome == .fail)
        #expect(result.evidence.count == 3)
        #expect(result.decidingEvidence?.text.hasPrefix("4.1 During the Term") == true, "\(result.decidingEvidence?.text ?? "none")")
    }

    /// A period named "exclusive" is mostly a defined term the granting clause uses: the grant is
    /// the quote, though the period comes first in the document.
    @Test func theExclusivityQuoteIsTheGrantNotTheExclusivePeriod() throws {
        let text = """
            During the Exclusive Period the Provider reports monthly on the work done under clause 6.

            6.1 The Client grants the Provider an exclusive, non-transferable licence to run its booking platform.
            """
        let scorer = Scorer(criteria: Repo.criteria)
        let result = try #require(scorer.evaluate(CheckID("lock-in.exclusivity")!, in: proposal(text)))
        #expect(result.outcome == .fail && result.evidence.count == 2)
        #expect(result.decidingEvidence?.text.hasPrefix("6.1 The Client grants") == true, "\(result.decidingEvidence?.text ?? "none")")
    }

    /// A partial outcome is quoted as a pass or a fail is: by its hint that states the clause
    /// rather than the definition naming it, and by the strength stated rather than the denial.
    @Test func aPartialOutcomeIsQuotedByItsBestEvidence() throws {
        let scorer = Scorer(criteria: Repo.criteria)
        let hints = """
            1.4 "Transition Services" means the help described in clause 9.

            9.1 On expiry the Provider will provide transition services to the Client and any successor provider.
            """
        let exit = try #require(scorer.evaluate(CheckID("lock-in.exit-assistance")!, in: proposal(hints)))
        #expect(exit.outcome == .partial && exit.evidence.count == 2)
        #expect(exit.decidingEvidence?.text.hasPrefix("9.1 On expiry") == true, "\(exit.decidingEvidence?.text ?? "none")")
        let bothWays = """
            The Client may not terminate this agreement for convenience during the first year.

            After the first year the Client may terminate this agreement for convenience on sixty days' notice.
            """
        let leaving = try #require(scorer.evaluate(CheckID("lock-in.termination-for-convenience")!, in: proposal(bothWays)))
        #expect(leaving.outcome == .partial)
        #expect(leaving.decidingEvidence?.text.hasPrefix("After the first year") == true, "\(leaving.decidingEvidence?.text ?? "none")")
    }

    /// Hints are ranked as patterns are: a partial outcome shown by two operative hints is quoted
    /// by the one whose pattern is listed first (an orderly hand-over to the next provider), not by
    /// the one that comes first in the document (papers handed back on termination).
    @Test func aPartialOutcomeIsQuotedByItsEarliestListedHint() throws {
        let text = """
            12.3 Upon termination the Provider shall return to the Client all documentation relating to the network.

            12.4 The Provider shall cooperate with the Client to ensure an orderly transition of the services to a successor provider.
            """
        let scorer = Scorer(criteria: Repo.criteria)
        let exit = try #require(scorer.evaluate(CheckID("lock-in.exit-assistance")!, in: proposal(text)))
        #expect(exit.outcome == .partial && exit.evidence.count == 2)
        #expect(exit.decidingEvidence?.text.hasPrefix("12.4 The Provider shall cooperate") == true, "\(exit.decidingEvidence?.text ?? "none")")
    }

    /// Recitals lettered under a "Background" heading describe the deal as much as "WHEREAS" does.
    @Test func theQuoteSkipsRecitalsUnderTheirHeading() throws {
        let text = """
            # Background

            B. Harbour Foods wishes to appoint Acme IT as its exclusive provider of managed IT services.

            # 4. Services

            4.1 During the Term, Harbour Foods shall obtain all managed IT services exclusively from Acme IT.
            """
        let scorer = Scorer(criteria: Repo.criteria)
        let result = try #require(scorer.evaluate(CheckID("lock-in.exclusivity")!, in: proposal(text)))
        #expect(result.outcome == .fail && result.evidence.count == 2)
        #expect(result.decidingEvidence?.text.hasPrefix("4.1 During the Term") == true, "\(result.decidingEvidence?.text ?? "none")")
    }

    @Test(arguments: [
        ("EXCLUSIVE DISTRIBUTION AGREEMENT", QuoteStanding.preamble),
        ("CONTRAT DE SERVICES GÉRÉS ET D’INFOGÉRANCE", .preamble),
        // One small letter anywhere and it is no title in capitals.
        ("MANAGED SERVICES AND FEES of the Provider", .heading),
        ("This Agreement is made and entered into as of 1 May 2026 by and between Harbour Foods and Acme IT.", .preamble),
        ("WHEREAS, the Client wishes to retain the Provider as its sole supplier;", .preamble),
        ("Recitals A. The Provider sells monitoring services.", .preamble),
        ("\"Exclusive Period\" means the first two years of the Term.", .definition),
        // A meaning that opens with a qualifier is still a definition; a plain "which means," is not.
        ("1.12 \"Exclusive Period\" means, subject to clause 9, the first two years of the Term.", .definition),
        ("1.12 “Exclusive Period” means, subject to clause 9, the first two years of the Term.", .definition),
        ("The Client pays monthly, which means, in practice, twelve invoices a year.", .operative),
        ("4.1 The Client shall buy all managed services exclusively from the Provider.", .operative),
        ("NOTICES MUST BE GIVEN IN WRITING.", .operative),
        ("4. Term; Termination; Termination Payment.", .heading),
        ("Termination Fee Schedule", .heading),
        ("12.1 Termination for Cause 31 12.2 Termination for Convenience 32 12.3 Effect of Termination 33", .heading),
        ("Sections 12.1, 12.2 and 12.3 survive the end of this agreement.", .operative),
        ("Exclusive Supply .................................. 14 9.2", .heading),
        ("The fee rises by 3.5 per cent....... as set out in 14.2.", .operative),
        ("If the Client ends the agreement early, it pays the termination fee in Schedule C.", .operative),
        // A list of the attachments names each one's subject; the attachment states it.
        ("The schedules form part of this agreement: Schedule 1 - Services; Schedule 2 - Service Levels; Schedule 3 - Fees and Early Termination Charges.", .heading),
        ("Fees are set out in Schedule 2 and early termination charges in Schedule 3.", .operative),
    ])
    func aSentenceStandsForItsClauseByWhatItDoes(text: String, standing: QuoteStanding) {
        #expect(QuoteStanding(text) == standing)
    }

    /// A recital need not open with "WHEREAS": under a recitals heading, it describes the deal.
    @Test(arguments: [
        ("RECITALS", QuoteStanding.preamble),
        ("B. Background", .preamble),
        ("WITNESSETH:", .preamble),
        ("Recitals --------", .preamble),
        ("3. Exclusivity", .operative),
        ("Background Checks on Staff", .operative),
    ])
    func aSentenceUnderTheRecitalsIsPreamble(section: String, standing: QuoteStanding) {
        let text = "C. The Reseller wishes to obtain the exclusive right to resell the monitoring service."
        #expect(QuoteStanding(text, section: section) == standing)
    }

    /// Evaluating one check evaluates what it reads and gives what scoring every check gives.
    @Test func oneCheckIsEvaluatedWithWhatItDependsOn() throws {
        let document = try ProposalReader().read(path: Repo.path("Samples/proposals/summit-technology-group.pdf"))
        let scorer = Scorer(criteria: Repo.criteria, client: Repo.sampleClient)
        let all = scorer.evaluate(document)
        for check in Repo.criteria.allChecks {
            let one = try #require(scorer.evaluate(check.id, in: document))
            let full = try #require(all.first { $0.id == check.id })
            #expect((one.outcome, one.value, one.rationale) == (full.outcome, full.value, full.rationale), "\(check.id)")
        }
        #expect(scorer.evaluate(CheckID("lock-in.no-such-check")!, in: document) == nil)
    }

    @Test func aLongAgreementThatSettlesItsTermsIsReadOnItsMerits() {
        // A master agreement: lock-in terms in full, service levels left to a schedule, and the
        // boilerplate a real one carries.
        let terms = """
            3.1 Initial Term. This Agreement has an initial term of twelve (12) months from the Effective Date.
            3.2 Renewal. The Agreement does not renew automatically; any renewal requires both parties' written agreement.
            3.3 Convenience. Client may terminate this Agreement without cause on thirty (30) days' written notice.
            3.4 No Fees. Client pays no early termination fee and no remaining monthly fees on termination.
            3.5 Exit. On termination Provider gives transition assistance at no additional charge.
            3.6 Ownership. All documentation, scripts and credentials are Client's property and are handed over on exit.
            3.7 Other providers. Client remains free to use other providers for any service.
            3.8 Prices. Fees are fixed for the initial term.
            4.1 Service Levels. Response and resolution times are set out in Schedule B.
            """
        let boilerplate = (1...40).map { n in
            "\(10 + n).1 General \(n). Each notice under clause \(n) is given in writing to the address in the order form. "
                + "Nothing in clause \(n) limits the other clauses of this Agreement. The parties sign clause \(n) in counterparts."
        }
        let agreement = proposal(([terms] + boilerplate).joined(separator: "\n\n"), path: "acme-msa.txt")
        let silent = proposal("We are a friendly local team. Call us any time.", path: "silent.md")
        #expect(agreement.sentences.count >= 150)

        let ranked = Scorer(criteria: Repo.criteria).rank([agreement, silent])
        let contract = ranked.proposals.first { $0.name == "acme-msa" }!
        #expect(contract.coverage < ScoringPolicy.standard.minimumCoverage)
        #expect(!contract.lowEvidence)
        #expect(ranked.proposals.first { $0.name == "silent" }!.lowEvidence)
        #expect(ranked.winner?.name == "acme-msa")

        // The same terms in a short document are still too little to rank on merit.
        let short = proposal(terms, path: "short.md")
        #expect(Scorer(criteria: Repo.criteria).score(short).lowEvidence)
    }

    @Test func theLongDocumentRuleNeedsBothLengthAndOneSettledCategory() {
        let policy = ScoringPolicy.standard
        #expect(policy.isLowEvidence(coverage: 0.2, sentences: 400, bestCategoryCoverage: 0.5))
        #expect(policy.isLowEvidence(coverage: 0.2, sentences: 100, bestCategoryCoverage: 0.9))
        #expect(!policy.isLowEvidence(coverage: 0.2, sentences: 400, bestCategoryCoverage: 0.6))
        #expect(!policy.isLowEvidence(coverage: 0.5, sentences: 10, bestCategoryCoverage: 0))
    }
}
