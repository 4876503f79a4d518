import Foundation
import Testing
@testable import MSPVet

/// Renderers are pure functions of a ranking; their whole output on the Samples is pinned in golden
/// files, produced in-process from the library. After an intended change, run the suite once with
/// `MSPVET_UPDATE_GOLDEN=1`: it rewrites the files and fails ("recorded a new baseline"), so a
/// recording run is never green; read `git diff Tests/MSPVetTests/Golden` and run again.
@Suite("Reporters")
struct ReporterTests {
    @Test(arguments: [("table", "samples.table.txt"), ("markdown", "samples.md"), ("json", "samples.json")])
    func samplesMatchTheGoldenFile(format: String, golden: String) throws {
        let renderer = try #require(Renderers.renderer(named: format, family: .score))
        let report = ClientReport(ranking: Golden.sampleRanking, criteria: Repo.criteria, client: Repo.sampleClient)
        try Golden.compare(try renderer.render(report, options: RenderOptions()), with: golden)
    }

    @Test(arguments: [("markdown", "report.md"), ("csv", "report.csv")])
    func theClientReportMatchesTheGoldenFile(format: String, golden: String) throws {
        let renderer = try #require(Renderers.renderer(named: format, family: .report))
        try Golden.compare(try renderer.render(try Golden.sampleReport(), options: RenderOptions()), with: golden)
    }

    @Test func explainMatchesTheGoldenFile() throws {
        let document = try Golden.read("Samples/proposals/cloudbridge-it.docx")
        let id = try #require(CheckID("stack-bias.platform-migration"))
        let scorer = Scorer(criteria: Repo.criteria, client: Repo.sampleClient)
        let result = try #require(scorer.evaluate(id, in: document))
        let check = try #require(Repo.criteria.check(id))
        try Golden.compare(Data(ExplainRenderer().render(result, check: check, document: document).utf8), with: "explain.platform-migration.txt")
    }

    /// The checker itself, on a golden file of its own: a match passes, a mismatch fails, and a
    /// recording writes the file and fails too.
    @Test func aDifferenceOrARecordingFails() throws {
        let folder = temporaryFolder().path
        try Data("the table\n".utf8).write(to: URL(fileURLWithPath: "\(folder)/golden.txt"))
        try Golden.compare(Data("the table\n".utf8), with: "golden.txt", in: folder, recording: false)
        withKnownIssue {
            try Golden.compare(Data("not the table\n".utf8), with: "golden.txt", in: folder, recording: false)
        }
        withKnownIssue {
            try Golden.compare(Data("a new table\n".utf8), with: "golden.txt", in: folder, recording: true)
        }
        #expect(try String(contentsOfFile: "\(folder)/golden.txt", encoding: .utf8) == "a new table\n")
    }

    @Test func markdownEscapesProposalText() throws {
        let document = proposal("We charge **no** | early termination fees <script>alert(1)</script> `ever`.", path: "a|b*.md")
        let ranking = Scorer(criteria: Repo.criteria).rank([document])
        let markdown = MarkdownRenderer().render(ranking, criteria: Repo.criteria)
        #expect(markdown.contains("## 1. a\\|b\\*"))
        #expect(markdown.contains("\\<script\\>"))
        #expect(!markdown.contains("<script>"))
    }

    @Test func theTableShowsLowEvidenceAndEveryCategory() {
        let ranking = Scorer(criteria: Repo.criteria).rank([proposal("Hello there.", path: "thin.md")])
        let table = TableRenderer().render(ranking, criteria: Repo.criteria)
        let header = table.split(separator: "\n", omittingEmptySubsequences: false)[2]
        #expect(header.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
                == ["Rank", "Bid", "Total", "lock-in", "strategy", "stack-bias", "access", "accountability", "risk", "security", "service", "payment", "pricing", "Coverage"])
        #expect(table.contains("thin — 22.3/100, coverage 0% (low evidence: too little said to rank on merit)"))
    }
}
