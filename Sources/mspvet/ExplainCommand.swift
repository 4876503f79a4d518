import ArgumentParser
import MSPVet

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show why one check came out as it did for one proposal.",
        discussion: """
        Prints every match with its pattern, the negation cue that fired (or what ended the search \
        for one: 'but', a semicolon…), the values read, and the rule's reasoning step by step.

        Example: mspvet explain Samples/proposals/summit-technology-group.pdf --check lock-in.notice-period
        """
    )

    @OptionGroup var criteria: CriteriaOptions

    @Option(name: .long, help: ArgumentHelp("The check, as category.check.", valueName: "id"))
    var check: String

    @Argument(help: ArgumentHelp("The proposal file.", valueName: "file"))
    var file: String

    func run() throws {
        let (set, client) = try criteria.load()
        let definition = try CriteriaOptions.check(named: check, in: set)
        let id = definition.id
        let document = try ProposalReader(limits: criteria.limits).read(path: file)
        for warning in document.warnings { Console.error(warning.description) }
        guard let result = Scorer(criteria: set, client: client).evaluate(id, in: document) else { return }
        Console.output(ExplainRenderer(style: Console.style).render(result, check: definition, document: document))
    }
}
