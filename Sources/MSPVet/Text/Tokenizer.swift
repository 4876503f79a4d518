/// Splits text into tokens the same way for proposals and for patterns, so that a pattern written
/// `auto renew*` meets "auto-renewal", "Auto Renewal" and "auto-renewing" alike.
///
/// Words split at hyphens, slashes and letter/digit changes ("24x7" → 24 x 7, "O365" → o 365,
/// "30-minute" → 30 minute); apostrophes inside words stay ("don't"); digit groups and decimals stay
/// one number ("$1,450.50" → $ 1450.5).
public enum Tokenizer {
    public static func tokenize(_ text: some StringProtocol, firstLine: Int = 1) -> [Token] {
        let characters = Array(text)
        var tokens: [Token] = []
        var line = firstLine
        var pendingBreak: Token.Break?
        var index = 0

        func emit(_ original: String, _ kind: Token.Kind, number: Double? = nil) {
            tokens.append(Token(text: fold(original), original: original, kind: kind, number: number,
                                line: line, breakBefore: pendingBreak))
            pendingBreak = nil
        }

        while index < characters.count {
            let character = characters[index]
            if character.isLetter {
                var end = index + 1
                while end < characters.count {
                    let next = characters[end]
                    if next.isLetter || next.isMark {
                        end += 1
                    } else if isApostrophe(next), end + 1 < characters.count, characters[end + 1].isLetter {
                        end += 2
                    } else {
                        break
                    }
                }
                emit(String(characters[index..<end]), .word)
                index = end
            } else if character.isASCIIDigit {
                let (end, digits) = scanNumber(characters, from: index)
                emit(String(characters[index..<end]), .number, number: Double(digits))
                index = end
            } else if "$€£%&".contains(character) {
                emit(String(character), .symbol)
                index += 1
            } else {
                if character == "\n" { line += 1 }
                switch character {
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

    /// A run of digits with thousands groups and one decimal part; returns its end and its digits.
    private static func scanNumber(_ characters: [Character], from start: Int) -> (Int, String) {
        var end = start
        var digits = ""
        var seenDecimalPoint = false
        while end < characters.count {
            let character = characters[end]
            if character.isASCIIDigit {
                digits.append(character)
                end += 1
            } else if character == ",", !seenDecimalPoint, isDigitGroup(characters, at: end + 1) {
                end += 1
            } else if character == ".", !seenDecimalPoint, end + 1 < characters.count, characters[end + 1].isASCIIDigit {
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
    private static func isDigitGroup(_ characters: [Character], at index: Int) -> Bool {
        guard index + 3 <= characters.count,
              characters[index..<index + 3].allSatisfy(\.isASCIIDigit) else { return false }
        return index + 3 == characters.count || !characters[index + 3].isASCIIDigit
    }

    static func fold(_ word: String) -> String {
        String(word.lowercased().map { isApostrophe($0) ? "'" : $0 })
    }

    static func isApostrophe(_ character: Character) -> Bool {
        character == "'" || character == "’" || character == "‘"
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isMark: Bool { unicodeScalars.allSatisfy { $0.properties.generalCategory == .nonspacingMark } }
}
