/// Splits text into tokens the same way for proposals and for patterns, so that a pattern written
/// `auto renew*` meets "auto-renewal", "Auto Renewal" and "auto-renewing" alike.
///
/// Words split at hyphens, slashes and letter/digit changes ("24x7" → 24 x 7, "O365" → o 365,
/// "30-minute" → 30 minute); apostrophes inside words stay ("don't"); digit groups and decimals stay
/// one number ("$1,450.50" → $ 1450.5).
enum Tokenizer {
    /// A word token ends after this many scalars. No word searched for is longer, and a "word" of
    /// a letter and a million combining marks would otherwise be a dictionary key that every
    /// lookup passing its bucket must normalise in full.
    static let maximumWordScalars = 100

    /// Works on Unicode scalars, not Characters: tokens need no grapheme clusters, and skipping
    /// grapheme breaking makes tokenising several times faster on long documents.
    static func tokenize(_ text: some StringProtocol, firstLine: Int = 1) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var line = firstLine
        var pendingBreak: Token.Break?
        var index = 0

        func emit(_ range: Range<Int>, _ kind: Token.Kind, number: Double? = nil) {
            let (original, folded) = Self.texts(of: scalars[range])
            tokens.append(Token(text: folded, original: original, kind: kind, number: number,
                                line: line, breakBefore: pendingBreak))
            pendingBreak = nil
        }

        while index < scalars.count {
            let scalar = scalars[index]
            if isLetter(scalar) {
                var end = index + 1
                while end < scalars.count, end - index < maximumWordScalars {
                    let next = scalars[end]
                    if isLetter(next) || (!next.isASCII && next.properties.generalCategory == .nonspacingMark) {
                        end += 1
                    } else if isApostrophe(next), end + 1 < scalars.count, isLetter(scalars[end + 1]) {
                        end += 2
                    } else {
                        break
                    }
                }
                emit(index..<end, .word)
                index = end
            } else if isDigit(scalar) {
                let (end, digits) = scanNumber(scalars, from: index)
                // 400 digits overflow a Double to infinity: such a token is a number with no value.
                emit(index..<end, .number, number: Double(digits).flatMap { $0.isFinite ? $0 : nil })
                index = end
            } else if isSymbol(scalar) {
                emit(index..<index + 1, .symbol)
                index += 1
            } else {
                switch scalar {
                case "\n": line += 1
                case ";": pendingBreak = .semicolon
                case ":": pendingBreak = pendingBreak ?? .colon
                case "—", "–": pendingBreak = pendingBreak ?? .dash
                default: break
                }
                index += 1
            }
        }
        return tokens
    }

    /// A token's text as written and folded. Most tokens are ASCII: their bytes are written
    /// straight into the strings, where appending scalars and a Unicode-aware `lowercased()` took
    /// a fifth of the time of reading a contract.
    private static func texts(of scalars: ArraySlice<Unicode.Scalar>) -> (original: String, folded: String) {
        guard scalars.allSatisfy(\.isASCII) else {
            var original = ""
            original.unicodeScalars.append(contentsOf: scalars)
            return (original, fold(original))
        }
        var hasUpper = false
        let original = String(unsafeUninitializedCapacity: scalars.count) { buffer in
            for (offset, scalar) in scalars.enumerated() {
                let byte = UInt8(truncatingIfNeeded: scalar.value)
                hasUpper = hasUpper || (byte >= 0x41 && byte <= 0x5A)
                buffer[offset] = byte
            }
            return scalars.count
        }
        guard hasUpper else { return (original, original) }
        let folded = String(unsafeUninitializedCapacity: scalars.count) { buffer in
            for (offset, scalar) in scalars.enumerated() {
                let byte = UInt8(truncatingIfNeeded: scalar.value)
                buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            }
            return scalars.count
        }
        return (original, folded)
    }

    /// A run of digits with thousands groups and one decimal part; returns its end and its digits.
    private static func scanNumber(_ scalars: [Unicode.Scalar], from start: Int) -> (Int, String) {
        var end = start
        var digits = ""
        var seenDecimalPoint = false
        while end < scalars.count {
            let scalar = scalars[end]
            if isDigit(scalar) {
                digits.unicodeScalars.append(scalar)
                end += 1
            } else if scalar == ",", !seenDecimalPoint, isDigitGroup(scalars, at: end + 1) {
                end += 1
            } else if scalar == ".", !seenDecimalPoint, end + 1 < scalars.count, isDigit(scalars[end + 1]) {
                seenDecimalPoint = true
                digits.append(".")
                end += 1
            } else {
                break
            }
        }
        return (end, digits)
    }

    /// Exactly three digits follow, then no fourth: `1,450` groups, `1,2` and `1,4500` do not.
    private static func isDigitGroup(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 3 <= scalars.count, scalars[index..<index + 3].allSatisfy(isDigit) else { return false }
        return index + 3 == scalars.count || !isDigit(scalars[index + 3])
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)) : scalar.properties.isAlphabetic
    }

    private static func isSymbol(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "$", "€", "£", "%", "&": true
        default: false
        }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    static func fold(_ word: String) -> String {
        var folded = word.lowercased()
        if folded.unicodeScalars.contains(where: { $0 == "’" || $0 == "‘" }) {
            folded = String(folded.unicodeScalars.map { $0 == "’" || $0 == "‘" ? "'" : Character($0) })
        }
        return folded
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "’" || scalar == "‘"
    }
}
