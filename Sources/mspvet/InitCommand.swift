import ArgumentParser
import MSPVet

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start an engagement folder: client profile, RFP and overrides skeletons, proposals/.",
        discussion: """
        Writes client.yaml, rfp.yaml and overrides.yaml (commented, and valid as they stand), a \
        proposals/ folder and a README of the commands to run next. The folder must not exist or be \
        empty; nothing is ever overwritten.

        Example: mspvet init --client "Harbor & Pine Dental Group" harbor-pine
        """
    )

    @Option(name: .customLong("client"), help: ArgumentHelp("The client's name, written into client.yaml.", valueName: "name"))
    var client = "Client name"

    @Argument(help: ArgumentHelp("The folder to create.", valueName: "dir"))
    var folder: String

    func run() throws {
        let written = try EngagementFolder.create(at: folder, client: client)
        for path in written { Console.error("wrote \(path)") }
    }
}
