/// Reads the pattern language of criteria files:
///
/// | syntax | meaning |
/// |---|---|
/// | `renewal` | the word, any case |
/// | `renew*` | any word starting `renew` (at least two letters before `*`) |
/// | `=Teams` | the word with exactly this capitalisation |
/// | `[for]` | optional words |
/// | `(evergreen\|auto renew*)` | one of the alternatives, each a sequence (also bare: `a\|b c`) |
/// | `~3` | up to three words of anything |
/// | `#` | any number |
/// | `{platform}` | any name from a slot the caller supplies (the platform catalogue) |
///
/// Words are split exactly as proposal text is (`auto-renew*` is `auto renew*`).
struct PatternParser {
    static let maximumGap = 12
    /// Brackets nest at most this deep: the parser and the compiler recurse once per level, and no
    /// real pattern needs more than three or four.
    static let maximumNesting = 32
    /// A pattern is one phrase; past this many characters it is a mistake, not a phrase.
    static let maximumLength = 1_000

    /// Named expansions for `{name}`; each is the alternatives of its names.
    var slots: [String: PatternNode]

    init(slots: [String: PatternNode] = [:]) {
        self.slots = slots
    }

    /// A problem in a pattern, with the column (0-based, in characters) where it starts.
    struct Failure: Error, Sendable, Equatable {
        var offset: Int
        var message: String
    }

    func parse(_ source: String) throws(Failure) -> PatternNode {
        let characters = Array(source)
        guard characters.count <= Self.maximumLength else {
            throw Failure(offset: Self.maximumLength, message: "pattern is longer than \(Self.maximumLength) characters; split it into several patterns")
        }
        var lexer = Lexer(characters)
        let node = try parseAlternatives(&lexer, closing: nil, depth: 0)
        if let stray = lexer.peek() {
            throw Failure(offset: stray.offset, message: "unexpected '\(stray.text)'")
        }
        guard case .sequence(let parts) = node, !parts.isEmpty else {
            if node.canBeEmpty { throw Failure(offset: 0, message: "pattern can match nothing; it needs at least one required word") }
            return node
        }
        if case .gap = parts.first! { throw Failure(offset: 0, message: "a pattern cannot start with a gap") }
        if case .gap = parts.last! { throw Failure(offset: source.count - 1, message: "a pattern cannot end with a gap") }
        if node.canBeEmpty { throw Failure(offset: 0, message: "pattern can match nothing; it needs at least one required word") }
        return node
    }

    private func parseAlternatives(_ lexer: inout Lexer, closing: Character?, depth: Int) throws(Failure) -> PatternNode {
        var choices: [PatternNode] = []
        var current: [PatternNode] = []
        var openedAt = lexer.position
        while let lexeme = lexer.peek() {
            switch lexeme.kind {
            case .close(let character):
                guard character == closing else {
                    throw Failure(offset: lexeme.offset, message: "'\(character)' has no matching opening bracket")
                }
                return try finish(choices, current, openedAt: openedAt)
            case .bar:
                lexer.advance()
                if current.isEmpty { throw Failure(offset: lexeme.offset, message: "empty alternative before '|'") }
                choices.append(.sequence(current))
                current = []
                openedAt = lexer.position
            case .open(let character):
                lexer.advance()
                guard depth < Self.maximumNesting else {
                    throw Failure(offset: lexeme.offset, message: "brackets nest deeper than \(Self.maximumNesting) levels")
                }
                let inner = try parseAlternatives(&lexer, closing: character == "(" ? ")" : "]", depth: depth + 1)
                guard lexer.peek()?.kind == .close(character == "(" ? ")" : "]") else {
                    throw Failure(offset: lexeme.offset, message: "'\(character)' is never closed")
                }
                lexer.advance()
                current.append(character == "[" ? .optional(inner) : inner)
            case .gap(let size):
                lexer.advance()
                guard (1...Self.maximumGap).contains(size) else {
                    throw Failure(offset: lexeme.offset, message: "a gap must be ~1 to ~\(Self.maximumGap), found ~\(size)")
                }
                current.append(.gap(size))
            case .number:
                lexer.advance()
                current.append(.word(.number))
            case .slot(let name):
                lexer.advance()
                guard let expansion = slots[name] else {
                    let known = slots.keys.sorted()
                    throw Failure(offset: lexeme.offset, message: "unknown slot '{\(name)}'"
                        + (known.isEmpty ? "; none is defined here" : "; known: \(known.map { "{\($0)}" }.joined(separator: ", "))"))
                }
                current.append(expansion)
            case .word(let text):
                lexer.advance()
                current += try words(text, at: lexeme.offset)
            }
        }
        // An unclosed bracket is reported by the caller, at the bracket.
        return try finish(choices, current, openedAt: openedAt)
    }

