import ArgumentParser
import Foundation
import MSPVet

// ArgumentParser exits 64 on usage errors; mspvet promises 2 for usage and 3 for invalid input,
// so the entry point maps errors itself.
func fail(_ error: Error, whileRunning: Bool) -> Never {
    if let diagnostic = error as? Diagnostic {
        Console.error(diagnostic.description)
        exit(ExitStatus.invalidInput)
    }
    if MSPVetCommand.exitCode(for: error) == .validationFailure {
        // While running, the parser no longer knows which subcommand it was, so its usage line
        // would be the root's: say what is wrong and where help is instead.
        Console.error(whileRunning
            ? "Error: \(MSPVetCommand.message(for: error))\nRun the command with --help for its usage."
            : MSPVetCommand.fullMessage(for: error))
        exit(ExitStatus.usage)
    }
    MSPVetCommand.exit(withError: error)
}

let parsed: ParsableCommand
do {
    parsed = try MSPVetCommand.parseAsRoot()
} catch {
    fail(error, whileRunning: false)
}
do {
    var command = parsed
    try command.run()
} catch {
    fail(error, whileRunning: true)
}
