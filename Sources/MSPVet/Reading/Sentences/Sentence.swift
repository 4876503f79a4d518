/// The unit of evidence: one sentence (or list item, or table row) of a proposal, with the page
/// and line it starts on and the heading it sits under.
public struct Sentence: Sendable, Hashable {
    public var text: String
    public var line: Int
    public var page: Int?
    public var section: String?
    public var tokens: [Token]

    public init(text: String, line: Int, page: Int? = nil, section: String? = nil, tokens: [Token]) {
        self.text = text
        self.line = line
        self.page = page
        self.section = section
        self.tokens = tokens
    }
}
