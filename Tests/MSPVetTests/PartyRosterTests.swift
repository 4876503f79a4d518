import Testing
@testable import MSPVet

/// Who holds a right or a duty: contracts name their parties by defined terms, and a right to
/// leave is the client's only when the client holds it.
@Suite("Parties: who is the MSP and who the client")
struct PartyRosterTests {
    /// A master services agreement that names the MSP "Acme IT" and the client by its own name.
    private func agreement(_ clauses: String) -> String {
        """
        MASTER SERVICES AGREEMENT

        This Master Services Agreement is made on 2 March 2026 between Acme IT Services LLC, a Texas limited liability company ("Acme IT" or "Provider"), and Northwind Logistics Ltd. ("Northwind").

        1. DEFINITIONS

        1.1 "Services" means the managed services set out in Schedule A (the "Services").

        \(clauses)
        """
    }

    private let northwind = ClientProfile(name: "Northwind Logistics", stack: [:])

    @Test func definedNamesTakeTheirPartysRole() {
        let roster = PartyRoster(proposal(agreement("")), clientName: nil)
        #expect(roster.definitions["acme it services llc"] == .msp)
        #expect(roster.definitions["acme it"] == .msp)
        // Northwind is placed by being the other of the two companies defined.
        #expect(roster.definitions["northwind"] == .client)
        #expect(roster.definitions["northwind logistics ltd"] == .client)
        // A defined term that is not a party names nobody.
        #expect(roster.definitions["services"] == nil)
        // A person given a role is a party too: the company beside them is the other side.
        let consulting = PartyRoster(sentences: ["This agreement is between Harbour Foods Ltd (the \"Company\") and Dana Reyes, an individual (the \"Consultant\")."], clientName: nil)
        #expect(consulting.definitions["company"] == .client && consulting.definitions["consultant"] == .msp)
    }

    /// The name before a definition is its run of capitalised words, read from the end of the
    /// text before the parenthesis: by bytes when that text is ASCII, by Characters otherwise,
    /// with the same answers (a description after a comma stepped over, "of" and "&" kept inside).
    @Test func theEntityIsTheCapitalisedRunBeforeTheDefinition() {
        func entities(_ text: String) -> [String?] { PartyDefinition.all(in: text).map(\.entity) }
        #expect(entities("between Acme IT Services LLC, a Texas company (\"Provider\")") == ["Acme IT Services LLC"])
        #expect(entities("between Société Générale Conseil SA, a French company (\"Provider\")") == ["Société Générale Conseil SA"])
        #expect(entities("and the Bank of Northern Isles (the \"Client\")") == ["Bank of Northern Isles"])
        #expect(entities("and the Banque du Nord Île (the \"Client\")") == ["Nord Île"])
        #expect(entities("and Harbour & Pine Dental Group\u{00A0}(\"Client\")") == ["Harbour & Pine Dental Group"])
        #expect(entities("signed by the parties below (\"Parties\")") == [nil])
    }

    @Test func theClientProfilesNameMarksTheClient() {
        let text = "This agreement is between Northwind Logistics and Bluebird Tech Inc. (\"Bluebird\")."
        let roster = PartyRoster(proposal(text), clientName: "Northwind Logistics")
        #expect(roster.definitions["Northwind Logistics"] == .client)
        #expect(roster.definitions["bluebird"] == nil)
        let tokens = Tokenizer.tokenize("Northwind Logistics may terminate for convenience.")
        #expect(roster.holder(of: 3..<6, in: tokens) == .client)
    }

