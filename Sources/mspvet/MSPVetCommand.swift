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

        The three jobs, and what each runs:
          Start a client's folder
            mspvet init --client "Harbor & Pine Dental Group" harbor-pine
          Vet one bid or contract: its evidence and what to negotiate
            mspvet score --client Samples/client.yaml Samples/proposals/*
            mspvet explain Samples/rfp.md --check lock-in.auto-renewal
          Compare bids in an RFP: must-haves, cost, sensitivity, overrides
            mspvet score --rfp Samples/rfp.yaml Samples/proposals/*
            mspvet report --rfp Samples/rfp.yaml --out rfp.html Samples/proposals/*
          Audit the incumbent: notice deadline, renewal changes, service levels
            mspvet dates Samples/incumbent/ridgeline-msa-2024.md
            mspvet diff OLD-CONTRACT NEW-CONTRACT
            mspvet tickets --client Samples/client.yaml Samples/tickets/connectwise.csv
          Criteria: criteria test, lint DIR, export DIR, path, measure

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
