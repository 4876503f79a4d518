/// Finds an alias used as a mapping key (`*a: x`, `? *a`) before the text reaches Yams.
///
/// Yams hashes every key while composing, to reject duplicates; a key that aliases a deeply nested
/// node is hashed through every shared copy, which takes exponential time before the node budget
/// can see it. No criteria file needs an alias as a key, so one is refused outright.
enum AliasKeyScanner {
    /// The 1-based line and column of the first alias used as a key, or nil.
    static func firstAliasKey(in text: String) -> (line: Int, column: Int)? {
        var line = 1
        var column = 0
        var quote: Character?
        var inComment = false
        var previous: Character = "\n"
        var explicitKey = false
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            column += 1
            if character == "\n" {
                line += 1
                column = 0
                inComment = false
                explicitKey = false
                previous = character
                index += 1
                continue
            }
            if inComment { index += 1; continue }
            if let open = quote {
                if character == open { quote = nil }
                previous = character
                index += 1
                continue
            }
            let atTokenStart = previous.isWhitespace || "[{,-?".contains(previous)
            switch character {
            case "\"" where atTokenStart, "'" where atTokenStart:
                quote = character
            case "#" where previous.isWhitespace:
                inComment = true
            case "?" where atTokenStart:
                explicitKey = true
            case "*" where atTokenStart:
                let start = column
                var end = index + 1
                // libyaml's rule for anchor names: letters, digits, '-' and '_'.
                while end < characters.count, characters[end].isLetter || characters[end].isNumber || "-_".contains(characters[end]) { end += 1 }
                var next = end
                while next < characters.count, characters[next] == " " || characters[next] == "\t" { next += 1 }
                let followedByColon = next < characters.count && characters[next] == ":"
                    && (next + 1 == characters.count || characters[next + 1].isWhitespace || ",]}".contains(characters[next + 1]))
                if followedByColon || explicitKey { return (line, start) }
                column += end - index - 1
                index = end
                previous = characters[end - 1]
                continue
            default:
                if !character.isWhitespace { explicitKey = explicitKey && character == "?" }
            }
            previous = character
            index += 1
        }
        return nil
    }
}