    @Test func theHolderIsThePartyThatActs() {
        let roster = PartyRoster(proposal(agreement("")), clientName: nil)
        func holder(_ sentence: String, of phrase: String) -> PartyRole? {
            let tokens = Tokenizer.tokenize(sentence)
            let words = Tokenizer.tokenize(phrase).map(\.text)
            let start = tokens.indices.first { tokens[$0...].prefix(words.count).map(\.text) == words }!
            return roster.holder(of: start..<(start + words.count), in: tokens)
        }
        #expect(holder("Northwind may terminate this Agreement without cause.", of: "terminate this agreement without cause") == .client)
        #expect(holder("Acme IT may terminate this Agreement for convenience.", of: "terminate this agreement for convenience") == .msp)
        #expect(holder("This Agreement may be terminated for convenience by Northwind.", of: "terminated for convenience") == .client)
        #expect(holder("Either party may terminate for convenience.", of: "terminate for convenience") == .both)
        #expect(holder("Each of Northwind and the Provider may terminate for convenience.", of: "terminate for convenience") == .both)
        // Named together inside the match, the two parties hold it together too.
        #expect(holder("Either Acme IT or Northwind may terminate on notice.", of: "either acme it or northwind may terminate") == .both)
        #expect(holder("Acme IT may terminate if Northwind fails to pay.", of: "acme it may terminate if northwind") == .msp)
        // "Either … or …" offers the right to both, though the second is a name the roster lacks.
        #expect(holder("Either Acme IT or Harbour Foods may terminate on notice.", of: "may terminate on notice") == .both)
        #expect(holder("Either the Consultant or Harbour Foods may terminate on notice.", of: "may terminate on notice") == .both)
        #expect(holder("The Consultant or Harbour Foods may terminate on notice.", of: "may terminate on notice") == .msp)
        // "US" in capitals beside ordinary words is the country, not "us", the MSP.
        #expect(holder("Harbour Foods US may terminate this agreement for any reason on notice.", of: "for any reason on notice") == nil)
        #expect(holder("Northwind may ask US counsel whether to terminate for convenience.", of: "for convenience") == .client)
        #expect(holder("Northwind may ask us to terminate for convenience.", of: "for convenience") == .msp)
        #expect(holder("NORTHWIND MAY ASK US TO TERMINATE FOR CONVENIENCE.", of: "for convenience") == .msp)
        // The known party named second: "either Harbour Foods US or the Consultant".
        #expect(holder("This agreement may be ended by either Harbour Foods US or Acme IT for any reason on notice.", of: "for any reason on notice") == .both)
        #expect(holder("This agreement may be ended by either Harbour Foods US or the Provider for any reason on notice.", of: "for any reason on notice") == .both)
        #expect(holder("This agreement may be ended by Harbour Foods US or the Provider for any reason on notice.", of: "for any reason on notice") == .msp)
        // The party a notice is given to, inside the match, does not hold what the giver chose.
        #expect(holder("If Northwind decides to end this contract early, it shall give the Provider sixty days' notice.",
                       of: "decides to end this contract early it shall give the provider sixty days notice") == .client)
        #expect(holder("Northwind may end it by written notice to the Provider.", of: "end it by written notice to the provider") == .client)
        #expect(holder("Acme IT shall deliver to Northwind every password.", of: "deliver to northwind every password") == .msp)
        // The nearest party acting, not the nearest named: Provider pays, Northwind is paid.
        #expect(holder("Provider shall pay Northwind a termination fee.", of: "termination fee") == .msp)
        // A possessive owns something in the clause; it does not act in it.
        #expect(holder("Your data is backed up nightly.", of: "backed up") == nil)
        #expect(holder("All scripts remain the exclusive property of Acme IT.", of: "remain the exclusive property") == .msp)
        // One inside the match says whose thing it is, unless a party before it is the subject
        // of a modal verb: then that party does the deed to the other's thing.
        #expect(holder("All records shall remain Northwind's exclusive property.", of: "remain northwind's exclusive property") == .client)
        #expect(holder("The Northwind list is and remains our exclusive property.", of: "remains our exclusive property") == .msp)
        #expect(holder("Northwind may end Acme IT's services at any time.", of: "end acme it's services at any time") == .client)
        #expect(holder("Acme IT may end Northwind's subscription at any time.", of: "end northwind's subscription at any time") == .msp)
        // Before the match too, the party given notice holds nothing: the giver does.
        #expect(holder("It ends ninety days after Northwind gives the Provider notice of termination for any reason.", of: "termination for any reason") == .client)
        // "another provider" is not the MSP.
        #expect(holder("Northwind may hire another provider for convenience.", of: "for convenience") == .client)
        #expect(holder("The weather was fine for convenience.", of: "for convenience") == nil)
    }

    @Test func aConvenienceRightHeldOnlyByTheMSPIsNoWayOutForTheClient() {
        let mspOnly = agreement("5.2 Acme IT may terminate this Agreement for convenience on ninety (90) days' written notice.")
        let result = Scorer(criteria: Repo.criteria, client: northwind).evaluate(CheckID("lock-in.termination-for-convenience")!, in: proposal(mspOnly))
        #expect(result?.outcome == .unknown)
        #expect(result?.trace.contains { $0.contains("held by the MSP, not the client") } == true)

        let both = agreement("""
        5.1 Northwind may terminate this Agreement without cause on thirty (30) days' written notice.

        5.2 Acme IT may terminate this Agreement for convenience on ninety (90) days' written notice.
        """)
        let clientHeld = Scorer(criteria: Repo.criteria, client: northwind).evaluate(CheckID("lock-in.termination-for-convenience")!, in: proposal(both))
        #expect(clientHeld?.outcome == .pass)
        #expect(clientHeld?.decidingEvidence?.text.hasPrefix("5.1 Northwind may terminate") == true)
    }

    @Test func aRightThatWaitsOnAnEventIsNoWayOutAtWill() {
        let check = CheckID("lock-in.termination-for-convenience")!
        func outcome(_ clause: String) -> Outcome? {
            Scorer(criteria: Repo.criteria, client: northwind).evaluate(check, in: proposal(agreement(clause)))?.outcome
        }
        #expect(outcome("5.1 Northwind may terminate this Agreement on sixty (60) days' written notice.") == .pass)
        #expect(outcome("5.1 If the Services have not gone live by 1 June 2026, Northwind may terminate this Agreement on written notice.") == .unknown)
        #expect(outcome("5.1 Northwind may terminate this Agreement on written notice in the event that Acme IT is acquired by a competitor.") == .unknown)
        // A condition that is only Northwind's wish waits on nothing.
        #expect(outcome("5.1 If Northwind wishes to end the Services early, Northwind may terminate this Agreement on sixty (60) days' written notice.") == .pass)
    }

    @Test func toolsKeptByTheClientAreNotTheMSPsLockIn() {
        let kept = agreement("8.3 All monitoring scripts and runbooks remain the exclusive property of Acme IT.")
        #expect(result("lock-in.tool-ownership", for: kept).outcome == .fail)
        let own = agreement("8.3 Northwind's line-of-business software remains the exclusive property of Northwind.")
        #expect(result("lock-in.tool-ownership", for: own).outcome == .unknown)
    }

    @Test func aBackupDutyLeftWithTheClientIsNotTheMSPsStrength() {
        let duty = agreement("6.4 Northwind is responsible for backing up the data held on its own laptops.")
        #expect(result("security.backup-testing", for: duty).outcome == .unknown)
        let service = agreement("6.4 Acme IT backs up the servers nightly and tests a restore every quarter.")
        #expect(result("security.backup-testing", for: service).outcome == .pass)
    }

    @Test func aFeeTheClientPaysOnLeavingIsAFeeNotARight() {
        let text = agreement("5.3 If Northwind terminates without cause, Northwind shall pay the termination fee in Schedule B.")
        #expect(result("lock-in.termination-fee", for: text).outcome == .fail)
        #expect(result("lock-in.termination-for-convenience", for: text).outcome == .unknown)
    }
}
