import Foundation
import Testing
@testable import MSPVet

/// Files are read and scored several at a time and each document dropped once scored; the output
/// must not depend on how many at a time, nor on which worker finished first.
@Suite("Scoring files in parallel")
struct FileScoringTests {
    @Test func anyNumberOfJobsGivesTheSameScoresInTheSameOrder() throws {
        let scorer = Scorer(criteria: Repo.criteria, client: Repo.sampleClient)
        // The PDF and the Word document take longest, so with two workers they finish out of order.
        let paths = Repo.sampleProposals + [Repo.path("Samples/incumbent/ridgeline-msa-2024.md")]
        let runs = [1, 2, 5].map { jobs in scorer.score(paths: paths, reader: ProposalReader(), jobs: jobs) { $0.sentences.count } }
        let one = try runs[0].map { try $0.get() }
        #expect(one.count == paths.count)
        #expect(one.map(\.score.file) == paths)
        #expect(one.allSatisfy { $0.extra > 0 })
        for run in runs.dropFirst() {
            let other = try run.map { try $0.get() }
            #expect(other.map(\.score.name) == one.map(\.score.name))
            #expect(other.map(\.score.score) == one.map(\.score.score))
            #expect(other.map { $0.score.checks.map(\.outcome) } == one.map { $0.score.checks.map(\.outcome) })
            #expect(other.map(\.extra) == one.map(\.extra))
        }
        #expect(scorer.rank(scores: one.map(\.score)).proposals.map(\.name) == scorer.rank(try paths.map { try ProposalReader().read(path: $0) }).proposals.map(\.name))
    }

    /// A folder's scores keep what rankings and reports show; the step-by-step reasoning, which
    /// only `explain` prints for one document, is not held for every file.
    @Test func scoresOfManyFilesKeepEverythingButTheReasoning() throws {
        let scorer = Scorer(criteria: Repo.criteria, client: Repo.sampleClient)
        let path = Repo.sampleProposals[0]
        let kept = try #require(try scorer.score(paths: [path], reader: ProposalReader(), jobs: 1) { _ in () }.first?.get()).score
        let direct = scorer.score(try ProposalReader().read(path: path))
        #expect(direct.checks.contains { !$0.trace.isEmpty })
        #expect(kept.checks.allSatisfy { $0.trace.isEmpty })
        #expect(kept.checks.map(\.outcome) == direct.checks.map(\.outcome))
        #expect(kept.checks.map(\.evidence.count) == direct.checks.map(\.evidence.count))
        #expect(kept.checks.map(\.rationale) == direct.checks.map(\.rationale))
        #expect(kept.score == direct.score && kept.coverage == direct.coverage)
    }

    @Test func anUnreadableFileIsReportedInItsPlaceAndTheOthersScored() throws {
        let missing = temporaryFolder().appendingPathComponent("gone.md").path
        let paths = [Repo.sampleProposals[0], missing, Repo.sampleProposals[1]]
        let results = Scorer(criteria: Repo.criteria).score(paths: paths, reader: ProposalReader(), jobs: 2) { _ in () }
        #expect((try? results[0].get()) != nil && (try? results[2].get()) != nil)
        guard case .failure(let diagnostic) = results[1] else {
            Issue.record("the missing file was not reported")
            return
        }
        #expect(diagnostic.location.file == missing)
    }

    @Test func theCommandsOutputIsByteIdenticalWithOneJobOrMany() throws {
        let one = try CLI.run(["score", "--format", "json", "--jobs", "1"] + CLITests.samples)
        let many = try CLI.run(["score", "--format", "json", "--jobs", "4"] + CLITests.samples)
        #expect(one.status == 0 && many.status == 0)
        #expect(one.stdout == many.stdout && one.stdout.count > 10_000)
        let none = try CLI.run(["score", "--jobs", "0"] + CLITests.samples)
        #expect(none.status != 0 && none.stderr.contains("--jobs must be 1 or more, found 0"))
    }
}
