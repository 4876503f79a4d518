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
}
