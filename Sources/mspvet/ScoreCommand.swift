import ArgumentParser
import MSPVet

extension ReportFormat: ExpressibleByArgument {}

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score and rank MSP proposals.",
        discussion: """
        Every file is read before anything is printed: a file that cannot be read stops the run \
        with a one-line 'file:line:col: error: …' on standard error and exit status 3.

        The table ranks bids by total (0–100), shows each category's score and the coverage (the \
        share of the total weight a bid gave evidence on), then each bid's strengths and red flags \
        with the quoted sentence and file:line. A bid with coverage below --min-coverage is marked \
        'low evidence' and ranked after every substantive bid.
        """
    )

    @OptionGroup var criteria: CriteriaOptions

    @Option(name: .long, help: "Output format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .table

    @Option(name: .customLong("min-coverage"), help: ArgumentHelp(
        "Coverage (0–1) below which a bid is low-evidence.", valueName: "share"))
    var minimumCoverage: Double = ScoringPolicy.standard.minimumCoverage

    @Argument(help: ArgumentHelp("Proposal files (Markdown or plain text).", valueName: "file"))
    var files: [String]

    func validate() throws {
        guard (0...1).contains(minimumCoverage) else {
            throw ValidationError("--min-coverage must be between 0 and 1, found \(minimumCoverage)")
        }
        guard !files.isEmpty else { throw ValidationError("give at least one proposal file") }
    }

    func run() throws {
        let set = try criteria.loadCriteria()
        let client = try criteria.loadClient(catalogue: set.catalogue)
        let reader = ProposalReader()
        let documents = try files.map { try reader.read(path: $0) }
        let scorer = Scorer(criteria: set, client: client, policy: ScoringPolicy(minimumCoverage: minimumCoverage))
        let ranking = scorer.rank(documents)
        Console.output(try format.render(ranking, criteria: set, style: format == .table ? Console.style : .plain))
    }
}
