/// Reads proposal files into documents, refusing what is not readable text with a located error.
public struct ProposalReader {
    public init() {}

    public func read(path: String) throws -> ProposalDocument {
        let text = try TextFileReader.readUTF8(path: path)
        let document = ProposalDocument(path: path, text: text)
        guard !document.sentences.isEmpty else {
            throw Diagnostic(.emptyFile, at: .start(of: path), "holds no sentences to score")
        }
        return document
    }
}
