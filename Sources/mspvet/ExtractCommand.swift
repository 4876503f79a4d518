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
        """
    )

    @Argument(help: ArgumentHelp("Documents: Markdown, text, PDF, DOCX or HTML.", valueName: "file"))
    var files: [String]

    func run() throws {
        let reader = ProposalReader()
        for file in files {
            let document = try reader.read(path: file)
            for warning in document.warnings { Console.error(warning.description) }
            Console.output(ExtractReporter().render(document))
        }
    }
}
