/// A name defined in parentheses, as contracts introduce their parties:
/// `Acme IT Services LLC, a Texas company ("Provider")`, `TOM WATSON (hereinafter referred to as
/// "CONSULTANT")`, `Acme ("Acme", "we" or "us")`.
struct PartyDefinition: Sendable, Hashable {
    /// The name the definition follows, when one stands right before it.
    var entity: String?
    /// The quoted names inside the parentheses.
    var aliases: [String]

    /// A parenthesis this long holds prose, not a definition.
    static let maximumInside = 160
    /// A quoted name this long is a phrase being defined, not a party.
    static let maximumAliasWords = 5
    /// Words of a company's name at most.
    static let maximumEntityWords = 8

    /// Every definition in `text`, in order.
    static func all(in text: String) -> [PartyDefinition] {
        var found: [PartyDefinition] = []
        // Parentheses are found by their bytes, over the string's storage: searching by
        // Character would break every sentence into grapheme clusters, and stepping a UTF-8
        // view's index per byte cost most of this, which runs over every sentence.
        let opens = text.withUTF8Bytes { bytes in bytes.indices.filter { bytes[$0] == UInt8(ascii: "(") } }
        for offset in opens {
            let open = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
            let rest = text[text.index(after: open)...]
            // The close must lie within `maximumInside` Characters. A close byte within that
            // many bytes does (a Character is a byte or more), so Characters are counted only
            // for a parenthesis that runs longer: counting them for every "(b)" and "(30)" cost
            // most of this.
            let close: String.Index
            if let near = rest.utf8.prefix(maximumInside).firstIndex(of: UInt8(ascii: ")")) {
                close = near
            } else if let far = rest.prefix(maximumInside).utf8.firstIndex(of: UInt8(ascii: ")")) {
                close = far
            } else {
                break
            }
            let aliases = quoted(in: rest[..<close])
            if !aliases.isEmpty {
                found.append(PartyDefinition(entity: entity(before: text[..<open]), aliases: aliases))
            }
        }
        return found
    }

    /// The quoted strings of a parenthesis: `the "Client"`, `hereinafter 'Acme'`, `“we” or “us”`.
    static func quoted(in text: Substring) -> [String] {
        // Most parentheses ("(30)", "(b)") hold no quote mark at all: `"`, `'`, or the lead byte
        // of a curly one.
        guard text.containsUTF8Byte(where: { $0 == 0x22 || $0 == 0x27 || $0 == 0xE2 }) else { return [] }
        // Straight quotes in ASCII text are found by their bytes: comparing every Character with
        // four quote marks cost most of finding the parties.
        if text.isAllASCII { return asciiQuoted(in: text) }
        return quotedByCharacters(in: text)
    }

    /// `quoted` read from Characters, for text that is not ASCII (curly quotes among it).
    static func quotedByCharacters(in text: Substring) -> [String] {
        names(in: text, view: text, opens: isOpeningQuote, closes: isClosingQuote) { name in
            let words = name.split(whereSeparator: \.isSpace)
            return !words.isEmpty && words.count <= maximumAliasWords && name.first?.isLetterQuickly == true
        }
    }

    /// `quoted` for ASCII text, whose quote marks are `"` and `'`, opening and closing alike.
    private static func asciiQuoted(in text: Substring) -> [String] {
        let isQuote = { (byte: UInt8) in byte == 0x22 || byte == 0x27 }
        return names(in: text, view: text.utf8, opens: isQuote, closes: isQuote) { name in
            let words = name.utf8.split(whereSeparator: \.isASCIISpace)
            return !words.isEmpty && words.count <= maximumAliasWords && name.utf8.first?.isASCIILetter == true
        }
    }

    /// The trimmed runs of `text` between an opening and a closing mark that `accepts` takes,
    /// the marks looked for in `view`: its Characters or its bytes, which share its indices.
    private static func names<View: Collection>(in text: Substring, view: View, opens: (View.Element) -> Bool,
                                                 closes: (View.Element) -> Bool, accepts: (Substring) -> Bool) -> [String]
    where View.Index == Substring.Index {
        var result: [String] = []
        var index = view.startIndex
        while let open = view[index...].firstIndex(where: opens) {
            let afterOpen = view.index(after: open)
            guard let close = view[afterOpen...].firstIndex(where: closes) else { break }
            let name = text[afterOpen..<close].trimmingWhitespace()
            if accepts(name) { result.append(String(name)) }
            index = view.index(after: close)
        }
        return result
    }

