import Foundation
import Testing
@testable import MSPVet

/// Starting an engagement and a customised criteria set: the skeletons load as they stand,
/// nothing is ever overwritten, and `criteria path` says which set is in use.
@Suite("An engagement folder and the criteria in use")
struct EngagementTests {
    @Test func initWritesSkeletonsThatLoadAsTheyStand() throws {
        let folder = temporaryFolder().appendingPathComponent("harbor-pine").path
        let written = try EngagementFolder.create(at: folder, client: "Harbor & \"Pine\" Dental")
        #expect(written.map { URL(fileURLWithPath: $0).lastPathComponent } == ["client.yaml", "rfp.yaml", "overrides.yaml", "README.md", "proposals"])
        let (profile, warnings) = try ClientProfileLoader(catalogue: Repo.criteria.catalogue).load(path: folder + "/client.yaml")
        #expect(profile.name == "Harbor & \"Pine\" Dental" && warnings.isEmpty)
        let rfp = try RFPLoader(criteria: Repo.criteria).load(path: folder + "/rfp.yaml")
        #expect(rfp.seats == 50 && rfp.mustHaves.count == 2 && rfp.overrideRule == .consensus)
        #expect(try OverridesLoader(criteria: Repo.criteria).load(path: folder + "/overrides.yaml").isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/proposals").isEmpty)
        // A second run refuses and leaves every file as it was.
        try Data("edited".utf8).write(to: URL(fileURLWithPath: folder + "/rfp.yaml"))
        let refused = try #require(throws: Diagnostic.self) { try EngagementFolder.create(at: folder) }
        #expect(refused.description.contains("is not empty"))
        #expect(try String(contentsOfFile: folder + "/rfp.yaml", encoding: .utf8) == "edited")
    }

    @Test func theCommandsStartAFolderAndExportTheCriteria() throws {
        let root = temporaryFolder()
        let engagement = root.appendingPathComponent("acme").path
        let made = try CLI.run(["init", "--client", "Acme Dental", engagement])
        #expect(made.status == 0 && made.stdout.isEmpty && made.stderr.contains("wrote \(engagement)/client.yaml"))
        let again = try CLI.run(["init", engagement])
        #expect(again.status != 0 && again.stderr.contains("\(engagement):1:1: error: is not empty"))

        let path = try CLI.run(["criteria", "path"])
        #expect(path.status == 0 && path.stdout == Repo.path("Criteria") + "\n")
        let custom = try CLI.run(["criteria", "path"], environment: ["MSPVET_CRITERIA": "/somewhere/else"])
        #expect(custom.stdout == "/somewhere/else\n" && custom.stderr.contains("MSPVET_CRITERIA"))

        let exported = root.appendingPathComponent("criteria").path
        let export = try CLI.run(["criteria", "export", exported])
        #expect(export.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: exported).sorted().contains("lock-in.yaml"))
        // The copy is a complete set, usable at once.
        let lint = try CLI.run(["criteria", "lint", exported])
        #expect(lint.status == 0 && lint.stdout.contains("categories"))
        let twice = try CLI.run(["criteria", "export", exported])
        #expect(twice.status != 0 && twice.stderr.contains("nothing was written"))
    }
}
