import ArgumentParser
import Foundation
import MSPVet

struct TicketsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tickets",
        abstract: "Does the MSP meet the SLA it signed? Recompute it from the PSA's ticket export.",
        discussion: """
        Reads ticket exports (CSV with `,` or `;`, a byte-order mark or not; or JSON) from \
        ConnectWise PSA, Datto Autotask, HaloPSA, Freshservice or Zendesk (ticket metrics) — \
        recognised from the header — or \
        any PSA through a column map (--columns MAP.yaml), and recomputes first response and \
        resolution per ticket in business and calendar minutes on the client profile's `calendar:` \
        (time zone, business hours per weekday, holidays, whether hold time stops the clock).

        Targets come from the contract's service-level table (--contract), else from the \
        profile's `sla-targets:`. Per priority, and per priority and month: tickets, the share \
        within target, the median and 90th percentile (nearest rank), the worst tickets, and every \
        ticket where the vendor's own met/missed flag disagrees with the recomputation. Excluded, \
        merged and deleted tickets are counted, not measured.

        A bad export stops the run with 'file:line:column: error: row N, column …' (the line is the \
        CSV record); --keep-going skips bad rows and reports them.

        Example: mspvet tickets --client Samples/client.yaml --contract Samples/incumbent/ridgeline-msa-2024.md Samples/tickets/connectwise.csv
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv
    }

    @OptionGroup var criteria: CriteriaOptions

    @Option(name: .long, help: ArgumentHelp("Read every export with this preset: \(ExportPreset.all.map(\.name).joined(separator: ", ")).", valueName: "name"))
    var preset: String?

    @Option(name: .long, help: ArgumentHelp("A column map (YAML) for an export no preset knows.", valueName: "file"))
    var columns: String?

    @Option(name: .long, help: ArgumentHelp("The contract whose service-level table sets the targets.", valueName: "file"))
    var contract: String?

    @Option(name: .long, help: ArgumentHelp("Only tickets created on or after this day (YYYY-MM-DD).", valueName: "date"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("Only tickets created on or before this day (YYYY-MM-DD).", valueName: "date"))
    var to: String?

    @Option(name: .long, help: ArgumentHelp("text, json (Schemas/tickets.schema.json), or csv (a row per priority and per priority and month).", valueName: "format"))
    var format: Format = .text

    @Flag(name: .customLong("keep-going"), help: "Skip bad rows, report them, and measure the rest.")
    var keepGoing = false

    @Argument(help: ArgumentHelp("Ticket exports (CSV or JSON).", valueName: "export"))
    var exports: [String]

    func validate() throws {
        guard !exports.isEmpty else { throw ValidationError("give at least one ticket export") }
        if preset != nil && columns != nil { throw ValidationError("give --preset or --columns, not both") }
        if let preset, ExportPreset.named(preset) == nil {
            throw ValidationError("unknown preset '\(preset)'; the presets are \(ExportPreset.all.map(\.name).joined(separator: ", "))")
        }
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, CivilDate(iso: value) == nil { throw ValidationError("\(name) must be a date written YYYY-MM-DD, found '\(value)'") }
        }
    }

    func run() throws {
        let (_, client) = try criteria.load()
        let calendar = client?.calendar ?? .standard
        let chosen = try columns.map(ColumnMapLoader.load) ?? preset.flatMap(ExportPreset.named)
        let reader = TicketExportReader(preset: chosen, timeZone: calendar.timeZone, order: client?.dateOrder, keepGoing: keepGoing)
        var targets = client?.slaTargets ?? []
        if let contract {
            let document = try ProposalReader(limits: criteria.limits).read(path: contract)
            let stated = ContractSLAReader.targets(in: document, calendar: calendar)
            if !stated.isEmpty { targets = stated }
        }
        // Tickets are measured as they are read: an export of a million rows is never held whole.
        var accumulator = SLAAccumulator(measurement: SLAMeasurement(calendar: calendar, targets: targets))
        let window = (from.flatMap(CivilDate.init(iso:)), to.flatMap(CivilDate.init(iso:)))
        let sources = try exports.map { export in
            try reader.stream(path: export) { ticket in
                if window.0 != nil || window.1 != nil {
                    let day = SLAMeasurement.day(of: ticket.created, in: calendar)
                    guard let day, window.0.map({ day >= $0 }) ?? true, window.1.map({ day <= $0 }) ?? true else { return }
                }
                accumulator.add(ticket)
            }
        }
        let report = accumulator.report()
        switch format {
        case .text: Console.output(SLATextRenderer().render(report, sources: sources, calendar: calendar))
        case .json: Console.output(try SLAJSONRenderer().render(report, sources: sources, calendar: calendar))
        case .csv: Console.output(try SLACSVRenderer().render(report))
        }
        for warning in sources.flatMap(\.warnings) { Console.error(warning.description) }
        for skipped in sources.flatMap(\.skipped) { Console.error(skipped.description) }
        if sources.contains(where: { !$0.skipped.isEmpty }) { throw ExitCode(ExitStatus.invalidInput) }
    }
}