    private static func isOpeningQuote(_ character: Character) -> Bool {
        character == "\"" || character == "“" || character == "‘" || character == "'"
    }

    private static func isClosingQuote(_ character: Character) -> Bool {
        character == "\"" || character == "”" || character == "’" || character == "'"
    }

    /// The run of capitalised words that ends right before the parenthesis, stepping back over a
    /// description set off by commas ("Acme IT LLC, a Texas limited liability company (…)").
    private static func entity(before text: Substring) -> String? {
        var segments = commaSeparated(tail(of: text))
        while let last = segments.last, segments.count > 1, last.isEmpty || last.hasPrefix("a ") || last.hasPrefix("an ") {
            segments.removeLast()
        }
        // "Acme IT Services, Inc.": the suffix set off by a comma is still the name's.
        if segments.count > 1, let last = segments.last, !last.contains(where: \.isSpace),
           PartyRoster.companySuffixes.contains(last.lowercased().filter(\.isLetterQuickly)) {
            segments[segments.count - 2] = Substring(segments[segments.count - 2] + " " + last)
            segments.removeLast()
        }
        guard let segment = segments.last else { return nil }
        var words = capitalisedRun(endingAt: segment)
        while let first = words.first, first == "of" || first == "&" { words.removeFirst() }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// The last words of `segment` that start with a capital or a digit (or are "&", "of"), at
    /// most `maximumEntityWords`. ASCII text is split at its space bytes, from the end; splitting
    /// by Character cost most of finding the parties.
    private static func capitalisedRun(endingAt segment: Substring) -> [Substring] {
        func takes(_ word: Substring, startingWith first: Character) -> Bool {
            first.isUppercase || first.isNumber || word == "&" || word == "of"
        }
        var words: [Substring] = []
        let utf8 = segment.utf8
        guard segment.isAllASCII else {
            for word in segment.split(whereSeparator: \.isSpace).reversed() {
                guard let first = word.first, takes(word, startingWith: first) else { break }
                words.insert(word, at: 0)
                if words.count == maximumEntityWords { break }
            }
            return words
        }
        var end = utf8.endIndex
        while words.count < maximumEntityWords {
            while end > utf8.startIndex, utf8[utf8.index(before: end)].isASCIISpace { end = utf8.index(before: end) }
            guard end > utf8.startIndex else { break }
            var start = end
            while start > utf8.startIndex, !utf8[utf8.index(before: start)].isASCIISpace { start = utf8.index(before: start) }
            let word = segment[start..<end]
            guard takes(word, startingWith: Character(Unicode.Scalar(utf8[start]))) else { break }
            words.insert(word, at: 0)
            end = start
        }
        return words
    }

    /// The text's pieces between commas, trimmed, empty ones kept; cut at the comma's byte, as
    /// splitting by Character compared a grapheme cluster at every step.
    private static func commaSeparated(_ text: Substring) -> [Substring] {
        var segments: [Substring] = []
        var start = text.startIndex
        let utf8 = text.utf8
        var index = utf8.startIndex
        while let comma = utf8[index...].firstIndex(of: UInt8(ascii: ",")) {
            segments.append(text[start..<comma].trimmingWhitespace())
            start = utf8.index(after: comma)
            index = start
        }
        segments.append(text[start...].trimmingWhitespace())
        return segments
    }

    /// The last 240 bytes of `text` or so, started on a whole character: room for a name and
    /// its description, found without walking back over Characters one grapheme at a time.
    private static func tail(of text: Substring) -> Substring {
        let utf8 = text.utf8
        guard utf8.count > 240 else { return text }
        var start = utf8.index(utf8.endIndex, offsetBy: -240)
        // Step past a scalar's continuation bytes, then to a space so no character is split.
        while start < utf8.endIndex, utf8[start] & 0xC0 == 0x80 { start = utf8.index(after: start) }
        if let space = utf8[start...].firstIndex(of: UInt8(ascii: " ")) { start = space }
        return text[start...]
    }
}
