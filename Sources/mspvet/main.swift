import ArgumentParser
import Foundation
import MSPVet

// ArgumentParser exits 64 on usage errors; mspvet promises 2 for usage and 3 for invalid input,
// so the entry point maps errors itself.
func fail(_ error: Error, as command: ParsableCommand.Type) -> Never {
    if let diagnostic = error as? Diagnostic {
        Console.error(diagnostic.description)
        exit(ExitStatus.invalidInput)
    }
    if command.exitCode(for: error) == .validationFailure {
        Console.error(command.fullMessage(for: error))
        exit(ExitStatus.usage)
    }
    command.exit(withError: error)
}

let parsed: ParsableCommand
do {
    parsed = try MSPVetCommand.parseAsRoot()
} catch {
    fail(error, as: MSPVetCommand.self)
}
do {
    var command = parsed
    try command.run()
} catch {
    // A usage problem found while running (an unknown --check) shows the subcommand's own usage.
    fail(error, as: type(of: parsed))
}
