import Foundation
@testable import MSPVet

/// Paths into this repository and the default criteria, loaded once.
enum Repo {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    static let criteria: CriteriaSet = {
        do {
            return try CriteriaLoader().load(paths: [path("Criteria")])
        } catch {
            fatalError("the default criteria must load: \(error)")
        }
    }()

    static let sampleClient: ClientProfile = {
        do {
            return try ClientProfileLoader(catalogue: criteria.catalogue).load(path: path("Samples/client.yaml")).profile
        } catch {
            fatalError("the sample client must load: \(error)")
        }
    }()

    static var sampleProposals: [String] {
        let folder = path("Samples/proposals")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(folder)/\($0)" }
    }
}

/// A proposal held in memory.
func proposal(_ text: String, path: String = "proposal.md") -> ProposalDocument {
    ProposalDocument(path: path, text: text)
}

/// The result of one default check on a short text.
func result(_ id: String, for text: String, client: ClientProfile? = nil) -> CheckResult {
    let scorer = Scorer(criteria: Repo.criteria, client: client)
    guard let found = scorer.evaluate(proposal(text)).first(where: { $0.id.description == id }) else {
        fatalError("no check \(id)")
    }
    return found
}

/// A folder of its own under the system's temporary folder, for files a test writes.
func temporaryFolder() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("mspvet-tests-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Writes `contents` to a new file and returns its path.
@discardableResult
func write(_ contents: String, to name: String, in folder: URL = temporaryFolder()) -> String {
    write(Data(contents.utf8), to: name, in: folder)
}

@discardableResult
func write(_ data: Data, to name: String, in folder: URL = temporaryFolder()) -> String {
    let url = folder.appendingPathComponent(name)
    try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    // A fixture that was not written would make the test read nothing and perhaps pass.
    precondition(FileManager.default.createFile(atPath: url.path, contents: data), "could not write \(url.path)")
    return url.path
}

/// The diagnostic `body` throws, or nil if it throws none.
func diagnostic(_ body: () throws -> Void) -> Diagnostic? {
    do {
        try body()
        return nil
    } catch let diagnostic as Diagnostic {
        return diagnostic
    } catch {
        return Diagnostic(.unreadableFile, at: .start(of: "?"), "unexpected error \(error)")
    }
}
