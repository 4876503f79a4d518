/// A clause's number and title as contracts write them at the start of a line: "4.1 Annual Price
/// Adjustment", "Section 7. Term and Termination.", "ARTICLE IX - FEES", "12. GENERAL PROVISIONS".
///
/// Plain text has no heading markup, so a contract's structure is in these openings. A number
/// alone is not enough for a proposal's numbered list ("1. We monitor your servers") to become
/// a clause; the rules below keep the two apart.
struct ClauseHeading: Sendable, Hashable {
    /// "4.1", "7", "IX"; nil for a heading without a number.
    var number: String?
    /// The heading as written, number included, whitespace collapsed: what a citation shows.
    var text: String

    /// Words a title leaves in lower case ("Term **and** Termination", "Limitation **of** Liability").
    static let minorWords: Set<String> = [
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "per", "the", "to", "upon", "with",
    ]
    /// Words that may stand before a clause number.
    private static let numberPrefixes: Set<String> = ["article", "section", "clause", "schedule", "exhibit", "annex", "appendix", "§"]
    /// A title longer than this is a sentence.
    static let maximumTitleWords = 10
    /// Nor is a title this long in bytes, whatever its words (a rule of dashes, a run of dots).
    static let maximumTitleBytes = 200

    /// A heading given as one (a Markdown `#`, a Word heading style, a large PDF line): its number,
    /// if it starts with one.
    init(heading: String) {
        text = Self.collapsed(heading)
        number = Self.leadingNumber(in: Substring(text)).map { String($0.number) }
    }

    private init(number: String?, text: Substring) {
        self.number = number
        self.text = Self.collapsed(text)
    }

