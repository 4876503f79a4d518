import Testing
@testable import MSPVet

/// Reading walks bytes where it can, and falls back to Characters only for what is not ASCII.
/// These examples hold the two to the same answers.
@Suite("Byte-level reading answers as Character-level reading does")
struct ByteFastPathTests {
    /// Every scalar of the Basic Multilingual Plane's first block and the usual space and letter
    /// ranges, alone and carrying a combining mark: the quick tests agree with the standard ones.
    @Test func quickCharacterTestsAgreeWithTheStandardOnes() {
        let ranges: [ClosedRange<UInt32>] = [0...0x2FF, 0x370...0x3FF, 0x2000...0x206F, 0x3000...0x3010, 0xFEFF...0xFEFF]
        for value in ranges.joined() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            // A control or a line end takes no mark: the pair is then two characters, not one.
            let marked = String(scalar) + "\u{301}"
            for character in [Character(scalar)] + (marked.count == 1 ? [Character(marked)] : []) {
                #expect(character.isSpace == character.isWhitespace, "U+\(String(value, radix: 16))")
                #expect(character.isLetterQuickly == character.isLetter, "U+\(String(value, radix: 16))")
            }
        }
        #expect(Character("\r\n").isSpace)
    }

    /// Searching bytes finds what Foundation's `contains` finds, at either end, in a substring, in
    /// text that is not ASCII, and not across a partial match.
    @Test func byteSearchFindsWhatContainsFinds() {
        let texts = ["whereas the parties", "the parties, whereas", "“Renewal Term” means the period", "w", "", "wherewhereas",
                     "café — by and between", "by and betwee"]
        let needles = ["whereas", " means ", "by and between", "é — b", "w"]
        for text in texts {
            for needle in needles {
                #expect(text.containsUTF8(needle) == text.contains(needle), "\(text) / \(needle)")
                #expect(text.dropFirst().containsUTF8(needle) == text.dropFirst().contains(needle), "\(text) / \(needle)")
            }
        }
    }

    /// A line's markup is removed the same way whether the line is ASCII (read as bytes) or not
    /// (read as Characters): the same line with a non-ASCII word added differs by that word only.
    @Test func markupIsCleanedAlikeOnASCIIAndOtherLines() {
        let lines = [
            "**Term.** The _initial_ term is `36` months; see [Schedule B](https://example.com/b).",
            "snake_case stays, _emphasis_ goes, a lone _ stays and [an unclosed bracket stays.",
            "Signature: ______________________  Date: __________",
            "[***] Confidential treatment requested [link]( and **bold**",
        ]
        for line in lines {
            #expect(MarkdownBlocks.cleanInline(line + " café") == MarkdownBlocks.cleanInline(line) + " café")
        }
        #expect(MarkdownBlocks.cleanInline(lines[0]) == "Term. The initial term is 36 months; see Schedule B.")
        #expect(MarkdownBlocks.cleanInline(lines[1]) == "snake_case stays, emphasis goes, a lone  stays and [an unclosed bracket stays.")
    }

    /// The vocabulary is sorted by its first eight bytes, then by the rest: words sharing a long
    /// stem ("terminat…") and words beyond ASCII still come out in byte order.
    @Test func theVocabularyIsInByteOrder() throws {
        let document = ProposalDocument(path: "terms.md", text: """
            Either party may terminate; termination, terminated and terminates differ; terminal too.
            The réel terms are real, and the termin is a word.
            """)
        #expect(Array(document.index.words(startingWith: "termin")) == [
            "termin", "terminal", "terminate", "terminated", "terminates", "termination",
        ])
        #expect(Array(document.index.words(startingWith: "r")) == ["real", "réel"])
    }

    /// A heading's white space collapses to single spaces, ends trimmed, byte by byte for ASCII
    /// as the Character split does it: every string of up to four of these pieces.
    @Test func headingsCollapseWhiteSpaceAsTheCharacterSplitDoes() {
        let pieces = [" ", "\t", "\r\n", "\n", "4.1", "Term", "a", "\u{0B}"]
        var texts = [""]
        for _ in 0..<4 { texts = texts + texts.flatMap { text in pieces.map { text + $0 } } }
        for text in Set(texts) {
            #expect(ClauseHeading(heading: text).text == text.split(whereSeparator: \.isWhitespace).joined(separator: " "), "\(text.debugDescription)")
        }
        #expect(ClauseHeading(heading: "  4.1\t Annual   Price\r\nAdjustment ").text == "4.1 Annual Price Adjustment")
    }

    /// A title is judged from the bytes when it is ASCII and from Characters otherwise; the same
    /// words with one space written as an em space (white space beyond ASCII) are judged alike.
    @Test func titlesAreJudgedAlikeFromBytesAndCharacters() {
        let titles = [
            "Term and Termination", "Limitation of Liability", "FEES; PAYMENT", "the Term", "Fees and the costs",
            "Term, Renewal and Exit", "Services (Managed) for the Client", "e-Commerce Terms", "Term and termination",
            "One Two Three Four Five Six Seven Eight Nine Ten", "One Two Three Four Five Six Seven Eight Nine Ten Eleven",
            "Annual Price Adjustment", "4 Fees", "Fees - 2026", "(a) Scope", "Exit   Assistance\tand Handover",
        ]
        for title in titles {
            var spaced = title
            if let space = spaced.firstIndex(of: " ") { spaced.replaceSubrange(space...space, with: "\u{2003}") }
            #expect(ClauseHeading.isTitle(Substring(title)) == ClauseHeading.isTitle(Substring(spaced)), "\(title)")
        }
        #expect(ClauseHeading.isTitle("Term and Termination") && !ClauseHeading.isTitle("Fees and the costs"))
        #expect(!ClauseHeading.isTitle("One Two Three Four Five Six Seven Eight Nine Ten Eleven"))
    }

    /// A line is flattened byte by byte as walking its scalars flattens it: line ends and tabs
    /// (and U+0085, U+2028, U+2029) become spaces, other controls and bidi controls go, the rest
    /// stays; every string of up to three of these pieces.
    @Test func flatteningBytesAgreesWithFlatteningScalars() {
        func walked(_ text: String) -> String {
            var result = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\n", "\r", "\t", "\u{85}", "\u{2028}", "\u{2029}": result.append(" ")
                default: if !ControlCharacters.isControl(scalar) { result.append(scalar) }
                }
            }
            return String(result)
        }
        let pieces = ["a", " ", "\n", "\r\n", "\t", "\u{85}", "\u{2028}", "\u{2029}", "\u{1B}", "\u{7F}", "\u{9F}", "\u{202E}",
                      "\u{061C}", "é", "“", "\u{0301}", "€", "😀"]
        var texts = [""]
        for _ in 0..<3 { texts = texts + texts.flatMap { text in pieces.map { text + $0 } } }
        for text in Set(texts) {
            #expect(LineBreaks.flattened(text) == walked(text), "\(text.debugDescription)")
        }
    }

    /// Whether a quote is only a heading is answered from the bytes of ASCII text as from its
    /// Characters: headings, contents lines, dot leaders, lists of schedules and sentences.
    @Test func headingsAreRecognisedAlikeFromBytesAndCharacters() {
        let texts = [
            "4. Term; Termination; Termination Payment.", "TERM AND TERMINATION", "Limitation of Liability",
            "14.1 Termination for Cause 33 14.2 Termination for Convenience 34 14.3 Effect 35",
            "14.1 Cause 33 14.2 Convenience", "1.1. Scope 3 2..2 Fees 4 3.3 Exit 5 .4 Odd 6", "EXCLUSIVITY ........ 14",
            "EXCLUSIVITY ..... 14 15.2 NOTICES", "Renewal ...... see clause 9 for the full terms of renewal", "Exit ......\r\n12",
            "Schedule 1 - Services, Schedule 2 - Fees, Schedule 3 - Early Termination Charges",
            "Schedule A; Exhibit B; Annex C", "Schedule 1 and Schedule 2 apply", "Schedule ABCD, Exhibit 12345, Annex -",
            "NOTICES MUST BE GIVEN IN WRITING.", "The Provider shall renew the agreement each year.", "12 Fees and Charges",
            "Fees - Payment: Terms", "One Two Three Four Five Six Seven Eight Nine Ten", "One Two Three Four Five Six Seven Eight Nine Ten Eleven",
            "", " ", "3.", "3.1", "Term\r\nRenewal", "Services of the Provider", "Services is the Provider",
        ]
        for text in texts {
            #expect(QuoteStanding.isHeading(text) == QuoteStanding.isHeadingByCharacters(text), "\(text.debugDescription)")
        }
        #expect(QuoteStanding.isHeading("14.1 Termination for Cause 33 14.2 Termination for Convenience 34 14.3 Effect 35"))
        #expect(QuoteStanding.isHeading("Schedule 1 - Services, Schedule 2 - Fees, Schedule 3 - Early Termination Charges"))
        #expect(!QuoteStanding.isHeading("The Provider shall renew the agreement each year."))
    }

    /// A clause number is read from the bytes of ASCII text as from its Characters: number, what
    /// follows and its strength agree on every string of up to four of these pieces.
    @Test func clauseNumbersAreReadAlikeFromBytesAndCharacters() {
        let pieces = ["Section", "ARTICLE", "Schedule", " ", "\t", "\r\n", "4", "4.1", "12.3.4", "1234", ".", "IX", "iv", ":", "Fees", "-"]
        var texts = [""]
        for _ in 0..<4 { texts = texts + texts.flatMap { text in pieces.map { text + $0 } } }
        for text in Set(texts) {
            let bytes = ClauseHeading.leadingNumber(in: Substring(text))
            let characters = ClauseHeading.leadingNumberByCharacters(in: Substring(text))
            #expect(bytes?.number == characters?.number && bytes?.rest == characters?.rest && bytes?.isStrong == characters?.isStrong,
                    "\(text.debugDescription)")
        }
        #expect(ClauseHeading.leadingNumber(in: "Section 4.1: Fees")?.number == "4.1")
        #expect(ClauseHeading.leadingNumber(in: "IX. FEES")?.rest == "FEES")
    }

    /// The names quoted in a parenthesis are found from the bytes of ASCII text as from its
    /// Characters: straight quotes of both kinds, unbalanced, empty, long and run together.
    @Test func quotedNamesAreFoundAlikeFromBytesAndCharacters() {
        let insides = [
            "the \"Client\"", "hereinafter 'Acme'", "\"we\" or \"us\"", "\"Acme\", \"we\" or \"us\"", "it's \"X\"", "\"unclosed",
            "\"\" and \" \"", "\"a b c d e f\"", "\"1st Party\"", "'Provider' and 'Supplier' jointly", "\"  Northwind\tLtd  \"",
            "as defined in Section 2", "\"Acme\r\nIT\"", "'", "\"'\"'",
        ]
        for inside in insides {
            #expect(PartyDefinition.quoted(in: Substring(inside)) == PartyDefinition.quotedByCharacters(in: Substring(inside)), "\(inside.debugDescription)")
        }
        #expect(PartyDefinition.quoted(in: "\"Acme\", \"we\" or \"us\"") == ["Acme", "we", "us"])
    }

    /// A numbered title run into its clause is told from a list item alike on ASCII lines (read
    /// by bytes) and on the same lines with a word beyond ASCII after them (read by Characters).
    @Test func numberedTitlesAreToldAlikeFromBytesAndCharacters() {
        let lines = [
            "2. Compensation. The Client pays the fees monthly.", "2. Compensation The Client pays.", "4.1 Fees.\tNext", "4.1 Fees.Next",
            "Section 7. Term and Termination. Either party may end it.", "1. we monitor your servers. Then more.", "3. Exit", "12.",
            "IX. FEES. The fees are fixed.", "5. Service Levels and Credits. Targets apply.\r\nMore",
        ]
        for line in lines {
            #expect(ClauseHeading.opensWithNumberedTitle(line) == ClauseHeading.opensWithNumberedTitle(line + " café"), "\(line.debugDescription)")
        }
        #expect(ClauseHeading.opensWithNumberedTitle("2. Compensation. The Client pays the fees monthly."))
        #expect(!ClauseHeading.opensWithNumberedTitle("1. we monitor your servers. Then more."))
    }

    /// Trimming drops ASCII white space by bytes and walks Characters only at a byte that is not
    /// ASCII; every string of up to four of these pieces trims as walking Characters trims it,
    /// a space carrying a combining mark included.
    @Test func trimmingBytesAgreesWithTrimmingCharacters() {
        let pieces = [" ", "\t", "\r\n", "\n", "\u{301}", "a", "\u{A0}", "é", "\u{2003}", "b c"]
        func walked(_ text: Substring) -> Substring {
            var result = text
            while let first = result.first, first.isSpace { result.removeFirst() }
            while let last = result.last, last.isSpace { result.removeLast() }
            return result
        }
        var texts = [""]
        for _ in 0..<4 { texts = texts + texts.flatMap { text in pieces.map { text + $0 } } }
        for text in Set(texts) {
            #expect(text[...].trimmingWhitespace() == walked(text[...]), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// Collapsing copies ASCII a byte at a time and decodes only what is not: every string of up
    /// to four of these pieces collapses as a walk over its scalars does.
    @Test func collapsingBytesAgreesWithCollapsingScalars() {
        let pieces = [" ", "\t", "\r\n", "\u{301}", "a", "\u{A0}", "é", "\u{2003}", "b c", "\u{2028}"]
        func walked(_ text: String) -> String {
            var words: [String] = []
            var word = ""
            for scalar in text.unicodeScalars {
                if scalar.isSpace {
                    if !word.isEmpty { words.append(word) }
                    word = ""
                } else {
                    word.unicodeScalars.append(scalar)
                }
            }
            if !word.isEmpty { words.append(word) }
            return words.joined(separator: " ")
        }
        var texts = [""]
        for _ in 0..<4 { texts = texts + texts.flatMap { text in pieces.map { text + $0 } } }
        for text in Set(texts) {
            let collapsed = text.collapsingWhitespace()
            #expect(Array(collapsed.utf8) == Array(walked(text).utf8), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// Lines are found in the bytes and cut by byte counts: LF, CRLF and a lone CR each end one,
    /// letters that are not ASCII stay whole, and a slice is split as its own text.
    @Test func linesAreCutAtEveryKindOfLineEnd() {
        let text = "Résumé\r\nline two\rthird — line\n\nlast"
        #expect(LineBreaks.lines(of: text) == ["Résumé", "line two", "third — line", "", "last"])
        #expect(LineBreaks.lines(of: "one\n") == ["one", ""])
        #expect(LineBreaks.lines(of: "\r\n\r") == ["", "", ""])
        let slice = text.dropFirst(7).dropLast(5)
        #expect(LineBreaks.lines(of: slice) == ["line two", "third — line", ""])
        // Every piece a line can hold, split as the Character walk splits it.
        let pieces = ["a", "é", "\n", "\r", "\r\n", "\u{301}", " "]
        var texts = [""]
        for _ in 0..<4 { texts = texts + texts.flatMap { text in pieces.map { text + $0 } } }
        func walked(_ text: String) -> [String] {
            var lines: [String] = []
            var line = String.UnicodeScalarView()
            var previous: Unicode.Scalar?
            for scalar in text.unicodeScalars {
                defer { previous = scalar }
                // The LF of a CR LF pair ends nothing more.
                if scalar == "\n", previous == "\r" { continue }
                if scalar == "\n" || scalar == "\r" {
                    lines.append(String(line))
                    line = String.UnicodeScalarView()
                } else {
                    line.append(scalar)
                }
            }
            return lines + [String(line)]
        }
        for text in Set(texts) {
            #expect(LineBreaks.lines(of: text).map(String.init) == walked(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
