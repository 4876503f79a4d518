/// Finds the calendar dates a sentence writes, in every common form: "March 1, 2025", "1st March
/// 2025", "the 1st day of March, 2025", "2025-03-01", and numeric "01/03/2025" read by a
/// `DateOrder`. A numeric date that could be either (both parts 12 or less) is read only when the
/// order is known, and otherwise reported as ambiguous: a deadline a month off is worse than none.
public enum DateReader {
    /// The dates in `text`, in reading order, and the numeric ones that could not be read for want of an order.
    public static func dates(in text: String, order: DateOrder?) -> (dates: [DateMention], ambiguous: [String]) {
        var found: [DateMention] = []
        var ambiguous: [String] = []
        var taken: [Range<String.Index>] = []
        func claim(_ range: Range<String.Index>) -> Bool {
            guard !taken.contains(where: { $0.overlaps(range) }) else { return false }
            taken.append(range)
            return true
        }
        func add(_ date: CivilDate?, _ range: Range<String.Index>) {
            guard let date, claim(range) else { return }
            found.append(DateMention(date: date, written: String(text[range]),
                                     offset: text.distance(from: text.startIndex, to: range.lowerBound)))
        }
        for match in text.matches(of: iso) {
            add(CivilDate(year: Int(match.1)!, month: Int(match.2)!, day: Int(match.3)!), match.range)
        }
        for match in text.matches(of: monthFirst) {
            add(month(named: match.1).flatMap { CivilDate(year: Int(match.3)!, month: $0, day: Int(match.2)!) }, match.range)
        }
        for match in text.matches(of: dayFirst) {
            add(month(named: match.2).flatMap { CivilDate(year: Int(match.3)!, month: $0, day: Int(match.1)!) }, match.range)
        }
        for match in text.matches(of: numeric) {
            let (first, second, year) = (Int(match.1)!, Int(match.2)!, Int(match.3)!)
            let resolved: DateOrder? = if first > 12 { .dayFirst } else if second > 12 { .monthFirst } else { order }
            guard let resolved else {
                if claim(match.range) { ambiguous.append(String(text[match.range])) }
                continue
            }
            let (day, month) = resolved == .dayFirst ? (first, second) : (second, first)
            add(CivilDate(year: year, month: month, day: day), match.range)
        }
        return (found.sorted { $0.offset < $1.offset }, ambiguous)
    }

    private static func month(named name: Substring) -> Int? {
        let key = name.lowercased().prefix(3)
        return CivilDate.monthNames.firstIndex { $0.lowercased().hasPrefix(key) }.map { $0 + 1 }
    }

    private static let monthName = #"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"#
    private static let ordinal = #"(?:st|nd|rd|th)?"#

    nonisolated(unsafe) private static let iso = try! Regex(#"\b(\d{4})-(\d{2})-(\d{2})\b"#, as: (Substring, Substring, Substring, Substring).self)
    /// "March 1, 2025", "Mar. 1st 2025".
    nonisolated(unsafe) private static let monthFirst = try! Regex(#"\b"# + monthName + #"\.?\s+(\d{1,2})"# + ordinal + #",?\s+(\d{4})\b"#,
                                                        as: (Substring, Substring, Substring, Substring).self).ignoresCase()
    /// "1 March 2025", "1st March, 2025", "1st day of March 2025", "1-Mar-2025".
    nonisolated(unsafe) private static let dayFirst = try! Regex(#"\b(\d{1,2})"# + ordinal + #"(?:\s+day\s+of|\s+of)?[\s-]+"# + monthName + #"\.?,?[\s-]+(\d{4})\b"#,
                                                      as: (Substring, Substring, Substring, Substring).self).ignoresCase()
    /// "01/03/2025", "1.3.2025", "01-03-2025".
    nonisolated(unsafe) private static let numeric = try! Regex(#"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b"#,
                                                     as: (Substring, Substring, Substring, Substring).self)
}
