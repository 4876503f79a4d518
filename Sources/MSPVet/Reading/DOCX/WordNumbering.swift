/// Word's automatic numbering (`word/numbering.xml`), and the counters that give each numbered
/// paragraph its label.
///
/// A contract drafted in Word numbers its clauses this way: "10.2" is in no `w:t` of the body,
/// only in a list definition ("%1.%2", decimal) and a paragraph's `w:numPr`. Without the labels a
/// Word contract has no clause numbers, and its run-in titles ("10.2 Termination for
/// Convenience.") are no headings.
struct WordNumbering: Sendable {
    /// One level of a list definition.
    struct Level: Sendable, Equatable {
        var start = 1
        var format = Format.decimal
        /// The label with `%1`…`%9` standing for the levels' counters ("%1.%2", "(%3)").
        var text = ""
        /// "Legal" numbering: every level's counter shown as a decimal.
        var isLegal = false
    }

    /// How a counter is written.
    enum Format: Sendable, Equatable {
        case decimal, decimalZero, lowerLetter, upperLetter, lowerRoman, upperRoman, bullet, none

        /// Word's `w:numFmt` value; the many national formats a contract never uses read as decimal.
        init(_ value: String) {
            switch value {
            case "decimalZero": self = .decimalZero
            case "lowerLetter": self = .lowerLetter
            case "upperLetter": self = .upperLetter
            case "lowerRoman": self = .lowerRoman
            case "upperRoman": self = .upperRoman
            case "bullet": self = .bullet
            case "none": self = .none
            default: self = .decimal
            }
        }
    }

    /// Word allows nine levels, `w:ilvl` 0 to 8.
    static let levels = 9

    /// Each abstract definition's levels, by `w:abstractNumId`.
    var definitions: [String: [Int: Level]] = [:]
    /// Each list (`w:num`) by `w:numId`: its definition, and the levels it restarts.
    var lists: [String: (definition: String, restarts: [Int: Int])] = [:]
    /// The paragraph styles tied to a definition's level (`w:lvl/w:pStyle`): a heading style
    /// numbered "1", "1.1", "1.1.1", or Word's "List Number". Word ties the style both ways, so
    /// the numbering a style gives is read here without `styles.xml`, a large part (mostly table
    /// styles) whose reading cost more than the rest of a short document.
    var styleLevels: [String: (definition: String, level: Int)] = [:]

    /// The counters of each definition: lists sharing one continue each other, as in Word.
    private var counters: [String: [Int?]] = [:]
    /// The restarts already made, by list and level: a list restarts once, where it is first used.
    private var restarted: Set<String> = []

    /// The list and level a paragraph is numbered in: its own `w:numPr`, else its style's. List
    /// "0" is Word's "no numbering".
    func numbering(list: String?, level: Int?, style: String?) -> (list: String, level: Int)? {
        var list = list
        var level = level
        if let style, let styled = styleLevels[style], list == nil || lists[list ?? ""]?.definition == styled.definition {
            // The list a style numbers in is the first that uses its definition.
            list = list ?? lists.filter { $0.value.definition == styled.definition }.keys.min { Self.precedes($0, $1) }
            level = level ?? styled.level
        }
        guard let list, list != "0", lists[list] != nil else { return nil }
        return (list, min(max(level ?? 0, 0), Self.levels - 1))
    }

    /// List ids in number order ("2" before "10").
    private static func precedes(_ left: String, _ right: String) -> Bool {
        (Int(left) ?? .max, left) < (Int(right) ?? .max, right)
    }

    /// Counts a paragraph numbered at `level` of `list` and returns its label ("10.2", "(c)",
    /// "•"); nil when the list is not defined.
    mutating func label(list: String, level: Int) -> (text: String, format: Format)? {
        guard let (definition, restarts) = lists[list], let levels = definitions[definition] else { return nil }
        var values = counters[definition] ?? Array(repeating: nil, count: Self.levels)
        let defined = levels[level] ?? Level()
        if let restart = restarts[level], restarted.insert("\(list) \(level)").inserted {
            values[level] = restart - 1
        }
        values[level] = (values[level] ?? defined.start - 1) + 1
        for deeper in (level + 1)..<Self.levels { values[deeper] = nil }
        counters[definition] = values
        if defined.format == .bullet || defined.format == .none { return (defined.format == .bullet ? defined.text : "", defined.format) }
        var text = ""
        var rest = Substring(defined.text)
        while let percent = rest.firstIndex(of: "%") {
            text += rest[..<percent]
            let digit = rest[rest.index(after: percent)...].first
            guard let digit, let shown = digit.wholeNumberValue, (1...Self.levels).contains(shown) else {
                text += "%"
                rest = rest[rest.index(after: percent)...]
                continue
            }
            let shownLevel = levels[shown - 1] ?? Level()
            let value = values[shown - 1] ?? shownLevel.start
            text += Self.write(value, as: defined.isLegal ? .decimal : shownLevel.format)
            rest = rest[rest.index(percent, offsetBy: 2)...]
        }
        text += rest
        return (text, defined.format)
    }

    /// A counter in a level's format: 3 → "3", "03", "c", "C", "iii", "III".
    static func write(_ value: Int, as format: Format) -> String {
        switch format {
        case .decimal, .bullet, .none: String(value)
        case .decimalZero: value < 10 && value >= 0 ? "0\(value)" : String(value)
        case .lowerLetter: letters(value)
        case .upperLetter: letters(value).uppercased()
        case .lowerRoman: roman(value).lowercased()
        case .upperRoman: roman(value)
        }
    }

    /// Word's letters: a … z, then aa … zz, aaa …: the letter repeated once per round.
    private static func letters(_ value: Int) -> String {
        guard value >= 1 else { return String(value) }
        let letter = Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8((value - 1) % 26)))
        // A list runs to some hundreds of items; a damaged start value is not spelled out in full.
        let rounds = (value - 1) / 26 + 1
        return rounds > 8 ? String(value) : String(repeating: letter, count: rounds)
    }

    private static func roman(_ value: Int) -> String {
        guard (1...3999).contains(value) else { return String(value) }
        let numerals: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var remaining = value
        var text = ""
        for (amount, numeral) in numerals {
            while remaining >= amount {
                text += numeral
                remaining -= amount
            }
        }
        return text
    }
}
