import Testing
@testable import MSPVet

@Suite("Tokenizer: proposals and patterns split the same way")
struct TokenizerTests {
    private func words(_ text: String) -> [String] { Tokenizer.tokenize(text).map(\.text) }

    @Test func hyphensAndCaseFoldAway() {
        #expect(words("Auto-Renewal") == ["auto", "renewal"])
        #expect(words("month-to-month") == ["month", "to", "month"])
    }

    @Test func lettersAndDigitsSplit() {
        #expect(words("24x7x365") == ["24", "x", "7", "x", "365"])
        #expect(words("24/7") == ["24", "7"])
        #expect(words("O365") == ["o", "365"])
        #expect(words("30-minute") == ["30", "minute"])
        #expect(words("SOC2") == words("SOC 2"))
    }

    @Test func apostrophesStayInsideWordsOnly() {
        #expect(words("We don’t") == ["we", "don't"])
        #expect(words("ninety days' notice") == ["ninety", "days", "notice"])
    }

    @Test func numbersKeepGroupsAndDecimals() {
        let tokens = Tokenizer.tokenize("$1,450.50 and 1,2 and $1.5")
        #expect(tokens.map(\.text) == ["$", "1,450.50", "and", "1", "2", "and", "$", "1.5"])
        #expect(tokens[1].number == 1450.5)
        #expect(tokens[7].number == 1.5)
        #expect(tokens[1].kind == .number)
        #expect(tokens[0].kind == .symbol)
    }

    @Test func clauseBreaksAreRemembered() {
        let tokens = Tokenizer.tokenize("no fee; renews — yearly: yes")
        #expect(tokens[2].breakBefore == .semicolon)
        #expect(tokens[3].breakBefore == .dash)
        #expect(tokens[4].breakBefore == .colon)
        #expect(tokens[1].breakBefore == nil)
    }

    @Test func linesAreCounted() {
        let tokens = Tokenizer.tokenize("first\nsecond\n\nthird", firstLine: 10)
        #expect(tokens.map(\.line) == [10, 11, 13])
    }

    /// Tokens are read from UTF-8 bytes; what is not ASCII is decoded, not skipped or split.
    @Test func wordsBeyondASCIIKeepTheirLettersAndMarks() {
        #expect(words("Société Générale’s résumé") == ["société", "générale's", "résumé"])
        // A combining accent stays inside its word, and a word of it folds like its composed form.
        let decomposed = Tokenizer.tokenize("Cafe\u{301} €40")
        #expect(decomposed.map(\.original) == ["Cafe\u{301}", "€", "40"])
        #expect(decomposed[1].kind == .symbol)
        #expect(words("ΔΙΑΡΚΕΙΑ σύμβασης") == ["διαρκεια", "σύμβασης"])
    }

    /// A slice of a longer text is tokenised exactly as the same words copied out on their own.
    @Test func aSliceTokenisesAsItsCopy() {
        let text = "Preamble. Either party may terminate on ninety (90) days’ notice; fees: $1,450.50."
        let slice = text[text.firstIndex(of: "E")!...]
        #expect(Tokenizer.tokenize(slice) == Tokenizer.tokenize(String(slice)))
        #expect(Tokenizer.tokenize(slice).first?.original == "Either")
    }
}
