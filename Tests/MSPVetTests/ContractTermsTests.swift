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

    /// Every default check says what to request, so no report falls back to the rationale.
    @Test func everyDefaultCheckHasAnAsk() {
        #expect(Repo.criteria.allChecks.filter { $0.ask == nil }.map(\.id.description) == [])
    }
}
