import Testing
@testable import MSPVet

/// Every example written beside every default check is a test case: the criteria files are the
/// documentation, and this suite keeps them honest.
@Suite("Default criteria: every check's examples")
struct CriteriaExampleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var check: CheckID
        var example: CheckExample
        var testDescription: String { "\(check) \(example.expected.rawValue) @\(example.location.line)" }
    }

    static let cases: [Case] = ExampleRunner(criteria: Repo.criteria).allExamples.map { Case(check: $0.0, example: $0.1) }

    @Test(arguments: cases)
    func exampleHolds(_ testCase: Case) {
        let result = ExampleRunner(criteria: Repo.criteria).run(testCase.example, of: testCase.check)
        #expect(result.passed, "\(result.summary)\n\(result.trace.joined(separator: "\n"))")
    }

    /// The ids reports and users rely on; renaming one is a breaking change.
    static let publicIDs = """
        lock-in.auto-renewal lock-in.initial-term lock-in.notice-period lock-in.termination-fee
        lock-in.termination-for-convenience lock-in.exit-assistance lock-in.data-ownership lock-in.tool-ownership
        lock-in.exclusivity lock-in.price-escalation stack-bias.platform-migration stack-bias.standard-stack
        stack-bias.vendor-neutral strategy.planning-participation strategy.business-roadmap strategy.process-design
        strategy.capacity-only accountability.named-lead accountability.staff-continuity accountability.escalation-path
        service.response-sla service.service-credits service.after-hours security.mfa security.edr
        security.backup-testing security.incident-response security.cyber-insurance security.attestation
        pricing.per-user-price pricing.out-of-scope-rates pricing.hidden-fees
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    @Test(arguments: publicIDs)
    func publicCheckExistsWithExamplesBothWays(id: String) throws {
        let checkID = try #require(CheckID(id))
        let check = try #require(Repo.criteria.check(checkID), "missing default check \(id)")
        let outcomes = Set(check.examples.map(\.expected))
        // A check must show text that triggers it and text that must not.
        #expect(outcomes.contains(check.polarity == .redFlag ? .fail : .pass) || check.kind == .value)
        #expect(outcomes.contains(.unknown) || (outcomes.contains(.pass) && outcomes.contains(.fail)))
    }

    @Test func valueChecksStateTheirValueInExamples() {
        for check in Repo.criteria.allChecks where check.kind == .value {
            let graded = check.examples.filter { $0.expected != .unknown }
            #expect(!graded.isEmpty && graded.allSatisfy { $0.value != nil }, "\(check.id) examples must state the value read")
        }
    }

    @Test func theDefaultCriteriaLintClean() {
        #expect(CriteriaLinter().warnings(for: Repo.criteria).isEmpty)
    }
}
