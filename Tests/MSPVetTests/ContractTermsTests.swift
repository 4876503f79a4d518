import Testing
@testable import MSPVet

/// The terms a fractional CIO negotiates, read from a master services agreement laid out as real
/// ones are: defined party names, numbered clauses, a schedule. Each check gives its outcome, the
/// figure from the sentence it quotes, and what to ask for instead.
@Suite("Contract terms: liability, payment, staff, price rises — with the ask")
struct ContractTermsTests {
    static let agreement = """
        MASTER SERVICES AGREEMENT

        This Master Services Agreement is made on 2 March 2026 between Acme IT Services LLC ("Acme IT" or "Provider") and Northwind Logistics Ltd. ("Northwind").

        7. FEES AND PAYMENT

        7.1 Northwind shall pay each invoice within ten (10) days of its date.

        7.2 Amounts not paid when due bear interest at one and a half percent (1.5%) per month.

        7.3 Provider may increase the Fees once in each contract year by up to 5% per year on sixty (60) days' notice.

        11. LIMITATION OF LIABILITY

        11.1 Provider's total liability under this Agreement shall not exceed the fees paid by Northwind in the three (3) months preceding the claim.

        12. NON-SOLICITATION

        12.1 If Northwind hires any employee of Provider during the Term or within twelve (12) months after it, Northwind shall pay Provider a placement fee of $50,000.
        """

    static let northwind = ClientProfile(name: "Northwind Logistics", stack: [:])

    private func check(_ id: String) throws -> CheckResult {
        let checkID = try #require(CheckID(id))
        return try #require(Scorer(criteria: Repo.criteria, client: Self.northwind).evaluate(checkID, in: proposal(Self.agreement, path: "msa.md")))
    }

    @Test(arguments: [
        ("risk.liability-cap", Outcome.fail, 3.0, "11.1 Provider's total liability", "A liability cap of at least 12 months' fees"),
        ("payment.payment-terms", .fail, 10, "7.1 Northwind shall pay each invoice", "Payment thirty days from the invoice date"),
        ("payment.late-fees", .partial, 1.5, "7.2 Amounts not paid when due", "Interest on late payment of no more than 1% a month"),
        ("lock-in.staff-non-solicit", .fail, 50_000, "12.1 If Northwind hires any employee", "Non-solicitation limited to active recruiting"),
        ("lock-in.price-escalation", .partial, 5, "7.3 Provider may increase the Fees", "Prices fixed for the initial term"),
    ])
    func eachTermIsReadWithItsFigureAndTheAsk(id: String, outcome: Outcome, value: Double, quote: String, ask: String) throws {
        let result = try check(id)
        #expect(result.outcome == outcome)
        #expect(result.value == value)
        // The figure comes from the sentence quoted.
        let deciding = try #require(result.decidingEvidence)
        #expect(deciding.text.hasPrefix(quote))
        #expect(result.openAsk?.hasPrefix(ask) == true)
    }

    @Test func aPassedCheckHasNoOpenAsk() throws {
        let fixed = "Your per-user price is locked for the full 36-month term."
        let result = try #require(Scorer(criteria: Repo.criteria).evaluate(CheckID("lock-in.price-escalation")!, in: proposal(fixed)))
        #expect(result.outcome == .pass && result.ask != nil && result.openAsk == nil)
    }

    /// The rest of a real agreement: who pays when things go wrong, who holds the keys, and how
    /// the exit runs. Stated harshly where a client would push back, fairly where it would not.
    static let schedule = """
        MASTER SERVICES AGREEMENT

        This Agreement is made between Keystone Managed IT Inc. ("Keystone" or "Provider") and Bayview Clinics LLC ("Bayview" or "Client").

        8. PAYMENT

        8.4 Invoices are deemed accepted unless Client disputes them in writing within seven (7) days of receipt.

        8.5 Provider may suspend all Services immediately if any invoice is past due.

        11. LIABILITY

        11.2 In no event shall Provider be liable for any indirect, incidental or consequential damages, including lost profits or lost data.

        11.3 The limitations in this Section 11 shall not apply to Client's indemnification obligations.

        11.4 Client must bring any claim within six (6) months after the event giving rise to it.

        13. SECURITY

        13.1 Provider shall notify Client of any security breach affecting Client data within five (5) business days.

        13.2 Security logs are retained for ninety (90) days.

        15. ACCESS AND EXIT

        15.1 Client retains the global administrator accounts for its Microsoft 365 tenant; Provider works through delegated accounts.

        15.2 For convenience, domains are registered in Provider's name and account.

        15.3 Within thirty (30) days after termination, Provider shall return all Client data in a standard format.

        15.4 Upon termination, Provider will revoke all of its access to Client's systems and uninstall its remote management agents.

        SCHEDULE B: SERVICE LEVELS

        The response times above are targets, not guarantees.
        """

