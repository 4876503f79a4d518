import Testing
@testable import MSPVet

@Suite("Numbers in words and digits")
struct QuantityTests {
    private func quantities(_ text: String) -> [String] {
        QuantityReader.quantities(in: Tokenizer.tokenize(text)).map { "\($0.value.compact) \($0.unit.rawValue)" }
    }

    @Test func wordsAndTheirDigitsAreReadOnce() {
        #expect(quantities("an initial term of thirty-six (36) months") == ["36 month"])
    }

    @Test func durationsWithQualifiersAndPossessives() {
        #expect(quantities("ninety days' written notice") == ["90 day"])
        #expect(quantities("within 4 business hours") == ["4 hour"])
        #expect(quantities("a 30-minute response") == ["30 minute"])
        #expect(quantities("one hundred twenty days") == ["120 day"])
        #expect(quantities("twenty four hours, or one hundred and five minutes") == ["24 hour", "105 minute"])
        #expect(quantities("a three-year term") == ["3 year"])
        #expect(quantities("one month's fees, or two years\u{2019}s notice") == ["1 month", "2 year"])
    }

    @Test func moneyAndPercentages() {
        #expect(quantities("$1,450 per month and 5% a year") == ["1450 dollar", "5 percent"])
        #expect(quantities("up to 7 percent") == ["7 percent"])
        #expect(quantities("150 dollars") == ["150 dollar"])
    }

    @Test func aroundTheClockIsNotADuration() {
        #expect(quantities("staffed 24x7x365") == ["24 count", "7 count", "365 count"])
    }

    @Test(arguments: [
        ("lock-in.initial-term", "The agreement runs for a three-year term.", 36.0),
        ("lock-in.initial-term", "Month-to-month service.", 1),
        ("lock-in.notice-period", "Either party may cancel with three months' notice.", 90),
        ("service.response-sla", "We respond within 1 hour to outages and within 15 minutes to security alerts.", 15),
        ("pricing.per-user-price", "Managed service costs $1,450.50 per user per month.", 1450.5),
    ])
    func valueChecksReadTheNumberBesideTheirPhrase(check: String, text: String, value: Double) {
        #expect(result(check, for: text).value == value)
    }
}
