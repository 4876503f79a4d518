import ArgumentParser
import MSPVet

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the text mspvet reads from documents, sentence by sentence with locations.",
        discussion: """
        Each sentence is printed as file:page:line (file:line for formats without pages) and its \
        text, under the heading it sits in. Running headers and footers are gone, hyphenated words \
        rejoined, table rows read with their column names: this is exactly what the checks see.

        Example: mspvet extract Samples/proposals/summit-technology-group.pdf
        """
    )

    @Argument(help: ArgumentHelp("Documents: \(DocumentReaders.formatList).", valueName: "file"))
    var files: [String]

    @OptionGroup var limitOptions: LimitOptions

    func run() throws {
        // Every file is read before anything is printed: a bad file fails the run with nothing on
        // standard output, rather than after a part of the output.
        let reader = ProposalReader(limits: limitOptions.limits)
        let documents = try files.map { try reader.read(path: $0) }
        for document in documents {
            for warning in document.warnings { Console.error(warning.description) }
            Console.output(ExtractRenderer().render(document))
        }
    }
}
