/// A proposal, contract or report as the scorer reads it: its sentences, in order, with their lines.
public struct ProposalDocument: Sendable {
    /// The path as the user gave it, so evidence points where they will look.
    public var path: String
    /// The file name without folder and extension: how the bid is named in reports.
    public var name: String
    public var sentences: [Sentence]

    public init(path: String, name: String, sentences: [Sentence]) {
        self.path = path
        self.name = name
        self.sentences = sentences
    }

    /// A document read from text already in memory (Markdown or plain text).
    public init(path: String, text: String) {
        self.init(path: path, name: Self.name(forPath: path), sentences: SentenceSegmenter.segment(text))
    }

    static func name(forPath path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
        return String(file[..<dot])
    }
}
