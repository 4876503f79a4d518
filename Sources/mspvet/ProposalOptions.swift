import ArgumentParser
import MSPVet

/// The proposals to score and how: shared by `score` and `report`.
struct ProposalOptions: ParsableArguments {
    @Option(name: .customLong("min-coverage"), help: ArgumentHelp(
        "Coverage (0–1) below which a bid is low-evidence.", valueName: "share"))
    var minimumCoverage: Double = ScoringPolicy.standard.minimumCoverage

    @Flag(name: .customLong("keep-going"), help: "Score the files that can be read; report the others and exit 3.")
    var keepGoing = false

    @Argument(help: ArgumentHelp("Proposal files: \(DocumentReaders.formatList).", valueName: "file"))
    var files: [String]

    var policy: ScoringPolicy { ScoringPolicy(minimumCoverage: minimumCoverage) }

    func validate() throws {
        guard (0...1).contains(minimumCoverage) else {
            throw ValidationError("--min-coverage must be between 0 and 1, found \(minimumCoverage)")
        }
        guard !files.isEmpty else { throw ValidationError("give at least one proposal file") }
    }

    /// Every readable proposal, with problems and warnings printed to standard error. Without
    /// --keep-going the first unreadable file stops the run; with it, `failed` says some did.
    func read(limits: InputLimits) throws -> (documents: [ProposalDocument], failed: Bool) {
        let reader = ProposalReader(limits: limits)
        var documents: [ProposalDocument] = []
        var failures: [Diagnostic] = []
        for file in files {
            do {
                documents.append(try reader.read(path: file))
            } catch let failure as Diagnostic where keepGoing {
                failures.append(failure)
            }
        }
        for failure in failures { Console.error(failure.description) }
        for warning in documents.flatMap(\.warnings) { Console.error(warning.description) }
        if documents.isEmpty && !failures.isEmpty { throw ExitCode(ExitStatus.invalidInput) }
        return (documents, !failures.isEmpty)
    }
}
