import Foundation
import Testing
@testable import MSPVet

/// Golden files: whole outputs on the Samples, produced in-process with paths as a user in the
/// repository's root would give them.
enum Golden {
    /// Reads a repository file, naming it by its path relative to the root as the CLI would.
    static func read(_ relative: String) throws -> ProposalDocument {
        try ProposalReader().read(Data(contentsOf: URL(fileURLWithPath: Repo.path(relative))), path: relative)
    }

    static let sampleNames: [String] = Repo.sampleProposals.map { "Samples/proposals/" + URL(fileURLWithPath: $0).lastPathComponent }

    static let sampleRanking: Ranking = {
        do {
            return Scorer(criteria: criteria, client: Repo.sampleClient).rank(try sampleNames.map(read))
        } catch {
            fatalError("the samples must read: \(error)")
        }
    }()

    /// The default criteria named as `--criteria Criteria` names them.
    static let criteria: CriteriaSet = {
        do {
            let folder = Repo.path("Criteria")
            let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted()
            return try CriteriaLoader().load(texts: names.map { name in
                ("Criteria/\(name)", try String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8))
            })
        } catch {
            fatalError("the default criteria must load: \(error)")
        }
    }()

    /// The client report on the samples, with digests of the inputs named as the CLI names them.
    static func sampleReport() throws -> ClientReport {
        let inputs = sampleNames.map { ("proposal", $0) } + criteria.sources.map { ("criteria", $0) } + [("client", "Samples/client.yaml")]
        let digest = InputDigest.of(try inputs.map { role, path in
            (role: role, path: path, data: try Data(contentsOf: URL(fileURLWithPath: Repo.path(path))))
        })
        return ClientReport(ranking: sampleRanking, criteria: criteria, client: Repo.sampleClient, inputs: digest)
    }

    /// Fails when `actual` differs from the golden file. With `MSPVET_UPDATE_GOLDEN=1` it writes
    /// the file instead, and still fails, so that recording is never mistaken for passing.
    static func compare(_ actual: Data, with name: String, in folder: String = Repo.path("Tests/MSPVetTests/Golden"),
                        recording: Bool = ProcessInfo.processInfo.environment["MSPVET_UPDATE_GOLDEN"] == "1",
                        sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let path = "\(folder)/\(name)"
        if recording {
            try actual.write(to: URL(fileURLWithPath: path))
            Issue.record("recorded a new baseline for \(name); read the diff, then run again without MSPVET_UPDATE_GOLDEN",
                         sourceLocation: sourceLocation)
            return
        }
        let expected = try Data(contentsOf: URL(fileURLWithPath: path))
        guard actual != expected else { return }
        let (got, want) = (String(decoding: actual, as: UTF8.self), String(decoding: expected, as: UTF8.self))
        let difference = zip(got.split(separator: "\n", omittingEmptySubsequences: false), want.split(separator: "\n", omittingEmptySubsequences: false))
            .enumerated().first { $0.element.0 != $0.element.1 }
        let detail = difference.map { "line \($0.offset + 1):\n  got:      \($0.element.0)\n  expected: \($0.element.1)" }
            ?? "lengths differ (\(actual.count) bytes, expected \(expected.count))"
        Issue.record("output differs from \(name); \(detail)\nIf intended, run with MSPVET_UPDATE_GOLDEN=1 and read the diff.",
                     sourceLocation: sourceLocation)
    }
}
