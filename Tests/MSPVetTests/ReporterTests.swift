import Foundation
import Testing
@testable import MSPVet

/// Reporters are pure functions of a ranking; their whole output on the Samples is pinned in golden
/// files. After an intended change, regenerate with `MSPVET_UPDATE_GOLDEN=1 swift test` and read the diff.
@Suite("Reporters")
struct ReporterTests {
    private func compare(_ actual: String, golden name: String) throws {
        let path = Repo.path("Tests/MSPVetTests/Golden/\(name)")
        if ProcessInfo.processInfo.environment["MSPVET_UPDATE_GOLDEN"] == "1" {
            try actual.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOfFile: path, encoding: .utf8)
        #expect(actual == expected, "output differs from \(name); if intended, regenerate with MSPVET_UPDATE_GOLDEN=1")
    }

    @Test(arguments: [("table", "samples.table.txt"), ("markdown", "samples.md"), ("json", "samples.json")])
    func samplesMatchTheGoldenFile(format: String, golden: String) throws {
        let run = try CLI.run(["score", "--format", format] + CLITests.samples)
        #expect(run.status == 0)
        try compare(run.stdout, golden: golden)
    }

    @Test(arguments: [("markdown", "report.md"), ("csv", "report.csv")])
    func theClientReportMatchesTheGoldenFile(format: String, golden: String) throws {
        // Criteria named relatively: the report records input paths, which must not depend on the clone.
        let run = try CLI.run(["report", "--format", format, "--criteria", "Criteria"] + CLITests.samples)
        #expect(run.status == 0)
        try compare(run.stdout, golden: golden)
    }

    @Test func explainMatchesTheGoldenFile() throws {
        let run = try CLI.run(["explain", "--client", "Samples/client.yaml", "--check", "stack-bias.platform-migration",
                               "Samples/proposals/cloudbridge-it.docx"])
        #expect(run.status == 0)
        try compare(run.stdout, golden: "explain.platform-migration.txt")
    }

    @Test func markdownEscapesProposalText() throws {
        let document = proposal("We charge **no** | early termination fees <script>alert(1)</script> `ever`.", path: "a|b*.md")
        let ranking = Scorer(criteria: Repo.criteria).rank([document])
        let markdown = MarkdownReporter().render(ranking, criteria: Repo.criteria)
        #expect(markdown.contains("## 1. a\\|b\\*"))
        #expect(markdown.contains("\\<script\\>"))
        #expect(!markdown.contains("<script>"))
    }

    @Test func theTableShowsLowEvidenceAndEveryCategory() {
        let ranking = Scorer(criteria: Repo.criteria).rank([proposal("Hello there.", path: "thin.md")])
        let table = TableReporter().render(ranking, criteria: Repo.criteria)
        let header = table.split(separator: "\n", omittingEmptySubsequences: false)[2]
        #expect(header.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
                == ["Rank", "Bid", "Total", "lock-in", "strategy", "stack-bias", "accountability", "security", "service", "pricing", "Coverage"])
        #expect(table.contains("thin — 15.1/100, coverage 0% (low evidence: too little said to rank on merit)"))
    }
}
