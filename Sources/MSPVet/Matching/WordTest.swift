/// What one position of a pattern accepts: one token, tested without looking at its neighbours.
enum WordTest: Sendable, Hashable, CustomStringConvertible {
    /// The word, any case: `renewal`.
    case literal(String)
    /// Any word starting so: `renew*`.
    case prefix(String)
    /// The word exactly as capitalised: `=Teams` (for names that are also common words).
    case exact(String)
    /// Any number: `#`.
    case number
    /// Any token at all; only gaps (`~3`) produce it.
    case any

    func accepts(_ token: Token) -> Bool {
        switch self {
        case .literal(let word): token.text == word
        case .prefix(let start): token.kind != .symbol && token.text.utf8.starts(with: start.utf8)
        case .exact(let word): token.original == word
        case .number: token.kind == .number
        case .any: true
        }
    }

    /// The test as a document's index keeps what it found for it.
    var memoKey: PostingMemo.Key {
        switch self {
        case .literal(let word): PostingMemo.Key(kind: 0, word: word)
        case .prefix(let start): PostingMemo.Key(kind: 1, word: start)
        case .exact(let word): PostingMemo.Key(kind: 2, word: word)
        case .number: PostingMemo.Key(kind: 3, word: "")
        case .any: PostingMemo.Key(kind: 4, word: "")
        }
    }

    var description: String {
        switch self {
        case .literal(let word): word
        case .prefix(let start): start + "*"
        case .exact(let word): "=" + word
        case .number: "#"
        case .any: "_"
        }
    }
}
