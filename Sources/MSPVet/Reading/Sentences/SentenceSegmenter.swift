/// Cuts a document's blocks into sentences, the unit evidence is quoted in.
///
/// A list item or a table row is never glued to the next one; within a paragraph, a sentence ends
/// after `.`, `!` or `?` when a capital, digit or quote follows — except after abbreviations
/// ("e.g.", "Inc.", "Dr."), initials, or inside numbers ("$1.5"). Every token keeps the page and
/// line it was read from, so a sentence that runs over a line (or a page) is still located exactly.
enum SentenceSegmenter {
    /// Sentences cut block by block as `produce` hands the blocks over, so a reader that streams
    /// its blocks never holds them all at once.
    static func sentences(streaming produce: ((DocumentBlock) -> Void) -> Void) -> [Sentence] {
        var collector = Collector()
        produce { collector.add($0) }
        return collector.sentences
    }

    /// Sentences of blocks read whole (PDF, DOCX, HTML). Cutting a paragraph into sentences and
    /// tokens depends on the paragraph alone, and is most of the work; the heading and clause each
    /// sentence falls under are settled afterwards, in order. So a long document's paragraphs are
    /// cut `jobs` at a time, with the same sentences for any number of jobs.
    static func sentences(from blocks: [DocumentBlock], jobs: Int = OrderedWork.defaultJobs) -> [Sentence] {
        guard jobs > 1, blocks.count >= blocksWorthSharing else { return sentences { take in blocks.forEach(take) } }
        let cut = OrderedWork.map(blocks, jobs: jobs) { block -> [Sentence]? in
            switch block {
            case .paragraph(let lines), .listItem(let lines): split(lines)
            case .heading, .tableRow: nil
            }
        }
        var collector = Collector()
        for (block, sentences) in zip(blocks, cut) { collector.add(block, cut: sentences) }
        return collector.sentences
    }

    /// Below this many blocks, handing them to other threads costs more than cutting them here.
    static let blocksWorthSharing = 64

    /// Sentences gathered block by block, under the heading and in the clause the latest heading
    /// or clause number opened.
    struct Collector {
        private(set) var sentences: [Sentence] = []
        private var heading: SectionHeading?
        private var clause: String?
        /// Whether `clause` was opened by the block just read (a heading) or by the one being
        /// read: a number that plain text lost to a list marker ("18.   Help When We Part")
        /// leaves an older clause in force, which says nothing of the lead below it.
        private var clauseIsFresh = false

        /// Adds a block's sentences; `cut` is the block already split, when it was split elsewhere.
        mutating func add(_ block: DocumentBlock, cut: [Sentence]? = nil) {
            switch block {
            case .heading(let line):
                announcing.reset()
                open(ClauseHeading(heading: line.text))
                clauseIsFresh = true
            case .paragraph(let lines), .listItem(let lines):
                // A list item's marker ("(c)", "-") is gone from its text: the block says it was one.
                let isListItem = block.isListItem
                let block = cut ?? split(lines)
                var lead = announcing.lead(for: block, isListItem: isListItem)
                for (index, var sentence) in block.enumerated() {
                    if let opened = ClauseHeading.opening(sentence.text, standsAlone: block.count == 1 && lines.count == 1) {
                        if opened.text.isEmpty { clause = opened.number } else { open(opened) }
                        if index == 0 { clauseIsFresh = true }
                        // A clause with a title of its own ("10.3 Effects of Termination.") is no
                        // item of the lead before it.
                        if index == 0, !opened.text.isEmpty {
                            lead = nil
                            announcing.reset()
                        }
                    }
                    sentence.heading = heading
                    sentence.clause = clause
                    if index == 0, let lead { sentence = AnnouncingLead.join(lead, sentence) }
                    if AnnouncingLead.announces(sentence.text[...]) { sentence.announcingLead = sentence.tokens.count }
                    sentences.append(sentence)
                }
                announcing.close(block, clause: clauseIsFresh ? clause : nil)
                clauseIsFresh = false
            case .tableRow(let cells, let header, let at):
                announcing.reset()
                clauseIsFresh = false
                sentences += split([TextLine(tableRowText(cells, header: header), page: at.page, line: at.line)], heading: heading, clause: clause)
            }
        }

        /// The lead the last block ended on, read with each item that follows it.
        private var announcing = AnnouncingLead.Pending()

        private mutating func open(_ opened: ClauseHeading) {
            heading = SectionHeading(opened)
            clause = opened.number
        }
    }

    /// A table row as one sentence. Under a header each cell is named by its column
    /// ("Priority: P1; Response: 15 minutes"), since a row's meaning is in the header; without one,
    /// cells are joined as clauses ("Auto-renewal: None"). Cells are separate clauses, so a "not"
    /// in one ("cannot see patients") never denies the next ("Response: 2 hours").
    static func tableRowText(_ cells: [String], header: [String]?) -> String {
        guard let header, header.count == cells.count else { return cells.joined(separator: ": ") }
        return zip(header, cells).map { "\($0): \($1)" }.joined(separator: "; ")
    }

