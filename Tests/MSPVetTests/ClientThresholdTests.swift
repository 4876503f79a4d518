import Foundation
import Testing
@testable import MSPVet

/// A client sets the lines it cares about in its profile; the criteria files stay as shipped.
@Suite("Client thresholds: a profile's own lines for value checks")
struct ClientThresholdTests {
    static let renewal = """
        14. TERM AND RENEWAL

        14.1 This Agreement renews automatically for successive twelve (12) month terms unless either party gives written notice of non-renewal at least forty-five (45) days before the end of the then-current term.
        """

    private func profile(_ thresholds: String) throws -> ClientProfile {
        let text = "version: 1\nname: Harbor & Pine\nthresholds:\n" + thresholds
        return try ClientProfileLoader(catalogue: Repo.criteria.catalogue).load(text: text, path: "client.yaml").profile
    }

    private func notice(with client: ClientProfile?) throws -> CheckResult {
        let criteria = try Repo.criteria.applying(client?.thresholds ?? [])
        return try #require(Scorer(criteria: criteria, client: client).evaluate(CheckID("lock-in.notice-period")!, in: proposal(Self.renewal, path: "msa.md")))
    }

    @Test func aStricterLineTurnsAPartialIntoAFail() throws {
        // The criteria pass 30 days and fail above 60: 45 days is partial.
        #expect(try notice(with: nil).outcome == .partial)
        let strict = try profile("  lock-in.notice-period: {fail-above: 40}\n")
        let result = try notice(with: strict)
        #expect(result.outcome == .fail && result.value == 45)
    }

    @Test func aBareCheckIdIsEnoughWhenOnlyOneCategoryHasIt() throws {
        let lenient = try profile("  notice-period: {pass-at-most: 45, fail-above: 90}\n")
        #expect(try notice(with: lenient).outcome == .pass)
    }

    @Test(arguments: [
        ("  notice-period: {pass-at-least: 30}\n", "client.yaml:4:18: error: lock-in.notice-period is graded lower is better: use pass-at-most and fail-above, not pass-at-least"),
        ("  notice-perod: {pass-at-most: 30}\n", "client.yaml:4:17: error: no check 'notice-perod' in the criteria; did you mean 'notice-period'?"),
        ("  lock-in.auto-renewal: {pass-at-most: 1}\n", "client.yaml:4:25: error: lock-in.auto-renewal is a phrase check; only value checks have thresholds"),
        ("  notice-period: {pass-at-most: 90}\n", "client.yaml:4:18: error: pass-at-most 90 and fail-above 60 cross for lock-in.notice-period; set fail-above too"),
    ])
    func aLineTheCriteriaCannotTakeIsALocatedError(thresholds: String, message: String) throws {
        let client = try profile(thresholds)
        #expect(throws: Diagnostic.self) { try Repo.criteria.applying(client.thresholds) }
        do {
            _ = try Repo.criteria.applying(client.thresholds)
        } catch let error as Diagnostic {
            #expect(error.description == message)
        }
    }

    @Test func aProfileThresholdMustBeANumberItCanUse() throws {
        #expect(throws: Diagnostic.self) { try profile("  notice-period: {pass-at-most: -3}\n") }
        #expect(throws: Diagnostic.self) { try profile("  notice-period: {}\n") }
        #expect(throws: Diagnostic.self) { try profile("  notice-period: {pass-at-mst: 3}\n") }
    }

    @Test func criteriaShowPrintsTheDefinitionWithTheProfilesLines() throws {
        let folder = temporaryFolder()
        let client = write("version: 1\nname: Harbor & Pine\nthresholds:\n  risk.liability-cap: {pass-at-least: 24}\n", to: "client.yaml", in: folder)
        let run = try CLI.run(["criteria", "show", "risk.liability-cap", "--client", client])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "# risk.liability-cap: Liability cap in months of fees (months)")
        #expect(lines.contains("# graded in months: pass at least 24, fail below 6 (the client profile's; the criteria say pass at least 12, fail below 6)"))
        #expect(lines.contains("- id: liability-cap"))
        #expect(lines.contains("  pass-at-least: 24    # the client profile's; the criteria say 12"))
        #expect(lines.contains("  fail-below: 6"))
        // The whole definition, examples included, and nothing of the next check.
        #expect(run.stdout.contains("examples:") && !run.stdout.contains("id: uncapped-client-liability"))
    }

    @Test func criteriaShowNamesAnUnknownCheck() throws {
        let run = try CLI.run(["criteria", "show", "lock-in.notice-perod"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("unknown check 'lock-in.notice-perod'; did you mean 'lock-in.notice-period'?"))
    }
}
