import ArgumentParser
import MSPVet

/// The proposals to score and how: shared by `score` and `report`.
struct ProposalOptions: ParsableArguments {
    @Option(name: .customLong("min-coverage"), help: ArgumentHelp(
        "Coverage (0–1) below which a bid is low-evidence.", valueName: "share"))
    var minimumCoverage: Double = ScoringPolicy.standard.minimumCoverage

    @Flag(name: .customLong("keep-going"), help: "Score the files that can be read; report the others and exit 3.")
    var keepGoing = false

    @Flag(name: .shortAndLong, help: "No progress line on standard error, even on a terminal.")
    var quiet = false

    @Option(name: .customLong("jobs"), help: ArgumentHelp(
        "Files read and scored at once (default: one per core); the output is the same for any number.", valueName: "n"))
    var jobs: Int = FileScoring.defaultJobs

    @Argument(help: ArgumentHelp("Proposal files: \(DocumentReaders.formatList).", valueName: "file"))
    var files: [String]

    var policy: ScoringPolicy { ScoringPolicy(minimumCoverage: minimumCoverage) }

    func validate() throws {
        guard (0...1).contains(minimumCoverage) else {
            throw ValidationError("--min-coverage must be between 0 and 1, found \(minimumCoverage)")
        }
        guard !files.isEmpty else { throw ValidationError("give at least one proposal file") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more, found \(jobs)") }
    }

    /// Reads and scores every file under `review`, `jobs` at a time, each document dropped once
    /// scored. Problems and warnings go to standard error; without --keep-going the first
    /// unreadable file stops the run, with it `failed` says some did. A single file is kept as
    /// `document` (an audit reads its dates from it), so it is read once.
    func review(_ review: BidReview, criteria: CriteriaSet, client: ClientProfile?, limits: InputLimits) throws
        -> (reviewed: BidReview.Reviewed, read: [String], failed: Bool, document: ProposalDocument?) {
        let reader = ProposalReader(limits: limits)
        if files.count == 1 {
            let document = try reader.read(path: files[0])
            for warning in document.warnings { Console.error(warning.description) }
            return (try review.run([document], criteria: criteria, client: client, policy: policy), files, false, document)
        }
        let progress = ProgressLine(files: files, enabled: ProgressLine.watched(quiet: quiet))
        defer { progress.clear() }
        let run = try review.run(paths: files, reader: reader, jobs: jobs, criteria: criteria,
                                 client: client, policy: policy, finished: progress.finished)
        if let first = run.unreadable.first, !keepGoing { throw first }
        for failure in run.unreadable { Console.error(failure.description) }
        for warning in run.warnings { Console.error(warning.description) }
        if run.read.isEmpty { throw ExitCode(ExitStatus.invalidInput) }
        return (run.reviewed, run.read, !run.unreadable.isEmpty, nil)
    }
}
