/// One word, number or symbol of a sentence, folded for matching but remembering how it was written.
public struct Token: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case word
        case number
        case symbol
    }

    /// Punctuation written between the previous token and this one that closes a clause:
    /// negation does not reach across it.
    public enum Break: String, Sendable, Hashable {
        case semicolon = ";"
        case colon = ":"
        case dash = "—"
    }

    /// Lower-cased, with typographic apostrophes straightened: what patterns compare against.
    public var text: String
    /// As written, for case-sensitive pattern words (`=Teams`).
    public var original: String
    public var kind: Kind
    /// The value of a number token (`1,450` → 1450, `1.5` → 1.5).
    public var number: Double?
    public var line: Int
    /// The page, for formats that have pages.
    public var page: Int?
    public var breakBefore: Break?

    public init(text: String, original: String, kind: Kind, number: Double? = nil, line: Int, page: Int? = nil,
                breakBefore: Break? = nil) {
        self.text = text
        self.original = original
        self.kind = kind
        self.number = number
        self.line = line
        self.page = page
        self.breakBefore = breakBefore
    }
}
