import Foundation
import Testing
@testable import MSPVet

/// What `make install` lays out works from any folder: the binary finds the criteria installed
/// beside it, and the completions are there. (The man page comes from ArgumentParser's plugin,
/// which builds in release; `MANPAGE=no` leaves it out here to keep the suite quick.)
@Suite("Installing")
struct InstallTests {
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/make"), "make is not installed"))
    func anInstalledBinaryRunsFromAnUnrelatedFolder() throws {
        let prefix = temporaryFolder().path
        let make = Process()
        make.executableURL = URL(fileURLWithPath: "/usr/bin/make")
        make.arguments = ["--no-print-directory", "install-files", "BIN=\(CLI.executable.path)", "PREFIX=\(prefix)", "MANPAGE=no"]
        make.currentDirectoryURL = Repo.root
        make.standardOutput = FileHandle.nullDevice
        try make.run()
        make.waitUntilExit()
        #expect(make.terminationStatus == 0)
        for file in ["bin/mspvet", "share/mspvet/Criteria/lock-in.yaml", "share/bash-completion/completions/mspvet",
                     "share/zsh/site-functions/_mspvet", "share/fish/vendor_completions.d/mspvet.fish"] {
            #expect(FileManager.default.fileExists(atPath: prefix + "/" + file), "\(file) is not installed")
        }
        let completion = try String(contentsOfFile: prefix + "/share/bash-completion/completions/mspvet", encoding: .utf8)
        #expect(completion.contains("--rfp") && completion.contains("init"))
        let run = try CLI.run(["score", Repo.path("Samples/proposals/northstar-advisory.md")], in: URL(fileURLWithPath: "/"),
                              executable: prefix + "/bin/mspvet")
        #expect(run.status == 0 && run.stdout.contains("northstar-advisory"), "\(run.stderr)")
        let path = try CLI.run(["criteria", "path"], in: URL(fileURLWithPath: "/"), executable: prefix + "/bin/mspvet")
        #expect(path.stdout == prefix + "/share/mspvet/Criteria\n")
    }
}
