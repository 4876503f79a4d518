import ArgumentParser
import MSPVet

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score and rank MSP proposals.",
        discussion: """
        Proposals may be \(DocumentReaders.formatList), told apart by content; a file \
        whose name claims another format is refused. Every file is read before anything is \
        printed: a file that cannot be read stops the run with a one-line 'file:line:col: error: …' \
        on standard error and exit status 3. With --keep-going, such files are reported and the \
        others scored; the exit status is still 3.

        The table ranks bids by total (0–100), shows each category's score and the coverage (the \
        share of the total weight a bid gave evidence on), then each bid's strengths and red flags \
        with the quoted sentence and file:line. A bid with coverage below --min-coverage is marked \
        'low evidence' and ranked after every substantive bid.

        With --rfp the bids are also held to the RFP (must-haves, cost over the horizon, price, \
        sensitivity); --overrides, --prices, --blind and --hide-price shape the review (see README, \
        "Run an RFP"). Files are scored one per core (--jobs); the output is the same for any number.

        Examples:
          mspvet score --client Samples/client.yaml Samples/proposals/*
          mspvet score --client Samples/client.yaml --rfp Samples/rfp.yaml --overrides Samples/evaluators/dana-whitfield.yaml Samples/proposals/*
        """
    )

    @OptionGroup var criteria: CriteriaOptions

    @Option(name: .long, help: OutputFormatHelp.help(.score),
            completion: .list(OutputFormatHelp.names(.score)))
    var format = "table"

    @OptionGroup(title: "Review") var review: ReviewOptions

    @OptionGroup var proposals: ProposalOptions

    func validate() throws {
        _ = try OutputFormatHelp.renderer(format, .score)
    }

    func run() throws {
        DocumentReaders.prepare(forReading: proposals.files)
        let renderer = try OutputFormatHelp.renderer(format, .score)
        let (loaded, client) = try criteria.load()
        let plan = try review.load(criteria: loaded)
        let set = plan.criteria(loaded)
        let (reviewed, _, failed, _) = try proposals.review(plan, criteria: set, client: client, limits: criteria.limits)
        let report = ClientReport(reviewed, criteria: set, client: client)
        let options = RenderOptions(style: Console.style)
        if reviewed.blind == nil {
            // Printed as it is made: the JSON of a folder of contracts is tens of megabytes.
            try renderer.render(report, options: options, into: Console.output)
        } else {
            let data = reviewed.release(try renderer.render(report, options: options))
            try review.writeKey(reviewed.blind, inputs: proposals.files + set.sources + (criteria.clientPath.map { [$0] } ?? []) + review.inputs)
            Console.output(data)
        }
        if failed { throw ExitCode(ExitStatus.invalidInput) }
    }
}
