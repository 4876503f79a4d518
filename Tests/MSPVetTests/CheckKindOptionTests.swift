import Testing
@testable import MSPVet

/// The options that keep a check to the sense it means: `ignore` on a phrase check drops fixed
/// expressions that only look like the thing, `context` on a value check reads a figure only in
/// a sentence about the right subject, `prefer-context` lets the deciding clause's figure win,
/// `holder` keeps only what the right party holds, `unconditional` only what is stated outright,
/// and `commitment` tells a promise from an offer.
@Suite("Check kinds: ignore, context, prefer-context, holder, unconditional and commitment")
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
                  - id: renewal-notice
                    title: Notice to stop a renewal (days)
                    kind: value
                    rationale: The window that binds the client for another term.
                    unit: days
                    pass-at-most: 30
                    fail-above: 60
                    patterns: ["notice"]
                    context: ["renew*", "cancel*"]
                    prefer-context: ["(not|non) ~2 renew*"]
                  - id: window
                    title: Window to stop a renewal (days)
                    kind: value
                    rationale: The window that binds the client for another term.
                    unit: days
                    pass-at-most: 30
                    fail-above: 60
                    patterns: ["unless terminated ~10 prior to"]
                    competing-patterns: ["successive"]
                  - id: leave
                    title: Client may leave early
                    polarity: strength
                    rationale: Leverage.
                    patterns: ["terminat* ~4 early"]
                    holder: client
                  - id: at-will
                    title: Client may leave at will
                    polarity: strength
                    rationale: Leverage.
                    patterns: ["may terminate ~6 notice"]
                    unconditional: true
                  - id: mfa
                    title: MFA enforced
                    polarity: strength
                    rationale: Available is not enforced.
                    patterns: ["mfa ~4 all users"]
                    commitment: required
                  - id: response
                    title: Response (minutes)
                    kind: value
                    rationale: Fast is better.
                    unit: minutes
                    pass-at-most: 60
                    fail-above: 240
                    patterns: ["respon*"]
                    commitment: required
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

    /// Both notices are in scope; the one that stops a renewal decides, wherever it stands, and
    /// without one the first figure in scope still counts.
    @Test func aFigureFromTheDecidingClauseWinsOverOneReadFirst() throws {
        let text = "Either party may cancel on 30 days' notice. Notice of non-renewal is due 90 days before the renewal date."
        #expect(try result("terms.notice", text).value == 30)
        let preferred = try result("terms.renewal-notice", text)
        #expect(preferred.value == 90 && preferred.outcome == .fail)
        #expect(preferred.decidingEvidence?.text == "Notice of non-renewal is due 90 days before the renewal date.")
        #expect(preferred.trace.contains { $0.contains("1 of 2 figure(s) in a sentence matching '(not|non) ~2 renew*'") })
        #expect(preferred.preferredContext == "(not|non) ~2 renew*")
        let fallback = try result("terms.renewal-notice", "Either party may cancel on 30 days' notice.")
        #expect(fallback.value == 30 && fallback.preferredContext == nil)
    }

    /// A figure inside the matched phrase is that phrase's, though another phrase stands before it:
    /// "successive" claims the year, the termination window keeps its sixty days.
    @Test func aFigureInsideTheMatchedPhraseIsThatPhrases() throws {
        let text = "It renews for successive one (1) year periods unless terminated by the client within sixty (60) days prior to the end of the term."
        let window = try result("terms.window", text)
        #expect(window.value == 60 && window.outcome == .partial)
    }

    @Test func aSentenceAboutSomethingElseIsNotEvidence() throws {
        let remedy = try result("terms.convenience", "Either party may terminate at any time for an uncured breach.")
        #expect(remedy.outcome == .unknown && remedy.trace.contains { $0.contains("about something else") })
        #expect(try result("terms.convenience", "Either party may terminate at any time.").outcome == .pass)
        // The opposite is still read in such a sentence.
        #expect(try result("terms.convenience", "It may be terminated only for material breach.").outcome == .fail)
    }

    @Test func oneGroundOfAListDoesNotExcludeItsNeighbours() throws {
        // Numbered items stay one sentence (numbers in brackets are mostly figures written twice);
        // the breach belongs to item 2, and item 1 with the lead before the colon is a right.
        let listed = "The agreement may be ended: (1) by either party, which may terminate at any time on notice; (2) by either party for an uncured breach."
        let found = try result("terms.convenience", listed)
        #expect(found.outcome == .pass)
        #expect(found.evidence.map(\.match) == ["terminate at any time"])
        // The lead counts for every clause: a breach named there excludes them all.
        let lead = "On an uncured breach the other party may act as follows: (1) terminate at any time on notice; (2) claim damages."
        let remedy = try result("terms.convenience", lead)
        #expect(remedy.outcome == .unknown && remedy.trace.contains { $0.contains("the clause is about something else") })
    }

    /// A lead ending in a colon is read with each item it announces, and the item decides: "as
    /// follows" in the lead only announces it; a right stated in the lead alone waits on the items.
    @Test func aLeadIsReadWithEachItemItAnnounces() throws {
        let listed = "The client may terminate as follows: (a) on 30 days' notice; or (b) at once if the provider is sold."
        #expect(try result("terms.at-will", listed).outcome == .pass)
        // Clauses in blocks of their own below the lead, each numbered (the items of a list stay
        // sentences of their own).
        let blocks = "The client may terminate on 30 days' notice:\n\n8.1.1 when the provider is sold;\n\n8.1.2 when the provider moves its data centre."
        let read = try result("terms.at-will", blocks)
        #expect(read.outcome == .unknown)
        // The lead alone and the lead read with each item: three sentences, none of them a right.
        #expect(Set(read.trace.filter { $0.contains("announces the items that follow it") }.map { $0.prefix(7) }) == ["line 1:", "line 3:", "line 5:"])
    }

    @Test func aRightHeldByTheOtherPartyIsNotTheClients() throws {
        #expect(try result("terms.leave", "The client may terminate early on 30 days' notice.").outcome == .pass)
        #expect(try result("terms.leave", "Either party may terminate early on 30 days' notice.").outcome == .pass)
        let provider = try result("terms.leave", "The provider may terminate early on 30 days' notice.")
        #expect(provider.outcome == .unknown && provider.trace.contains { $0.contains("held by the MSP, not the client") })
        // A sentence naming no party is read as before.
        #expect(try result("terms.leave", "The agreement may be terminated early.").outcome == .pass)
    }

    @Test func anUnconditionalRuleReadsOnlyWhatIsStatedOutright() throws {
        #expect(try result("terms.at-will", "The client may terminate on 30 days' notice.").outcome == .pass)
        for conditional in [
            "If the launch slips past June, the client may terminate on 30 days' notice.",
            "(b) In the event of a sale of the provider, the client may terminate on 30 days' notice.",
            "Should the hosting site close, the client may terminate on 30 days' notice.",
            "The client may terminate on 30 days' notice if the provider is sold.",
            "The client may terminate on 30 days' notice only if the provider is sold.",
        ] {
            let read = try result("terms.at-will", conditional)
            #expect(read.outcome == .unknown, "\(conditional)")
            #expect(read.trace.contains { $0.contains("waits on a condition") }, "\(conditional)")
        }
        // A lead that announces the events is no right until an item says which.
        let announced = try result("terms.at-will", "The client may terminate on 30 days' notice upon the occurrence of any of these events:")
        #expect(announced.outcome == .unknown && announced.trace.contains { $0.contains("announces the items that follow it") })
        // A proviso after the right, a wish, or a condition in another clause leaves it outright.
        #expect(try result("terms.at-will", "The client may terminate on 30 days' notice, provided that if it does so it pays for work done.").outcome == .pass)
        #expect(try result("terms.at-will", "If the client wishes to leave, the client may terminate on 30 days' notice.").outcome == .pass)
        #expect(try result("terms.at-will", "The client may terminate on 30 days' notice, which notice should be in writing.").outcome == .pass)
        #expect(try result("terms.at-will", "If the provider is sold it must say so; the client may terminate on 30 days' notice.").outcome == .pass)
    }

    @Test func anOfferOrAnAimIsAHintNotACommitment() throws {
        #expect(try result("terms.mfa", "We enforce MFA for all users.").outcome == .pass)
        let offered = try result("terms.mfa", "MFA is available for all users.")
        #expect(offered.outcome == .partial && offered.trace.contains { $0.contains("not committed ('available')") })
        let aimed = try result("terms.response", "We aim to respond within 15 minutes.")
        #expect(aimed.outcome == .partial && aimed.value == 15 && aimed.score == 0.5)
        // A hedge on the next column is that column's: the response is still committed.
        #expect(try result("terms.response", "Response: 15 minutes, Resolution target: 4 hours").outcome == .pass)
        // A disclaimer in the next sentence withdraws the promise.
        let disclaimed = try result("terms.response", "We respond within 15 minutes. These times are targets, not guarantees.")
        #expect(disclaimed.outcome == .partial && disclaimed.trace.contains { $0.contains("disclaimed at line 1") })
        // A figure that fails the threshold fails, hedged or not.
        #expect(try result("terms.response", "We aim to respond within one business day.").outcome != .pass)
    }

    @Test func holderCommitmentAndUnconditionalTakeOnlyTheirValues() {
        for (key, value, message) in [("holder", "either", "holder must be msp or client"), ("commitment", "maybe", "commitment must be required or optional"),
                                     ("unconditional", "sometimes", "unconditional")] {
            let text = """
                version: 1
                id: terms
                title: Terms
                checks:
                  - id: bad
                    title: Bad
                    polarity: strength
                    rationale: A bad option.
                    patterns: ["x"]
                    \(key): \(value)
                """
            #expect(throws: Diagnostic.self) { try CriteriaLoader().load(texts: [("terms.yaml", text)]) }
            do {
                _ = try CriteriaLoader().load(texts: [("terms.yaml", text)])
            } catch {
                #expect("\(error)".contains(message) && "\(error)".contains("terms.yaml:10:\(key.count + 7):"))
            }
        }
    }
}
