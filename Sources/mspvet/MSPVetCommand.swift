import ArgumentParser
import MSPVet

struct MSPVetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mspvet",
        abstract: "Vet managed service providers: score proposals, compare bids, audit contracts.",
        discussion: """
        mspvet reads MSP proposals, RFP responses and contracts (\(DocumentReaders.formatList)), finds the \
        evidence for each weighted check in the criteria (lock-in, stack bias, real strategy, \
        accountability, service, security, pricing) and ranks the bids with quoted, located evidence.

        Examples:
          mspvet score --client Samples/client.yaml Samples/proposals/*
          mspvet score --format json Samples/proposals/* > scores.json
          mspvet report --client Samples/client.yaml --out report.html Samples/proposals/*
          mspvet extract contract.pdf
          mspvet explain bid.md --check lock-in.auto-renewal
          mspvet criteria test
          mspvet criteria lint my-criteria/

        Exit status:
          0  success
          1  criteria examples failed (criteria test)
          2  usage error
          3  invalid input: a file missing, unreadable or wrong
        """,
        version: MSPVetVersion.current,
        subcommands: [ScoreCommand.self, ReportCommand.self, DatesCommand.self, DiffCommand.self, TicketsCommand.self, ExplainCommand.self, ExtractCommand.self, CriteriaCommand.self, InitCommand.self]
    )
}
