/// One word, number or symbol of a sentence, folded for matching but remembering how it was written.
struct Token: Sendable, Hashable {
    enum Kind: String, Sendable, Hashable {
        case word
        case number
        case symbol
    }

    /// Punctuation written between the previous token and this one that closes a clause:
    /// negation does not reach across it.
    enum Break: String, Sendable, Hashable {
        case semicolon = ";"
        case colon = ":"
        case dash = "—"
    }

    /// Lower-cased, with typographic apostrophes straightened: what patterns compare against.
    var text: String
    /// As written, for case-sensitive pattern words (`=Teams`).
    var original: String
    var kind: Kind
    var breakBefore: Break?
    // A document holds a token for every two or three bytes of text, so a token is kept small:
    // 56 bytes rather than 88, with the optionals folded into sentinels.
    private var numberBits: UInt64
    private var storedLine: Int32
    private var storedPage: Int32

    /// No number token has this bit pattern (it is a NaN, and a number is read from digits).
    private static let noNumber = UInt64.max

    /// The value of a number token (`1,450` → 1450, `1.5` → 1.5).
    var number: Double? {
        get { numberBits == Self.noNumber ? nil : Double(bitPattern: numberBits) }
        set { numberBits = newValue?.bitPattern ?? Self.noNumber }
    }

    var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    /// The page, for formats that have pages.
    var page: Int? {
        get { storedPage == 0 ? nil : Int(storedPage) }
        set { storedPage = Int32(clamping: newValue ?? 0) }
    }

    init(text: String, original: String, kind: Kind, number: Double? = nil, line: Int, page: Int? = nil,
                breakBefore: Break? = nil) {
        self.text = text
        self.original = original
        self.kind = kind
        self.breakBefore = breakBefore
        numberBits = number?.bitPattern ?? Self.noNumber
        storedLine = Int32(clamping: line)
        storedPage = Int32(clamping: page ?? 0)
    }
}