    @Test(arguments: [
        ("payment.invoice-dispute-window", Outcome.fail, 7.0 as Double?, "8.4 Invoices are deemed accepted"),
        ("payment.suspension-for-non-payment", .fail, nil, "8.5 Provider may suspend all Services"),
        ("risk.consequential-damages", .fail, nil, "11.2 In no event shall Provider be liable"),
        ("risk.uncapped-client-liability", .fail, nil, "11.3 The limitations in this Section 11"),
        ("risk.claims-deadline", .fail, 180, "11.4 Client must bring any claim"),
        ("security.breach-notification", .fail, 120, "13.1 Provider shall notify Client"),
        ("security.log-retention", .fail, 90, "13.2 Security logs are retained"),
        ("access.admin-credentials", .pass, nil, "15.1 Client retains the global administrator accounts"),
        ("access.domain-control", .fail, nil, "15.2 For convenience, domains are registered"),
        ("access.data-return", .pass, 30, "15.3 Within thirty (30) days after termination"),
        ("access.access-removal-on-exit", .pass, nil, "15.4 Upon termination, Provider will revoke"),
        ("service.sla-hedges", .fail, nil, "The response times above are targets"),
    ])
    func theKeysLiabilityAndExitAreReadFromTheClauseQuoted(id: String, outcome: Outcome, value: Double?, quote: String) throws {
        let checkID = try #require(CheckID(id))
        let result = try #require(Scorer(criteria: Repo.criteria, client: Self.northwind).evaluate(checkID, in: proposal(Self.schedule, path: "msa.md")))
        #expect(result.outcome == outcome)
        #expect(result.value == value)
        let deciding = try #require(result.decidingEvidence)
        #expect(deciding.text.hasPrefix(quote))
        #expect(result.openAsk == (outcome == .pass ? nil : result.ask))
    }

    /// Service levels as real schedules state them: a table of tiers, the urgent one slower than a
    /// routine one's auto-acknowledgement. The most urgent tier decides, not the smallest figure.
    @Test func responseTimesAreReadPerPriorityAndTheMostUrgentDecides() throws {
        let schedule = """
            SCHEDULE B: SERVICE LEVELS

            | Priority | Description | Response | Resolution target |
            |---|---|---|---|
            | Priority 1 | Practice cannot see patients | 2 hours | 8 hours |
            | Priority 2 | One clinic degraded | 4 hours | 2 business days |
            | Priority 3 | Single user affected | 30 minutes | 5 business days |
            | Priority 4 | Requests and changes | 1 business day | 10 business days |
            """
        let result = try #require(Scorer(criteria: Repo.criteria).evaluate(CheckID("service.response-sla")!, in: proposal(schedule, path: "schedule-b.md")))
        #expect(result.byPriority.map(\.label) == ["P1", "P2", "P3", "P4"])
        #expect(result.byPriority.map(\.value) == [120, 240, 30, 1440])
        #expect(result.value == 120 && result.outcome == .partial)
        #expect(result.decidingEvidence?.text.contains("Priority 1") == true)
        // A schedule without tiers reads as before: the fastest figure.
        let plain = try #require(Scorer(criteria: Repo.criteria).evaluate(CheckID("service.response-sla")!, in: proposal("We respond within 1 hour, or 15 minutes for security alerts.")))
        #expect(plain.byPriority.isEmpty && plain.value == 15)
    }

    /// Giving up its own access on exit is a clean handover, not the MSP taking its tools away.
    @Test func removingTheProvidersAccessIsNotToolLockIn() throws {
        let result = try #require(Scorer(criteria: Repo.criteria).evaluate(CheckID("lock-in.tool-ownership")!, in: proposal(Self.schedule, path: "msa.md")))
        #expect(result.outcome == .unknown)
    }

    /// Every default check says what to request, so no report falls back to the rationale.
    @Test func everyDefaultCheckHasAnAsk() {
        #expect(Repo.criteria.allChecks.filter { $0.ask == nil }.map(\.id.description) == [])
    }
}