    private func finish(_ choices: [PatternNode], _ current: [PatternNode], openedAt: Int) throws(Failure) -> PatternNode {
        if current.isEmpty && !choices.isEmpty { throw Failure(offset: openedAt, message: "empty alternative after '|'") }
        if current.isEmpty { throw Failure(offset: openedAt, message: "empty group") }
        if choices.isEmpty { return .sequence(current) }
        return .alternatives(choices + [.sequence(current)])
    }

    private func words(_ text: String, at offset: Int) throws(Failure) -> [PatternNode] {
        if text.hasPrefix("=") {
            let word = String(text.dropFirst())
            guard !word.isEmpty, word.allSatisfy({ $0.isLetter || $0.isNumber }) else {
                throw Failure(offset: offset, message: "'=' must be followed by one word of letters or digits")
            }
            return [.word(.exact(word))]
        }
        let isPrefix = text.hasSuffix("*")
        let body = isPrefix ? String(text.dropLast()) : text
        if let star = body.firstIndex(of: "*") {
            throw Failure(offset: offset + body.distance(from: body.startIndex, to: star),
                          message: "'*' may only end a word")
        }
        let tokens = Tokenizer.tokenize(body)
        guard let last = tokens.last else {
            throw Failure(offset: offset, message: "'\(text)' has no letters or digits to match")
        }
        var nodes = tokens.dropLast().map { PatternNode.word(.literal($0.text)) }
        if isPrefix {
            guard last.text.count >= 2, body.last?.isLetter == true || body.last?.isNumber == true else {
                throw Failure(offset: offset, message: "a wildcard needs at least two letters before '*'")
            }
            nodes.append(.word(.prefix(last.text)))
        } else {
            nodes.append(.word(.literal(last.text)))
        }
        return nodes
    }
}

/// Splits a pattern's source into brackets, bars, gaps, slots and words, remembering offsets.
private struct Lexer {
    enum Kind: Equatable {
        case open(Character)
        case close(Character)
        case bar
        case gap(Int)
        case number
        case slot(String)
        case word(String)
    }

    struct Lexeme {
        var kind: Kind
        var offset: Int
        var text: String
    }

    private let characters: [Character]
    private(set) var position = 0
    private var lookahead: Lexeme?

    init(_ characters: [Character]) {
        self.characters = characters
    }

    mutating func peek() -> Lexeme? {
        if lookahead == nil { lookahead = scan() }
        return lookahead
    }

    mutating func advance() {
        _ = peek()
        lookahead = nil
    }

    private mutating func scan() -> Lexeme? {
        while position < characters.count, characters[position].isWhitespace { position += 1 }
        guard position < characters.count else { return nil }
        let start = position
        let character = characters[position]
        position += 1
        switch character {
        case "(", "[": return Lexeme(kind: .open(character), offset: start, text: String(character))
        case ")", "]": return Lexeme(kind: .close(character), offset: start, text: String(character))
        case "|": return Lexeme(kind: .bar, offset: start, text: "|")
        case "#": return Lexeme(kind: .number, offset: start, text: "#")
        case "~":
            let digits = take { $0.isASCIIDigit }
            return Lexeme(kind: .gap(Int(digits) ?? 0), offset: start, text: "~" + digits)
        case "{":
            let name = take { $0 != "}" && !$0.isWhitespace }
            if position < characters.count, characters[position] == "}" { position += 1 }
            return Lexeme(kind: .slot(name), offset: start, text: "{\(name)}")
        default:
            let rest = take { !$0.isWhitespace && !"()[]|{}~".contains($0) }
            return Lexeme(kind: .word(String(character) + rest), offset: start, text: String(character) + rest)
        }
    }

    private mutating func take(while predicate: (Character) -> Bool) -> String {
        let start = position
        while position < characters.count, predicate(characters[position]) { position += 1 }
        return String(characters[start..<position])
    }
}
