import Foundation

/// Documents with clause labels, in CUAD's layout: per document its file, the labelled spans of
/// each category (character offsets into the text) and, for some categories, the answer a
/// lawyer wrote ("90 days").
public struct LabelledCorpus: Sendable {
    /// One labelled document.
    public struct Document: Sendable, Decodable {
        /// One labelled passage: its text and where it starts, in characters from the file's start.
        public struct Span: Sendable, Decodable {
            /// The passage as labelled.
            public var text: String
            /// Its offset in Unicode scalars from the start of the file.
            public var start: Int
        }

        /// The file, relative to the labels file's folder.
        public var file: String
        /// Category → the passages labelled with it; a category with none is absent or empty.
        public var spans: [String: [Span]]
        /// Category → the answer written for it, when the corpus has one.
        public var answers: [String: String]

        enum CodingKeys: String, CodingKey { case file, spans, answers }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            file = try container.decode(String.self, forKey: .file)
            spans = try container.decodeIfPresent([String: [Span]].self, forKey: .spans) ?? [:]
            answers = try container.decodeIfPresent([String: String].self, forKey: .answers) ?? [:]
        }
    }

    /// Document id → document, read in id order.
    public var documents: [(id: String, document: Document)]
    /// The folder document files are named relative to.
    public var folder: String

    private struct File: Decodable {
        var contracts: [String: Document]
    }

    /// Reads a labels file (`{"contracts": {id: {"file", "spans", "answers"}}}`).
    ///
    /// - Throws: A ``Diagnostic`` naming the file when it cannot be read or decoded.
    public static func load(path: String) throws -> LabelledCorpus {
        let data = try TextFileReader.readData(path: path, limits: InputLimits(fileBytes: 512 << 20))
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw Diagnostic(.invalidValue, at: .start(of: path), "is not a labels file (\(error))")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return LabelledCorpus(documents: file.contracts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, folder: folder)
    }

    /// A corpus already in memory, for tests and for other label sources.
    public init(documents: [(id: String, document: Document)], folder: String) {
        self.documents = documents
        self.folder = folder
    }
}

extension LabelledCorpus.Document {
    /// A document with its labels given directly.
    public init(file: String, spans: [String: [Span]], answers: [String: String] = [:]) {
        self.file = file
        self.spans = spans
        self.answers = answers
    }
}
