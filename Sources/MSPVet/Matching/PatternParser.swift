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
        let bytes = Array(source.utf8)
        guard bytes.count <= Self.maximumLength || source.count <= Self.maximumLength else {
            throw Failure(offset: Self.maximumLength, message: "pattern is longer than \(Self.maximumLength) characters; split it into several patterns")
        }
        do {
            return try parse(bytes)
        } catch {
            // Lexing counts bytes; people count characters.
            let prefix = String(decoding: bytes.prefix(min(error.offset, bytes.count)), as: UTF8.self)
            throw Failure(offset: prefix.count, message: error.message)
        }
    }

    private func parse(_ bytes: [UInt8]) throws(Failure) -> PatternNode {
        var lexer = Lexer(bytes)
        let node = try parseAlternatives(&lexer, closing: nil, depth: 0)
        if let stray = lexer.peek() {
            throw Failure(offset: stray.offset, message: "unexpected '\(stray.text)'")
        }
        guard case .sequence(let parts) = node, !parts.isEmpty else {
            if node.canBeEmpty { throw Failure(offset: 0, message: "pattern can match nothing; it needs at least one required word") }
            return node
        }
        if case .gap = parts.first! { throw Failure(offset: 0, message: "a pattern cannot start with a gap") }
        if case .gap = parts.last! { throw Failure(offset: bytes.count - 1, message: "a pattern cannot end with a gap") }
        if node.canBeEmpty { throw Failure(offset: 0, message: "pattern can match nothing; it needs at least one required word") }
        return node
    }

    private func parseAlternatives(_ lexer: inout Lexer, closing: UInt8?, depth: Int) throws(Failure) -> PatternNode {
        var choices: [PatternNode] = []
        var current: [PatternNode] = []
        var openedAt = lexer.position
        while let lexeme = lexer.peek() {
            switch lexeme.kind {
            case .close(let character):
                guard character == closing else {
                    throw Failure(offset: lexeme.offset, message: "'\(lexeme.text)' has no matching opening bracket")
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
                let closing = character == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")
                let inner = try parseAlternatives(&lexer, closing: closing, depth: depth + 1)
                guard lexer.peek()?.kind == .close(closing) else {
                    throw Failure(offset: lexeme.offset, message: "'\(lexeme.text)' is never closed")
                }
                lexer.advance()
                current.append(character == UInt8(ascii: "[") ? .optional(inner) : inner)
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
        if let star = body.utf8.firstIndex(of: UInt8(ascii: "*")) {
            throw Failure(offset: offset + body.utf8.distance(from: body.utf8.startIndex, to: star),
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

/// Splits a pattern's source into brackets, bars, gaps, slots and words, remembering offsets (in
/// UTF-8 bytes). Every delimiter is ASCII, so bytes are compared directly: thousands of patterns are
/// lexed before the first document is read.
private struct Lexer {
    enum Kind: Equatable {
        case open(UInt8)
        case close(UInt8)
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

    private let bytes: [UInt8]
    private(set) var position = 0
    private var lookahead: Lexeme?

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
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
        while let width = spaceWidth(at: position) { position += width }
        guard position < bytes.count else { return nil }
        let start = position
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: "["): return Lexeme(kind: .open(byte), offset: start, text: text(start..<position))
        case UInt8(ascii: ")"), UInt8(ascii: "]"): return Lexeme(kind: .close(byte), offset: start, text: text(start..<position))
        case UInt8(ascii: "|"): return Lexeme(kind: .bar, offset: start, text: "|")
        case UInt8(ascii: "#"): return Lexeme(kind: .number, offset: start, text: "#")
        case UInt8(ascii: "~"):
            let digits = take(upTo: end(from: position) { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[$0]) })
            return Lexeme(kind: .gap(Int(digits) ?? 0), offset: start, text: "~" + digits)
        case UInt8(ascii: "{"):
            let name = take(upTo: end(from: position) { bytes[$0] != UInt8(ascii: "}") && spaceWidth(at: $0) == nil })
            if position < bytes.count, bytes[position] == UInt8(ascii: "}") { position += 1 }
            return Lexeme(kind: .slot(name), offset: start, text: "{\(name)}")
        default:
            // The first character is taken whatever it is (a stray '}' is a word the parser reports).
            let rest = end(from: start) { $0 == start }
            position = start
            let word = take(upTo: end(from: rest) { spaceWidth(at: $0) == nil && !Self.isDelimiter(bytes[$0]) })
            return Lexeme(kind: .word(word), offset: start, text: word)
        }
    }

    /// What ends a word: brackets, bars, slots and gaps (`#` stands alone only where a lexeme starts).
    private static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "|"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "~"): true
        default: false
        }
    }

    /// The length in bytes of the Unicode White_Space character at `index` (as
    /// `Character.isWhitespace` reads it), or nil when there is none.
    private func spaceWidth(at index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        let byte = bytes[index]
        if byte < 0x80 {
            return byte == UInt8(ascii: " ") || (0x09...0x0D).contains(byte) ? 1 : nil
        }
        var decoder = UTF8()
        var iterator = bytes[index...].makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator), scalar.properties.isWhitespace else { return nil }
        return UTF8.width(scalar)
    }

    /// The text from the current position to `end`, which becomes the position.
    private mutating func take(upTo end: Int) -> String {
        defer { position = end }
        return text(position..<end)
    }

    /// Where a run ends that holds `predicate` at each scalar's first byte: whole scalars at a time,
    /// so a word never ends inside a character's encoding.
    private func end(from start: Int, while predicate: (Int) -> Bool) -> Int {
        var index = start
        while index < bytes.count, predicate(index) {
            index += 1
            while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
        }
        return index
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
