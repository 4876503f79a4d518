import ArgumentParser
import Foundation
import MSPVet

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What changed between two versions of a contract, check by check.",
        discussion: """
        Scores both versions with the same criteria and lists every check whose outcome or figure \
        changed — "Notice to end or not renew: 90 days → 120 days", "Exit assistance: pass → \
        fail" — marking the changes against the client, with the sentence each version was judged \
        on. Either side may be a contract or a result saved with `mspvet score --format json FILE` \
        (one contract per file). The exit status is 0 whether or not anything changed.

        Example: mspvet diff Samples/incumbent/ridgeline-msa-2024.md Samples/incumbent/ridgeline-renewal-draft-2027.md
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, json
    }

    @OptionGroup var criteria: CriteriaOptions

    @Option(name: .long, help: ArgumentHelp("markdown, or json.", valueName: "format"))
    var format: Format = .markdown

    @Argument(help: ArgumentHelp("The contract in force, or its saved JSON result.", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The new version (a renewal, an amendment), or its saved JSON result.", valueName: "new"))
    var new: String

    func run() throws {
        let (set, client) = try criteria.load()
        let scorer = Scorer(criteria: set, client: client)
        let reader = ProposalReader(limits: criteria.limits)
        func results(_ path: String) throws -> [CheckResult] {
            if path.lowercased().hasSuffix(".json") {
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw Diagnostic(.fileNotFound, at: .start(of: path), "no such file")
                }
                return try ScoreJSONReader.results(from: data, path: path)
            }
            let document = try reader.read(path: path)
            for warning in document.warnings { Console.error(warning.description) }
            return scorer.evaluate(document)
        }
        let diff = ContractDiff(old: old, oldResults: try results(old), new: new, newResults: try results(new), criteria: set)
        let renderer = ContractDiffRenderer()
        switch format {
        case .markdown: Console.output(renderer.markdown(diff))
        case .json: Console.output(try renderer.json(diff))
        }
    }
}
