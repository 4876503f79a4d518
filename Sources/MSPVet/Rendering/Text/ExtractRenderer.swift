/// What the scorer read from a document, sentence by sentence with its location, so a user can
/// check the extraction: `file:page:line: text`, with each section's heading above its sentences.
public struct ExtractRenderer: Sendable {
    public init() {}

    /// The document's sentences, one per line with its location.
    public func render(_ document: ProposalDocument) -> String {
        let pages = document.pageCount.map { ", \($0) page(s)" } ?? ""
        var lines = ["# \(ControlCharacters.escaped(document.path)) (\(document.format.name)\(pages), \(document.sentences.count) sentence(s))"]
        var section: String?
        for sentence in document.sentences {
            if sentence.section != section, let heading = sentence.section {
                lines.append("## \(heading)")
            }
            section = sentence.section
            lines.append("\(Evidence.location(file: document.path, page: sentence.page, line: sentence.line)): \(sentence.text)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
