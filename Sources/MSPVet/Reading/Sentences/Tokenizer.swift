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

    /// Works on UTF-8 bytes, decoding a scalar only where a byte is not ASCII: tokens need no
    /// grapheme clusters, and copying the text into scalars first cost more than the cutting.
    static func tokenize(_ text: some StringProtocol, firstLine: Int = 1) -> [Token] {
        if let tokens = text.utf8.withContiguousStorageIfAvailable({ tokenize(bytes: $0, firstLine: firstLine) }) {
            return tokens
        }
        return Array(text.utf8).withUnsafeBufferPointer { tokenize(bytes: $0, firstLine: firstLine) }
    }

    private static func tokenize(bytes: UnsafeBufferPointer<UInt8>, firstLine: Int) -> [Token] {
        var tokens: [Token] = []
        // Prose averages a token every six or seven bytes: room for one every five is seldom
        // outgrown, where growing from empty copied each sentence's tokens several times.
        tokens.reserveCapacity(bytes.count / 5 + 1)
        var line = firstLine
        var pendingBreak: Token.Break?
        var index = 0

        func emit(_ range: Range<Int>, _ kind: Token.Kind, number: Double? = nil) {
            let (original, folded) = Self.texts(of: UnsafeBufferPointer(rebasing: bytes[range]))
            tokens.append(Token(text: folded, original: original, kind: kind, number: number,
                                line: line, breakBefore: pendingBreak))
            pendingBreak = nil
        }

        while index < bytes.count {
            let (scalar, width) = Self.scalar(in: bytes, at: index)
            if isLetter(scalar) {
                var end = index + width
                var scalars = 1
                while end < bytes.count, scalars < maximumWordScalars {
                    let (next, nextWidth) = Self.scalar(in: bytes, at: end)
                    if isLetter(next) || (!next.isASCII && next.properties.generalCategory == .nonspacingMark) {
                        end += nextWidth
                        scalars += 1
                    } else if isApostrophe(next), end + nextWidth < bytes.count,
                              case let (after, afterWidth) = Self.scalar(in: bytes, at: end + nextWidth), isLetter(after) {
                        end += nextWidth + afterWidth
                        scalars += 2
                    } else {
                        break
                    }
                }
                emit(index..<end, .word)
                index = end
            } else if isDigit(scalar) {
                let (end, digits) = scanNumber(bytes, from: index)
                // 400 digits overflow a Double to infinity: such a token is a number with no value.
                emit(index..<end, .number, number: Double(digits).flatMap { $0.isFinite ? $0 : nil })
                index = end
            } else if isSymbol(scalar) {
                emit(index..<index + width, .symbol)
                index += width
            } else {
                switch scalar {
                case "\n": line += 1
                case ";": pendingBreak = .semicolon
                case ":": pendingBreak = pendingBreak ?? .colon
                case "—", "–": pendingBreak = pendingBreak ?? .dash
                default: break
                }
                index += width
            }
        }
        return tokens
    }

    /// The scalar whose UTF-8 encoding starts at `index`, and its width in bytes.
    @inline(__always)
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let width = UTF8Scalar.width(startingWith: bytes[index])
        return (UTF8Scalar.decode(bytes, at: index, width: width), width)
    }

    /// A token's text as written and folded. Most tokens are ASCII: their bytes are written
    /// straight into the strings, where appending scalars and a Unicode-aware `lowercased()` took
    /// a fifth of the time of reading a contract.
    private static func texts(of bytes: UnsafeBufferPointer<UInt8>) -> (original: String, folded: String) {
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            let original = String(decoding: bytes, as: UTF8.self)
            return (original, fold(original))
        }
        // ASCII needs no validation: `String(decoding:)` checked every byte again.
        let original = String(unsafeUninitializedCapacity: bytes.count) { buffer in
            _ = buffer.initialize(fromContentsOf: bytes)
            return bytes.count
        }
        guard bytes.contains(where: \.isASCIIUppercase) else { return (original, original) }
        let folded = String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (offset, byte) in bytes.enumerated() {
                buffer[offset] = byte.asciiLowercased
            }
            return bytes.count
        }
        return (original, folded)
    }

    /// A run of digits with thousands groups and one decimal part; returns its end and its digits.
    private static func scanNumber(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, String) {
        var end = start
        var digits = ""
        var seenDecimalPoint = false
        while end < bytes.count {
            let byte = bytes[end]
            if byte.isASCIIDigit {
                digits.unicodeScalars.append(Unicode.Scalar(byte))
                end += 1
            } else if byte == UInt8(ascii: ","), !seenDecimalPoint, isDigitGroup(bytes, at: end + 1) {
                end += 1
            } else if byte == UInt8(ascii: "."), !seenDecimalPoint, end + 1 < bytes.count, bytes[end + 1].isASCIIDigit {
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
    private static func isDigitGroup(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + 3 <= bytes.count, (index..<index + 3).allSatisfy({ bytes[$0].isASCIIDigit }) else { return false }
        return index + 3 == bytes.count || !bytes[index + 3].isASCIIDigit
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
