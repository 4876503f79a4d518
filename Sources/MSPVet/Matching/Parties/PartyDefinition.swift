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
        var searchFrom = text.startIndex
        // Parentheses are found by their bytes: searching by Character would break every
        // sentence into grapheme clusters, and this runs over every sentence holding one.
        while let open = text.utf8[searchFrom...].firstIndex(of: UInt8(ascii: "(")) {
            let inner = text[text.index(after: open)...].prefix(maximumInside)
            guard let close = inner.utf8.firstIndex(of: UInt8(ascii: ")")) else { break }
            let aliases = quoted(in: inner[..<close])
            if !aliases.isEmpty {
                found.append(PartyDefinition(entity: entity(before: text[..<open]), aliases: aliases))
            }
            searchFrom = text.index(after: open)
        }
        return found
    }

    /// The quoted strings of a parenthesis: `the "Client"`, `hereinafter 'Acme'`, `“we” or “us”`.
    private static func quoted(in text: Substring) -> [String] {
        var result: [String] = []
        var index = text.startIndex
        while let open = text[index...].firstIndex(where: { "\"“‘'".contains($0) }) {
            let afterOpen = text.index(after: open)
            guard let close = text[afterOpen...].firstIndex(where: { "\"”’'".contains($0) }) else { break }
            let name = text[afterOpen..<close].trimmingWhitespace()
            let words = name.split(whereSeparator: \.isWhitespace)
            if !words.isEmpty, words.count <= maximumAliasWords, name.first?.isLetter == true { result.append(String(name)) }
            index = text.index(after: close)
        }
        return result
    }

    /// The run of capitalised words that ends right before the parenthesis, stepping back over a
    /// description set off by commas ("Acme IT LLC, a Texas limited liability company (…)").
    private static func entity(before text: Substring) -> String? {
        var segments = text.suffix(240).split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
        while let last = segments.last, segments.count > 1, last.isEmpty || last.hasPrefix("a ") || last.hasPrefix("an ") {
            segments.removeLast()
        }
        // "Acme IT Services, Inc.": the suffix set off by a comma is still the name's.
        if segments.count > 1, let last = segments.last, !last.contains(where: \.isWhitespace),
           PartyRoster.companySuffixes.contains(last.lowercased().filter(\.isLetter)) {
            segments[segments.count - 2] = Substring(segments[segments.count - 2] + " " + last)
            segments.removeLast()
        }
        guard let segment = segments.last else { return nil }
        var words: [Substring] = []
        for word in segment.split(whereSeparator: \.isWhitespace).reversed() {
            guard let first = word.first, first.isUppercase || first.isNumber || word == "&" || word == "of" else { break }
            words.insert(word, at: 0)
            if words.count == maximumEntityWords { break }
        }
        while let first = words.first, first == "of" || first == "&" { words.removeFirst() }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}