    /// Sentences of one block, whose lines are joined by "\n" so tokens can be traced to their line.
    /// Walks the text by index rather than copying it into Characters: this runs over every line
    /// of every document.
    static func split(_ lines: [TextLine], heading: SectionHeading? = nil, clause: String? = nil) -> [Sentence] {
        let text = lines.map(\.text).joined(separator: "\n")
        var sentences: [Sentence] = []
        var start = text.startIndex
        var lineIndex = 0
        var startLineIndex = 0

        func tokens(of piece: Substring, firstLine: Int) -> [Token] {
            // Located in place: a mapped copy was a second array of every token.
            var tokens = Tokenizer.tokenize(piece, firstLine: firstLine)
            for index in tokens.indices {
                let line = lines[tokens[index].line]
                tokens[index].line = line.line
                tokens[index].page = line.page
            }
            return tokens
        }

        func emit(upTo end: String.Index) {
            let piece = text[start..<end]
            if let listed = EnumeratedItems.split(piece), emitItems(of: piece, lead: listed.lead, items: listed.items) { return }
            let tokens = tokens(of: piece, firstLine: startLineIndex)
            guard let first = tokens.first else { return }
            sentences.append(Sentence(text: piece.collapsingWhitespace(), line: first.line, page: first.page,
                                      heading: heading, clause: clause, tokens: tokens))
        }

        /// Each item of a sentence that lists alternatives, as a sentence of its own led by the
        /// words before the first item; the quote marks what it leaves out with "…". False, and
        /// nothing emitted, when repeating the lead-in would cost more than the sentence holds.
        func emitItems(of piece: Substring, lead: Range<String.Index>, items: [Range<String.Index>]) -> Bool {
            let leadTokens = tokens(of: piece[lead], firstLine: startLineIndex)
            guard let first = leadTokens.first, leadTokens.count * (items.count - 1) <= InputLimits.sentenceTokens else { return false }
            let leadText = piece[lead].collapsingWhitespace()
            var line = startLineIndex
            var counted = lead.lowerBound
            for (index, item) in items.enumerated() {
                line += piece[counted..<item.lowerBound].utf8.count { $0 == 0x0A }
                counted = item.lowerBound
                let itemText = piece[item].collapsingWhitespace()
                let text = index == 0 ? piece[lead.lowerBound..<item.upperBound].collapsingWhitespace() : leadText + " … " + itemText
                var sentence = Sentence(text: text, line: first.line, page: first.page, heading: heading, clause: clause,
                                        tokens: leadTokens + tokens(of: piece[item], firstLine: line))
                if AnnouncingLead.announces(piece[lead]) { sentence.announcingLead = leadTokens.count }
                sentences.append(sentence)
            }
            return true
        }

        // Token starts seen since the sentence began, counted as the tokenizer would split (a letter
        // or a digit after anything else, and a word every `Tokenizer.maximumWordScalars`): a run
        // past the limit is cut before its next token. UTF-8 bytes stand in for scalars, which can
        // only overcount, and so only cut sooner.
        var tokenStarts = 0
        var wordBytes = 0
        var previousClass = CharacterClass.other
        // Bytes, decoded to a scalar only where not ASCII; not Characters: grapheme breaking cost
        // more than everything else done here. A combining mark continues what it follows, as it
        // would inside a Character. String indices are made only where a sentence may end or
        // start, from the byte offset (constant time on a native string).
        let bytes = Array(text.utf8)
        let utf8 = text.utf8
        func stringIndex(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        var offset = 0
        while offset < bytes.count {
            let lead = bytes[offset]
            let width = UTF8Scalar.width(startingWith: lead)
            let scalar = UTF8Scalar.decode(bytes, at: offset, width: width)
            if lead == 0x0A { lineIndex += 1 }
            let isMark = Self.isMark(scalar)
            let characterClass = isMark ? previousClass : CharacterClass(scalar)
            var startsToken = !isMark
                && (characterClass == .symbol || (characterClass != .other && characterClass != previousClass))
            if characterClass == .letter {
                wordBytes = startsToken ? 0 : wordBytes + width
                if wordBytes >= Tokenizer.maximumWordScalars {
                    startsToken = true
                    wordBytes = 0
                }
            }
            if startsToken {
                tokenStarts += 1
                if tokenStarts > InputLimits.sentenceTokens {
                    let index = stringIndex(offset)
                    emit(upTo: index)
                    startLineIndex = lineIndex
                    start = index
                    tokenStarts = 1
                }
            }
            // A clause whose sentence was never closed ends where the next clause's number stands.
            if startsToken, characterClass == .digit, tokenStarts > 1, case let index = stringIndex(offset),
               ClauseHeading.opensRunIn(text, at: index, after: start) {
                emit(upTo: index)
                startLineIndex = lineIndex
                start = index
                tokenStarts = 1
            }
            previousClass = characterClass
            if lead == UInt8(ascii: ".") || lead == UInt8(ascii: "!") || lead == UInt8(ascii: "?"),
               case let index = stringIndex(offset), let end = sentenceEnd(text, at: index),
               lead != UInt8(ascii: ".") || !ClauseHeading.isNumberOnly(text[start..<index]) {
                emit(upTo: end)
                startLineIndex = lineIndex
                start = end
                offset = utf8.distance(from: utf8.startIndex, to: end)
                tokenStarts = 0
                previousClass = .other
                continue
            }
            offset += width
        }
        if start < text.endIndex { emit(upTo: text.endIndex) }
        return sentences
    }

    /// How the tokenizer sees a character, enough to count where tokens start.
    private enum CharacterClass {
        case letter, digit, other
        /// `$ € £ % &`: each one a token of its own.
        case symbol

        /// Judged as the tokenizer judges a scalar, with ASCII answered without a table.
        init(_ scalar: Unicode.Scalar) {
            switch scalar.value {
            case 0x30...0x39: self = .digit
            case 0x41...0x5A, 0x61...0x7A: self = .letter
            case 0x24, 0x25, 0x26, 0x20AC, 0xA3: self = .symbol
            case 0..<0x80: self = .other
            default: self = scalar.properties.isAlphabetic ? .letter : .other
            }
        }
    }

    /// A scalar that joins the one before it into one Character (an accent, a vowel sign).
    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        guard !scalar.isASCII else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return scalar.properties.isGraphemeExtend
        }
    }

    /// What may close a sentence after its stop, and what may open the next one besides a capital
    /// or a digit. Sets, as `String.contains` walks its characters on each of many calls.
    private static let closers: Set<Character> = ["\"", "'", ")", "]", "”", "’"]
    private static let openers: Set<Character> = ["\"", "'", "(", "“", "‘", "$"]

    /// If the punctuation at `index` ends a sentence, the index just past it (and any closing quotes).
    private static func sentenceEnd(_ text: String, at index: String.Index) -> String.Index? {
        var end = text.index(after: index)
        while end < text.endIndex, closers.contains(text[end]) { end = text.index(after: end) }
        guard end < text.endIndex else { return end }
        guard text[end].isSpace else { return nil }
        var next = end
        while next < text.endIndex, text[next].isSpace { next = text.index(after: next) }
        guard next < text.endIndex else { return end }
        let following = text[next]
        guard following.isUppercase || following.isASCIIDigit || openers.contains(following) else { return nil }
        if text[index] == ".", isAbbreviation(before: index, in: text, nextIsDigit: following.isASCIIDigit) {
            return nil
        }
        return end
    }

    /// Words whose period is part of the word, not the end of a sentence.
    private static let abbreviations: Set<String> = [
        "e.g", "i.e", "eg", "ie", "vs", "mr", "mrs", "ms", "dr", "st", "inc", "ltd", "co", "corp",
        "approx", "fig", "cf", "jr", "sr", "dept", "est", "al", "incl", "u.s", "u.k", "p.o",
        // Contracts' own: "excl. VAT", "Sec. 4.2", "para. 3", "cl. 7", "pp. 4–6", "Attn. Legal".
        "excl", "sec", "secs", "para", "paras", "cl", "sch", "pp", "viz", "ref", "attn", "tel",
    ]

    private static func isAbbreviation(before index: String.Index, in text: String, nextIsDigit: Bool) -> Bool {
        let (word, isInitial) = asciiWord(before: index, in: text) ?? word(before: index, in: text)
        if word.isEmpty { return false }
        if isInitial { return true } // an initial: "J. Ruiz"
        if (word == "no" || word == "nos") && nextIsDigit { return true }   // "No. 5"
        return abbreviations.contains(word)
    }

    /// The letters and dots just before `index`, lower-cased, and whether they are one capital.
    private static func word(before index: String.Index, in text: String) -> (word: String, isInitial: Bool) {
        var start = index
        while start > text.startIndex {
            let previous = text[text.index(before: start)]
            guard previous.isLetterQuickly || previous == "." else { break }
            start = text.index(before: start)
        }
        let word = text[start..<index].lowercased()
        return (word, word.count == 1 && text[start].isUppercase)
    }

    /// `word(before:in:)` read from the bytes when that word is ASCII; nil when a byte that is not
    /// ASCII is met, for the Characters to read. Stepping back a Character at a time, then
    /// lower-casing a copy, cost thousands of instructions at every full stop.
    private static func asciiWord(before index: String.Index, in text: String) -> (word: String, isInitial: Bool)? {
        let utf8 = text.utf8
        let end = utf8.distance(from: utf8.startIndex, to: index)
        return utf8.withContiguousStorageIfAvailable { bytes -> (word: String, isInitial: Bool)? in
            var start = end
            while start > 0 {
                let byte = bytes[start - 1]
                if byte >= 0x80 { return nil }
                guard byte.isASCIILetter || byte == UInt8(ascii: ".") else { break }
                start -= 1
            }
            let word = String(decoding: bytes[start..<end].lazy.map(\.asciiLowercased), as: UTF8.self)
            return (word, end - start == 1 && bytes[start].isASCIIUppercase)
        } ?? nil
    }
}
