import ArgumentParser
import Foundation
import MSPVet

struct DatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dates",
        abstract: "When can the client leave its MSP, and by when must it say so?",
        discussion: """
        Reads each contract's effective date, initial term, renewal, notice (least and most) and \
        how notice is given, each with the sentence it came from, and lays the terms out on the \
        calendar: the current term, the next notice deadline, the days left and a state — in \
        notice window, window not open, deadline passed (renews on a date), month to month, fixed \
        term, expired, or not enough terms stated (naming which).

        Terms are counted from the effective date: a term ends the day before the next begins, \
        months clamp to the month's end (31 January + 1 month is 28 or 29 February), and notice is \
        counted back from a term's last day in calendar days unless the contract says business \
        days. Numeric dates such as 03/01/2024 are read by the client profile's `locale` (en-US: \
        month first; en-GB and others: day first); without one, only dates that cannot be misread \
        are taken.

        --ics writes the deadlines and renewal dates as all-day calendar events with reminders \
        90, 30 and 7 days before; importing the file again updates the same events.

        Example: mspvet dates --client Samples/client.yaml --as-of 2026-11-23 Samples/incumbent/ridgeline-msa-2024.md
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var criteria: CriteriaOptions

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day to read the schedule for (YYYY-MM-DD).", valueName: "date"))
    var asOf: String?

    @Option(name: .long, help: ArgumentHelp("The effective date, when the contract does not state it (YYYY-MM-DD).", valueName: "date"))
    var effective: String?

    @Option(name: .long, help: ArgumentHelp("text, or json (Schemas/dates.schema.json).", valueName: "format"))
    var format: Format = .text

    @Option(name: .long, help: ArgumentHelp("Write the deadlines and renewal dates to an iCalendar file.", valueName: "file"))
    var ics: String?

    @Argument(help: ArgumentHelp("Contract files: \(DocumentReaders.formatList).", valueName: "file"))
    var files: [String]

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one contract file") }
        if let asOf, CivilDate(iso: asOf) == nil { throw ValidationError("--as-of must be a date written YYYY-MM-DD, found '\(asOf)'") }
        if let effective {
            guard CivilDate(iso: effective) != nil else { throw ValidationError("--effective must be a date written YYYY-MM-DD, found '\(effective)'") }
            guard files.count == 1 else { throw ValidationError("--effective sets one contract's start; give one file with it") }
        }
    }

    func run() throws {
        let asOf = self.asOf.flatMap(CivilDate.init(iso:)) ?? CivilDate.today
        let (set, client) = try criteria.load()
        let calendar = ics.map(OutputFile.init)
        try calendar?.check(against: files + (criteria.clientPath.map { [$0] } ?? []))
        let reader = KeyTermsReader(scorer: Scorer(criteria: set, client: client), order: client?.dateOrder)
        let proposalReader = ProposalReader(limits: criteria.limits)
        var contracts: [ContractDates] = []
        for file in files {
            let document = try proposalReader.read(path: file)
            for warning in document.warnings { Console.error(warning.description) }
            contracts.append(ContractDates(terms: reader.read(document, effective: effective.flatMap(CivilDate.init(iso:))), asOf: asOf))
        }
        switch format {
        case .text: Console.output(KeyDatesTextRenderer().render(contracts))
        case .json: Console.output(try KeyDatesJSONRenderer().render(contracts, asOf: asOf))
        }
        if let calendar {
            try calendar.write(Data(CalendarFile(contracts, stamp: asOf).text.utf8), inputs: files)
            Console.error("wrote \(calendar.path)")
        }
    }
}

extension CivilDate {
    /// Today where the user is: a deadline is a day on the client's calendar, not in UTC.
    static var today: CivilDate {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: .current, from: Date())
        return CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
