/// Finds the quantities in a sentence: digits and number words, money, percentages and durations,
/// with "thirty-six (36)" read once, not twice.
enum QuantityReader {
    private static let timeUnits: [String: Quantity.Unit] = [
        "minute": .minute, "minutes": .minute, "min": .minute, "mins": .minute,
        "hour": .hour, "hours": .hour, "hr": .hour, "hrs": .hour,
        "day": .day, "days": .day,
        "week": .week, "weeks": .week,
        "month": .month, "months": .month, "mo": .month, "mos": .month,
        "year": .year, "years": .year, "yr": .year, "yrs": .year,
    ]
    /// Words that may stand between a number and its unit: "5 business days", "30 calendar days".
    private static let qualifiers: Set<String> = ["business", "calendar", "working", "full", "consecutive", "clock"]

    static func quantities(in tokens: [Token]) -> [Quantity] {
        var found: [Quantity] = []
        var index = 0
        while index < tokens.count {
            guard let (value, numberEnd) = number(in: tokens, at: index) else {
                index += 1
                continue
            }
            var end = numberEnd
            // "thirty-six (36) months": the digits repeat the words.
            if end < tokens.count, tokens[end].kind == .number, tokens[end].number == value, tokens[index].kind == .word {
                end += 1
            }
            var unit = Quantity.Unit.count
            if index > 0, tokens[index - 1].text == "$" {
                unit = .dollar
            } else if end < tokens.count, tokens[end].text == "%" || tokens[end].text == "percent" {
                unit = .percent
                end += 1
            } else if end < tokens.count, tokens[end].text == "dollars" || tokens[end].text == "usd" {
                unit = .dollar
                end += 1
            } else {
                var unitIndex = end
                if unitIndex < tokens.count, qualifiers.contains(tokens[unitIndex].text) { unitIndex += 1 }
                if unitIndex < tokens.count, let timeUnit = timeUnit(tokens[unitIndex].text) {
                    unit = timeUnit
                    end = unitIndex + 1
                }
            }
            found.append(Quantity(value: value, unit: unit, range: index..<end))
            index = end
        }
        return found
    }

    /// The time unit a word names; a possessive counts ("one month's fees", "a year’s notice").
    private static func timeUnit(_ word: String) -> Quantity.Unit? {
        if let unit = timeUnits[word] { return unit }
        guard word.hasSuffix("'s") || word.hasSuffix("\u{2019}s") else { return nil }
        return timeUnits[String(word.dropLast(2))]
    }

    private static func number(in tokens: [Token], at index: Int) -> (Double, Int)? {
        if tokens[index].kind == .number, let value = tokens[index].number {
            return (value, index + 1)
        }
        return NumberWords.read(tokens, from: index)
    }
}
