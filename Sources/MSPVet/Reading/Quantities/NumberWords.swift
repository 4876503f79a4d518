/// English number words as proposals spell them: "thirty-six", "ninety", "one hundred twenty".
enum NumberWords {
    private static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    private static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// The number spelt by the words starting at `start`, and the index just past them.
    static func read(_ tokens: [Token], from start: Int) -> (value: Double, end: Int)? {
        var total = 0
        var current = 0
        var index = start
        var readAny = false
        while index < tokens.count {
            let word = tokens[index].text
            if let value = units[word] {
                // "twenty four" adds; "four four" would be two numbers.
                if readAny && current % 10 != 0 { break }
                if readAny && current != 0 && value >= 10 { break }
                current += value
            } else if let value = tens[word] {
                if readAny && current % 100 != 0 { break }
                current += value
            } else if word == "hundred", readAny {
                current = max(current, 1) * 100
            } else if word == "thousand", readAny {
                total += max(current, 1) * 1000
                current = 0
            } else if word == "and", readAny, index + 1 < tokens.count,
                      units[tokens[index + 1].text] != nil || tens[tokens[index + 1].text] != nil, current >= 100 {
                // "one hundred and twenty"
            } else {
                break
            }
            readAny = true
            index += 1
        }
        return readAny ? (Double(total + current), index) : nil
    }
}
