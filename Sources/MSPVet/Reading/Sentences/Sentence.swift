/// The unit of evidence: one sentence (or list item, or table row) of a proposal, with the page
/// and line it starts on and the heading it sits under.
public struct Sentence: Sendable, Hashable {
    /// The sentence as written, markup removed.
    public var text: String
    /// The line it starts on.
    public var line: Int
    /// The page it starts on, for formats that have pages.
    public var page: Int?
    /// The heading it sits under, if any.
    public var section: String?
    /// The words and numbers, as matching reads them.
    var tokens: [Token]

    init(text: String, line: Int, page: Int? = nil, section: String? = nil, tokens: [Token]) {
        self.text = text
        self.line = line
        self.page = page
        self.section = section
        self.tokens = tokens
    }
}
