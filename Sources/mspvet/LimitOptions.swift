import ArgumentParser
import MSPVet

/// How large an input may be: every command that reads files has it.
struct LimitOptions: ParsableArguments {
    @Option(name: .customLong("max-input-mb"), help: ArgumentHelp(
        "The largest file read, in megabytes; larger files are refused before reading.",
        valueName: "MB"))
    var maximumInputMegabytes: Int = InputLimits.standard.fileBytes >> 20

    @Option(name: .customLong("pdf-seconds"), help: ArgumentHelp(
        "The longest a PDF's text may take to read, in seconds; slower PDFs are refused.",
        valueName: "seconds"))
    var pdfSeconds: Double = InputLimits.standard.pdfSeconds

    var limits: InputLimits { InputLimits(fileBytes: maximumInputMegabytes << 20, pdfSeconds: pdfSeconds) }

    func validate() throws {
        guard pdfSeconds > 0, pdfSeconds <= 86_400 else {
            throw ValidationError("--pdf-seconds must be between 0 and 86400, found \(pdfSeconds)")
        }
        guard (1...(1 << 20)).contains(maximumInputMegabytes) else {
            throw ValidationError("--max-input-mb must be between 1 and 1048576, found \(maximumInputMegabytes)")
        }
    }
}
