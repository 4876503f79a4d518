import ArgumentParser
import MSPVet

/// How large an input may be: every command that reads files has it.
struct LimitOptions: ParsableArguments {
    @Option(name: .customLong("max-input-mb"), help: ArgumentHelp(
        "The largest file read, in megabytes (default 64); larger files are refused before reading.",
        valueName: "MB"))
    var maximumInputMegabytes: Int = InputLimits.standard.fileBytes >> 20

    var limits: InputLimits { InputLimits(fileBytes: maximumInputMegabytes << 20) }

    func validate() throws {
        guard (1...(1 << 20)).contains(maximumInputMegabytes) else {
            throw ValidationError("--max-input-mb must be between 1 and 1048576, found \(maximumInputMegabytes)")
        }
    }
}