    /// The clause a sentence opens, if it opens one:
    /// - a number and a title and nothing else ("8. TERM AND TERMINATION", "4.1 Annual Price
    ///   Adjustment.", "Section 7 – Fees"), the heading of what follows;
    /// - a multi-level or prefixed number before a clause's text ("4.2 Either party may…",
    ///   "Section 9 The…"), which numbers the clause and keeps the heading above it (`text` empty);
    /// - a short line all in capitals that stands alone ("TERM AND TERMINATION").
    ///
    /// `standsAlone` says the sentence is a whole line or paragraph of its own.
    static func opening(_ sentence: String, standsAlone: Bool) -> ClauseHeading? {
        // Most sentences start with a lower-case word or a capital that is no number's prefix and
        // are turned away here, before any copy: this runs on every sentence of every document.
        guard let lead = sentence.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }),
              lead.isASCIIDigit || lead.isASCIIUppercase || lead >= 0x80 else { return nil }
        if lead.isASCIIUppercase {
            let headBytes = sentence.utf8.drop { $0 == 0x20 || $0 == 0x09 }.prefix(10)
            if !Self.startsWithNumberPrefix(headBytes) {
                // Without "Section" or the like before it, a capital opens a clause only in a
                // sentence standing alone: a Roman numeral ("IX. FEES") or a heading in capitals,
                // which has no lower-case letter in its first words.
                guard standsAlone else { return nil }
                if !"IVXLC".utf8.contains(lead), headBytes.contains(where: \.isASCIILowercase) { return nil }
            }
        }
        let trimmed = Substring(sentence).trimmingWhitespace()
        guard let first = trimmed.first, first.isLetterQuickly || first.isNumber || first == "§" else { return nil }
        // `dropLast()` on a Substring counted its Characters first: a walk of the whole sentence.
        let withoutStop = trimmed.last == "." ? trimmed[..<trimmed.index(before: trimmed.endIndex)] : trimmed
        guard let (number, rest, isStrong) = leadingNumber(in: trimmed) else {
            guard standsAlone, isTitle(withoutStop), isAllCapitals(withoutStop) else { return nil }
            return ClauseHeading(number: nil, text: withoutStop)
        }
        let title = rest.drop { $0 == "-" || $0 == "–" || $0 == "—" || $0 == ":" || $0 == " " }
        let titleWithoutStop = title.last == "." ? title[..<title.index(before: title.endIndex)] : title
        // A plain "4." before a title is a heading when set in capitals or closed by a full stop;
        // "1. Monitoring Services" on a line of its own is as likely a proposal's list.
        if isTitle(titleWithoutStop), isStrong || isAllCapitals(titleWithoutStop) || title.last == "." {
            return ClauseHeading(number: String(number), text: withoutStop)
        }
        guard isStrong else { return nil }
        return ClauseHeading(number: String(number), text: "")
    }

    /// The prefixes spelled in ASCII, as bytes, for the test every capitalised sentence goes through.
    private static let asciiNumberPrefixes = numberPrefixes.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }

    /// Whether `bytes` start with a number prefix in any case ("Section", "ARTICLE"), without
    /// making a string of them.
    private static func startsWithNumberPrefix(_ bytes: Substring.UTF8View.SubSequence) -> Bool {
        asciiNumberPrefixes.contains { prefix in
            bytes.count >= prefix.count && zip(bytes, prefix).allSatisfy { byte, letter in byte | 0x20 == letter }
        }
    }

    /// Whether `line` starts with a numbered title run into its text ("2. Compensation. The
    /// Client pays…"): a clause, however like a list item its number looks.
    /// Whether a numbered list item's line is a contract's clause, whose number is kept for the
    /// sentence to open it: a number and a title ("1.   TERM AND TERMINATION", "2. Fees.") or a
    /// numbered title running into its text ("3. Services. The Provider shall…"). Anything else
    /// ("1. We monitor your servers") is a list, its marker dropped.
    static func keepsNumber(_ line: String) -> Bool {
        let opened = opening(line, standsAlone: true)
        return (opened?.number != nil && opened?.text.isEmpty == false) || opensWithNumberedTitle(line)
    }

    static func opensWithNumberedTitle(_ line: String) -> Bool {
        guard let (_, rest, _) = leadingNumber(in: Substring(line).trimmingWhitespace()),
              let stop = firstFullStop(in: rest), rest[rest.index(after: stop)...].first?.isSpace == true else { return false }
        return rest.first?.isUppercase == true && isTitle(rest[..<stop])
    }

    /// The first full stop of `text`: found by its byte in ASCII text (the rest of a whole line,
    /// searched Character by Character, cost most of telling a clause from a list item).
    private static func firstFullStop(in text: Substring) -> Substring.Index? {
        guard text.isAllASCII else { return text.firstIndex(of: ".") }
        let offset = text.withUTF8Bytes { bytes in bytes.firstIndex(of: UInt8(ascii: ".")) }
        return offset.map { text.utf8.index(text.startIndex, offsetBy: $0) }
    }

    /// Whether a multi-level clause number at `index` opens the next clause though the one before
    /// it never closed its sentence: "…prior to the effective date of such termination 14.3 Except
    /// as provided…". The number follows a lower-case word other than one that cites a clause
    /// ("Section 14.3", "under 14.3", "clauses 4.1 and 4.2") and precedes a capitalised word.
    static func opensRunIn(_ text: String, at index: String.Index, after start: String.Index) -> Bool {
        let bytes = text.utf8
        // Digits, a dot and digits (once or twice more), one space, a capital and a lower-case letter.
        var cursor = index
        var levels = 0
        while levels < 3 {
            var digits = 0
            while cursor < bytes.endIndex, digits < 3, bytes[cursor].isASCIIDigit {
                cursor = bytes.index(after: cursor)
                digits += 1
            }
            guard (1...2).contains(digits), cursor < bytes.endIndex else { return false }
            levels += 1
            guard bytes[cursor] == UInt8(ascii: ".") else { break }
            cursor = bytes.index(after: cursor)
        }
        guard levels >= 2, cursor < bytes.endIndex, bytes[cursor] == 0x20 else { return false }
        let capital = bytes.index(after: cursor)
        guard capital < bytes.endIndex, bytes[capital].isASCIIUppercase else { return false }
        let lower = bytes.index(after: capital)
        guard lower < bytes.endIndex, bytes[lower].isASCIILowercase else { return false }
        // Before it: one space and a word of at least two lower-case letters, inside the sentence.
        guard index > start else { return false }
        let space = bytes.index(before: index)
        guard space > start, bytes[space] == 0x20 else { return false }
        var wordStart = space
        while wordStart > start, bytes[bytes.index(before: wordStart)].isASCIILowercase { wordStart = bytes.index(before: wordStart) }
        guard bytes.distance(from: wordStart, to: space) >= 2,
              wordStart == start || bytes[bytes.index(before: wordStart)] == 0x20 else { return false }
        return !citingWords.contains(String(text[wordStart..<space]))
    }

    /// Words before a clause number that cite it rather than end a sentence.
    private static let citingWords: Set<String> = [
        "section", "sections", "clause", "clauses", "paragraph", "paragraphs", "article", "articles", "subsection", "subsections",
        "schedule", "exhibit", "annex", "appendix", "item", "items", "and", "or", "of", "to", "in", "under", "with", "by", "see",
        "per", "than", "through", "at", "from", "on", "for", "is", "are", "be", "version", "rule", "no", "about", "approximately",
    ]

    /// Whether `text` is nothing but a clause number ("2.", "4.1", "Section 9."), after which a
    /// full stop does not end a sentence: "2. Compensation." is one heading, not two sentences.
    static func isNumberOnly(_ text: Substring) -> Bool {
        guard text.utf8.count <= 24 else { return false }
        let trimmed = text.trimmingWhitespace()
        guard let (_, rest, _) = leadingNumber(in: trimmed + " ") else { return false }
        return rest.isEmpty
    }

    /// A clause number at the start of `text` and what follows it. Strong numbers ("4.1",
    /// "Section 4", "§ 4", "IX.") are clauses wherever they stand; a plain "4." may be a list item.
    static func leadingNumber(in text: Substring) -> (number: Substring, rest: Substring, isStrong: Bool)? {
        // Every sentence opening with a digit or a capital comes here; ASCII ones are read from
        // their bytes, as stepping Characters through the number and its prefix cost most of it.
        if text.isAllASCII { return asciiLeadingNumber(in: text) }
        return leadingNumberByCharacters(in: text)
    }

    /// `leadingNumber` read from Characters, for text that is not ASCII.
    static func leadingNumberByCharacters(in text: Substring) -> (number: Substring, rest: Substring, isStrong: Bool)? {
        var rest = text
        var prefixed = false
        // A prefix is a short word: a long first word ("__________", a URL) is not even lowered.
        // Nine Characters are enough to tell: a longer word is no prefix either.
        let firstWord = rest.prefix(9).prefix { !$0.isSpace && !$0.isNumber }
        if firstWord.utf8.count <= 8, numberPrefixes.contains(firstWord.lowercased()) {
            rest = rest[firstWord.endIndex...].trimmingWhitespace()
            prefixed = true
        }
        let number = rest.prefix { $0.isASCIIDigit || $0 == "." }
        var digits = number
        while digits.last == "." { digits = digits[..<digits.index(before: digits.endIndex)] }
        if !digits.isEmpty, digits.first!.isASCIIDigit, !digits.containsUTF8(".."), digits.split(separator: ".").allSatisfy({ $0.count <= 3 }) {
            let after = rest.dropFirst(number.count)
            guard after.isEmpty || after.first!.isSpace || (prefixed && after.first == ":") else { return nil }
            let levels = digits.split(separator: ".").count
            return (digits, after.trimmingWhitespace(), prefixed || levels > 1)
        }
        // Roman numerals only where a prefix or a full stop says they are numbers: "ARTICLE IX", "IV.".
        let roman = rest.prefix { "IVXLC".contains($0) }
        guard !roman.isEmpty else { return nil }
        let after = rest.dropFirst(roman.count)
        if prefixed, after.isEmpty || after.first!.isSpace || after.first == "." {
            return (roman, after.drop { $0 == "." }.trimmingWhitespace(), true)
        }
        if after.first == ".", after.dropFirst().first == " " {
            return (roman, after.dropFirst().trimmingWhitespace(), true)
        }
        return nil
    }

    /// `leadingNumber` for ASCII text, in the same steps over its bytes: a prefix word, a number
    /// of up to three digits a level, or a Roman numeral a prefix or a full stop vouches for.
    private static func asciiLeadingNumber(in text: Substring) -> (number: Substring, rest: Substring, isStrong: Bool)? {
        let utf8 = text.utf8
        func index(_ offset: Int) -> Substring.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        func offset(_ index: Substring.Index) -> Int { utf8.distance(from: utf8.startIndex, to: index) }
        return text.withUTF8Bytes { bytes in
            let count = bytes.count
            var (low, high) = (0, count)
            var prefixed = false
            // A prefix is a short word: nine bytes tell, as nine Characters did.
            let wordEnd = (0..<min(9, count)).first { bytes[$0].isASCIISpace || bytes[$0].isASCIIDigit } ?? min(9, count)
            if wordEnd <= 8, numberPrefixes.contains(String(decoding: bytes[0..<wordEnd].lazy.map(\.asciiLowercased), as: UTF8.self)) {
                let rest = text[index(wordEnd)...].trimmingWhitespace()
                (low, high) = (offset(rest.startIndex), offset(rest.endIndex))
                prefixed = true
            }
            var numberEnd = low
            while numberEnd < high, bytes[numberEnd].isASCIIDigit || bytes[numberEnd] == UInt8(ascii: ".") { numberEnd += 1 }
            var digitsEnd = numberEnd
            while digitsEnd > low, bytes[digitsEnd - 1] == UInt8(ascii: ".") { digitsEnd -= 1 }
            if digitsEnd > low, bytes[low].isASCIIDigit {
                // Levels of one to three digits, one dot between each.
                var levels = 1
                var run = 0
                var valid = true
                for position in low..<digitsEnd {
                    if bytes[position] == UInt8(ascii: ".") {
                        if run == 0 { valid = false }
                        levels += 1
                        run = 0
                    } else {
                        run += 1
                        if run > 3 { valid = false }
                    }
                }
                if valid {
                    guard numberEnd == high || bytes[numberEnd].isASCIISpace || (prefixed && bytes[numberEnd] == UInt8(ascii: ":")) else { return nil }
                    return (text[index(low)..<index(digitsEnd)], text[index(numberEnd)..<index(high)].trimmingWhitespace(), prefixed || levels > 1)
                }
            }
            // Roman numerals only where a prefix or a full stop says they are numbers: "ARTICLE IX", "IV.".
            var romanEnd = low
            while romanEnd < high, "IVXLC".utf8.contains(bytes[romanEnd]) { romanEnd += 1 }
            guard romanEnd > low else { return nil }
            let roman = text[index(low)..<index(romanEnd)]
            if prefixed, romanEnd == high || bytes[romanEnd].isASCIISpace || bytes[romanEnd] == UInt8(ascii: ".") {
                var after = romanEnd
                while after < high, bytes[after] == UInt8(ascii: ".") { after += 1 }
                return (roman, text[index(after)..<index(high)].trimmingWhitespace(), true)
            }
            if romanEnd + 1 < high, bytes[romanEnd] == UInt8(ascii: "."), bytes[romanEnd + 1] == 0x20 {
                return (roman, text[index(romanEnd + 1)..<index(high)].trimmingWhitespace(), true)
            }
            return nil
        }
    }

    /// Up to `maximumTitleWords` words, each capitalised but the minor ones, and no sentence
    /// punctuation inside: "Term and Termination", "FEES; PAYMENT", "Limitation of Liability".
    static func isTitle(_ text: Substring) -> Bool {
        // Most sentences are long: their words are counted by bytes, up to one past the limit,
        // before any Character is formed.
        guard text.utf8.count <= maximumTitleBytes,
              asciiWordCount(text.utf8, upTo: maximumTitleWords + 1) <= maximumTitleWords else { return false }
        // Sentence marks and letters are looked for in the bytes: testing each Character against
        // a string of marks cost more than the rest of reading a heading.
        let bytes = text.utf8
        guard !bytes.contains(where: { $0 == 0x2E || $0 == 0x21 || $0 == 0x3F || $0 == 0x22 }),
              !text.unicodeScalars.contains(where: { $0 == "“" || $0 == "”" }),
              bytes.contains(where: { $0.isASCIILetter || $0 >= 0x80 }) else { return false }
        if text.isAllASCII { return text.withUTF8Bytes(isASCIITitle) }
        let words = text.split { $0.isSpace }
        guard !words.isEmpty, words.count <= maximumTitleWords, text.contains(where: \.isLetterQuickly) else { return false }
        return words.allSatisfy { word in
            let letters = word.drop { !$0.isLetterQuickly }
            guard let initial = letters.first else { return true }
            return initial.isUppercase || minorWords.contains(String(letters.filter(\.isLetterQuickly)).lowercased())
        }
    }

    /// `isTitle` for ASCII text, past its sentence-mark tests, read from the bytes: splitting and
    /// filtering Characters cost most of reading a heading.
    private static func isASCIITitle(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var wordCount = 0
        for word in bytes.runs(separatedBy: \.isASCIISpace) {
            wordCount += 1
            guard wordCount <= maximumTitleWords else { return false }
            // The word's first letter decides; a lower-case one only for a minor word.
            guard let first = word.first(where: { bytes[$0].isASCIILetter }), !bytes[first].isASCIIUppercase else { continue }
            let letters = bytes[first..<word.upperBound].filter(\.isASCIILetter).map(\.asciiLowercased)
            guard minorWords.contains(String(decoding: letters, as: UTF8.self)) else { return false }
        }
        return wordCount > 0
    }

    /// Runs of bytes between ASCII spaces, tabs and line ends, counted no further than `limit`.
    /// Never more than the Character words of the same text, since other white space only splits more.
    private static func asciiWordCount(_ bytes: Substring.UTF8View, upTo limit: Int) -> Int {
        var count = 0
        var inWord = false
        for byte in bytes {
            let isSpace = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
            if !isSpace, !inWord {
                count += 1
                if count >= limit { return count }
            }
            inWord = !isSpace
        }
        return count
    }

    private static func isAllCapitals(_ text: Substring) -> Bool {
        // ASCII, which most headings are, is answered from its bytes: filtering Characters into a
        // new string cost more than the rest of reading a heading.
        if text.isAllASCII {
            return text.withUTF8Bytes { bytes in
                !bytes.contains(where: \.isASCIILowercase) && bytes.lazy.filter(\.isASCIILetter).count >= 3
            }
        }
        let letters = text.filter(\.isLetterQuickly)
        return letters.count >= 3 && letters.allSatisfy(\.isUppercase)
    }

    private static func collapsed(_ text: some StringProtocol) -> String {
        // ASCII, as nearly every heading is, in one pass over the bytes: splitting and joining
        // generically cost thousands of instructions per heading.
        if text.isAllASCII { return text.collapsingWhitespace() }
        return text.split(whereSeparator: \.isSpace).joined(separator: " ")
    }
}
