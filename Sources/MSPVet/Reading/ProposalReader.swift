import Foundation

/// Reads a proposal, contract or report in any format a reader in `DocumentReaders` knows, or
/// says precisely why it cannot, naming the file.
public struct ProposalReader: Sendable {
    /// The sizes and time the reader accepts.
    public var limits: InputLimits

    /// A reader that holds every file to `limits`.
    public init(limits: InputLimits = .standard) {
        self.limits = limits
    }

    /// Reads the file at `path`.
    ///
    /// - Throws: A located ``Diagnostic``: missing, a folder, too large, a format it cannot read
    ///   or misnamed, or holding nothing to score.
    public func read(path: String) throws -> ProposalDocument {
        try read(TextFileReader.readData(path: path, limits: limits), path: path)
    }

    /// Reads a document's bytes; `path` names it in diagnostics and its extension says which
    /// format it claims to be.
    ///
    /// - Throws: A located ``Diagnostic``, as ``read(path:)``.
    public func read(_ data: Data, path: String) throws -> ProposalDocument {
        guard data.count <= limits.fileBytes else {
            throw TextFileReader.tooLarge(path, limits: limits)
        }
        guard !data.isEmpty else {
            throw Diagnostic(.emptyFile, at: .start(of: path), "file is empty")
        }
        let reader = try DocumentReaders.reader(for: data, path: path)
        let text = try reader.read(data, path: path, limits: limits)
        // A PDF with no text layer is named in a warning, not refused; a note on how text was
        // decoded does not make up for holding no sentences.
        guard !text.sentences.isEmpty || text.warnings.contains(where: { $0.code != .invalidEncoding }) else {
            throw Diagnostic(.emptyFile, at: .start(of: path), "holds no sentences to score")
        }
        return ProposalDocument(path: path, name: ProposalDocument.name(forPath: path), format: reader.format,
                                pageCount: text.pageCount, sentences: text.sentences, warnings: text.warnings)
    }
}
