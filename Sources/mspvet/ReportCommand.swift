import ArgumentParser
import Foundation
import MSPVet

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the client report: HTML (with charts), Markdown, CSV or an Excel workbook.",
        discussion: """
        The HTML report is one self-contained file (inline CSS and SVG, no script, no network): the \
        ranking with the leading bid and its margin, category scores as a chart, the terms side by \
        side, what to negotiate with the leading bids, every check for every bid, each bid's \
        evidence with its location, and how it was scored, with SHA-256 digests of every input. \
        With one contract (an audit of the MSP the client has), it leads with the key dates and \
        where the notice deadline stands (as of --as-of, default today) instead of a ranking of one.

        --format markdown writes the same for a ticket or a memo; --format csv writes one row per \
        bid and check (RFC 4180, CRLF; --bom adds a UTF-8 byte-order mark for Excel); --format \
        xlsx writes an Excel workbook (summary, matrix and evidence sheets, frozen headers and \
        filters; needs --out). Without --out, Markdown and CSV go to standard output.

        The report is written atomically, never over an input file, and only into a folder that \
        exists.

        Example: mspvet report --client Samples/client.yaml --out report.html Samples/proposals/*
        """
    )

    @OptionGroup var criteria: CriteriaOptions

    @Option(name: .long, help: OutputFormatHelp.help(.report),
            completion: .list(OutputFormatHelp.names(.report)))
    var format = "html"

    @Option(name: .long, help: ArgumentHelp("The file to write; required for HTML.", valueName: "file"))
    var out: String?

    @Flag(name: .customLong("no-formula-guard"), help: ArgumentHelp(
        "Write CSV cells exactly as read, even ones a spreadsheet would run as formulas.",
        discussion: "By default a cell starting with = + - @ (a quote such as =HYPERLINK(...)) gets a leading ' so spreadsheets show it as text."))
    var noFormulaGuard = false

    @Flag(name: .customLong("bom"), help: "Start the CSV with a UTF-8 byte-order mark.")
    var byteOrderMark = false

    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "With one contract (an audit): the day its key dates are read for (YYYY-MM-DD; default today).", valueName: "date"))
    var asOf: String?

    @Option(name: .customLong("tickets"), help: ArgumentHelp(
        "A PSA ticket export to recompute the service levels from (repeatable); see `mspvet tickets --help`.", valueName: "export"))
    var tickets: [String] = []

    @OptionGroup(title: "Review") var review: ReviewOptions

    @OptionGroup var proposals: ProposalOptions

    func validate() throws {
        _ = try OutputFormatHelp.renderer(format, .report)
        if format == "html", out == nil { throw ValidationError("an HTML report needs --out FILE") }
        if format == "xlsx", out == nil { throw ValidationError("an Excel workbook needs --out FILE") }
        if let asOf, CivilDate(iso: asOf) == nil { throw ValidationError("--as-of must be a date written YYYY-MM-DD, found '\(asOf)'") }
        if byteOrderMark, format != "csv" { throw ValidationError("--bom applies to --format csv only") }
        if noFormulaGuard, format != "csv" { throw ValidationError("--no-formula-guard applies to --format csv only") }
    }

    func run() throws {
        DocumentReaders.prepare(forReading: proposals.files)
        let (loaded, client) = try criteria.load()
        let plan = try review.load(criteria: loaded)
        let set = plan.criteria(loaded)
        let files = proposals.files
        let inputs = files + set.sources + (criteria.clientPath.map { [$0] } ?? []) + tickets + review.inputs
        let output = out.map(OutputFile.init)
        try output?.check(against: inputs)
        let (reviewed, read, failed, contract) = try proposals.review(plan, criteria: set, client: client, limits: criteria.limits)
        // One contract is an audit: the report leads with its key dates.
        let audit = contract.map { document in
            ContractDates(terms: KeyTermsReader(scorer: Scorer(criteria: set, client: client), order: client?.dateOrder).read(document),
                          asOf: asOf.flatMap(CivilDate.init(iso:)) ?? .today)
        }
        var report = ClientReport(reviewed, criteria: set, client: client,
                                  inputs: try InputDigest.of(proposals: read, criteria: set.sources, client: criteria.clientPath),
                                  audit: audit)
        if !tickets.isEmpty {
            // Targets from the audited contract's service-level table, else from the profile.
            let calendar = client?.calendar ?? .standard
            let reader = TicketExportReader(preset: nil, timeZone: calendar.timeZone, order: client?.dateOrder)
            let stated = contract.map { ContractSLAReader.targets(in: $0, calendar: calendar) } ?? []
            var accumulator = SLAAccumulator(measurement: SLAMeasurement(calendar: calendar, targets: stated.isEmpty ? client?.slaTargets ?? [] : stated))
            let sources = try tickets.map { try reader.stream(path: $0) { accumulator.add($0) } }
            for warning in sources.flatMap(\.warnings) { Console.error(warning.description) }
            report.service = ServiceLevels(report: accumulator.report(), sources: sources, calendar: calendar)
        }
        let data = reviewed.release(try OutputFormatHelp.renderer(format, .report)
            .render(report, options: RenderOptions(byteOrderMark: byteOrderMark, formulaGuard: !noFormulaGuard)))
        try review.writeKey(reviewed.blind, inputs: inputs + (out.map { [$0] } ?? []))
        if let output {
            try output.write(data, inputs: inputs)
            Console.error("wrote \(output.path)")
        } else {
            Console.output(data)
        }
        if failed { throw ExitCode(ExitStatus.invalidInput) }
    }
}
