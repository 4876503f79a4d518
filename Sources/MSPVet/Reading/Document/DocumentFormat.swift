/// A format mspvet reads, as each reader names it. Formats are declared by their readers (a
/// `static let` beside each reader) and listed once, in `DocumentReaders.all`.
public struct DocumentFormat: Sendable, Hashable, CustomStringConvertible {
    /// A short identifier: "pdf", "docx".
    public let id: String
    /// How messages and help name it: "PDF", "plain text".
    public let name: String

    /// A format with its identifier and the name messages use.
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }

    public var description: String { name }
}
