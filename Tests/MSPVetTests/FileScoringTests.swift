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

    /// A folder of contracts keeps every file's score until the ranking is printed; nine results
    /// in ten say the same "not addressed" rationale, which is held once for the run.
    @Test func eachRationaleIsHeldOnceForTheRun() throws {
        let path = Repo.sampleProposals[0]
        let kept = try Scorer(criteria: Repo.criteria).score(paths: [path, path], reader: ProposalReader(), jobs: 2) { _ in () }
            .map { try $0.get().score }
        func storage(_ text: String) -> UnsafeRawPointer? {
            var text = text
            return text.withUTF8 { UnsafeRawPointer($0.baseAddress) }
        }
        let unknown = try #require(kept[0].checks.firstIndex { $0.outcome == .unknown })
        #expect(kept[0].checks[unknown].rationale.utf8.count > 15)
        for index in kept[0].checks.indices {
            #expect(kept[0].checks[index].rationale == kept[1].checks[index].rationale)
            #expect(storage(kept[0].checks[index].rationale) == storage(kept[1].checks[index].rationale), "\(kept[0].checks[index].id)")
        }
        // Built apart, equal strings come back as one.
        let pool = StringPool()
        let first = pool.intern([String(repeating: "not addressed ", count: 3)])
        let second = pool.intern([String(repeating: "not addressed ", count: 3), "other"])
        #expect(first[0] == second[0] && storage(first[0]) == storage(second[0]) && second[1] == "other")
    }

    /// JSON is printed a proposal at a time; the pieces make the same bytes as the whole.
    @Test func theJSONComesInAPieceAProposalAndTheSameBytesAsTheWhole() throws {
        let ranking = Golden.sampleRanking
        let report = ClientReport(ranking: ranking, criteria: Repo.criteria, client: nil)
        var pieces: [Data] = []
        try JSONRenderer().render(report, options: RenderOptions()) { pieces.append($0) }
        #expect(pieces.count == ranking.proposals.count + 1)
        #expect(pieces.reduce(Data(), +) == (try JSONRenderer().render(report, options: RenderOptions())))
        // A format made whole hands it over once.
        var tables: [Data] = []
        try TableRenderer().render(report, options: RenderOptions()) { tables.append($0) }
        #expect(tables == [TableRenderer().render(report, options: RenderOptions()) as Data])
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
