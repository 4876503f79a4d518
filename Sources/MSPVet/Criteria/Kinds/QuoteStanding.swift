/// How well a sentence can stand for the clause it matched, when a rule picks the one quote that
/// shows its outcome. A contract names its subject before it states it: the title ("EXCLUSIVE
/// DISTRIBUTOR AGREEMENT"), the opening ("This Agreement is made and entered into by and
/// between…"), the recitals ("WHEREAS, Supplier wishes to appoint an exclusive reseller") and the
/// definitions ("'Renewal Term' means…") all mention what a later clause grants. A reader checking
/// the quote wants that clause.
enum QuoteStanding: Int, Comparable {
    /// A sentence that states the term itself.
    case operative
    /// A definition that names the clause in passing.
    case definition
    /// A heading ("4. Term; Termination; Termination Payment.") or a line of the table of
    /// contents: it names the clause, the clause is below it.
    case heading
    /// The title, the opening paragraph or a recital: the deal described, not granted.
    case preamble

    /// `section` is the heading the sentence sits under: a recital need not open with "WHEREAS"
    /// when it sits under "RECITALS" or "BACKGROUND" ("C. Distributor wishes to obtain…").
    init(_ text: String, section: String? = nil) {
        let lowered = text.lowercased()
        if Self.isPreamble(text, lowered: lowered) || section.map(Self.isRecitalsHeading) == true {
            self = .preamble
        } else if Self.isHeading(text) {
            self = .heading
        } else if Self.isDefinition(lowered: lowered) {
            self = .definition
        } else {
            self = .operative
        }
    }

    static func < (lhs: QuoteStanding, rhs: QuoteStanding) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Whether a sentence defines a term ("'Renewal Term' means…", "has the meaning given in 9.2")
    /// rather than stating the clause itself.
    private static func isDefinition(lowered: String) -> Bool {
        definitionMarkers.contains { lowered.containsUTF8($0) }
    }

    /// Whether a sentence is the title, the opening that names the parties, or a recital.
    private static func isPreamble(_ text: String, lowered: String) -> Bool {
        if preambleMarkers.contains(where: { lowered.containsUTF8($0) }) { return true }
        let opening = lowered.drop { !$0.isLetterQuickly }
        if recitalOpenings.contains(where: { opening.hasPrefix($0) }) { return true }
        // A title or heading in capitals, without a full stop: it names, it does not state. Read
        // up to the first small letter, which nearly every sentence has near its start: a quote
        // can be pages run together, and collecting all its letters first cost more than choosing.
        guard text.last != "." else { return false }
        var capitals = 0
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                if byte.isASCIILowercase { return false }
                if byte.isASCIIUppercase { capitals += 1 }
            } else if scalar.properties.isAlphabetic {
                if scalar.properties.isLowercase { return false }
                capitals += 1
            }
        }
        return capitals >= 8
    }

    /// Whether a heading titles the recitals: "RECITALS", "Background", "WITNESSETH:", alone after
    /// an optional number or letter and underlining.
    static func isRecitalsHeading(_ heading: String) -> Bool {
        let words = heading.lowercased().split { !$0.isLetterQuickly }
        let title = words.drop { $0.count == 1 }
        return title.count == 1 && recitalHeadings.contains(String(title[title.startIndex]))
    }

    /// Whether a sentence is only a heading — a few words, each capitalised but the minor ones,
    /// after an optional clause number — or a table of contents, where clause numbers follow one
    /// another ("14.1 Termination for Cause 33 14.2 Termination for Convenience 34 14.3…").
    static func isHeading(_ text: String) -> Bool {
        // A quote can be a whole page run together: ASCII text is read from its bytes, as splitting
        // it into Character words three ways cost most of choosing a quote.
        if text.isAllASCII { return text.withUTF8Bytes(isASCIIHeading) }
        return isHeadingByCharacters(text)
    }

    /// `isHeading` read from Characters, for text that is not ASCII.
    static func isHeadingByCharacters(_ text: String) -> Bool {
        // Contents: clause numbers and page numbers standing alone between titles. A clause that
        // cites "Sections 14.1, 14.2 and 14.3" has no page numbers beside them.
        let spaced = text.split(separator: " ")
        let clauseNumbers = spaced.filter { word in
            let parts = word.split(separator: ".", omittingEmptySubsequences: false)
            return parts.count >= 2 && parts.allSatisfy { part in !part.isEmpty && part.allSatisfy(\.isASCIIDigit) }
        }
        let pageNumbers = spaced.filter { word in word.allSatisfy(\.isASCIIDigit) }
        if clauseNumbers.count >= 3, pageNumbers.count >= 2 { return true }
        // A contents line whose dot leaders run to a page number: "EXCLUSIVITY ........ 14".
        // Only the page (and perhaps the next entry's number) follows the leader.
        if let leader = text.range(of: ".....") {
            let after = text[leader.upperBound...].drop { $0 == "." || $0 == " " }
            if after.first?.isASCIIDigit == true, after.count <= 12 { return true }
        }
        let words = text.split { $0 == " " || $0 == ";" || $0 == "," || $0 == ":" || $0 == "-" || $0 == "–" || $0 == "—" }
        if listsAttachments(words) { return true }
        let titleWords = words.drop { word in word.first?.isASCIIDigit == true }
        guard !titleWords.isEmpty, titleWords.count <= ClauseHeading.maximumTitleWords else { return false }
        // Capitals hide a sentence ("NOTICES MUST BE GIVEN IN WRITING."); its verbs still show.
        return titleWords.allSatisfy { word in
            let lowered = word.lowercased()
            return !sentenceWords.contains(lowered)
                && (word.first?.isUppercase == true || word.first?.isASCIIDigit == true || ClauseHeading.minorWords.contains(lowered))
        }
    }

    /// `isHeading` for ASCII text, in the same steps over its bytes: the contents line, the dot
    /// leader, the list of attachments, the title.
    private static func isASCIIHeading(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        // Words between spaces: clause numbers ("14.2") and page numbers ("33").
        var clauseNumbers = 0
        var pageNumbers = 0
        for word in bytes.runs(separatedBy: { $0 == 0x20 }) {
            var dots = 0
            var previousWasDot = true
            var wellFormed = true
            for index in word {
                if bytes[index].isASCIIDigit {
                    previousWasDot = false
                } else if bytes[index] == UInt8(ascii: "."), !previousWasDot {
                    dots += 1
                    previousWasDot = true
                } else {
                    wellFormed = false
                    break
                }
            }
            guard wellFormed else { continue }
            if dots == 0 { pageNumbers += 1 } else if !previousWasDot { clauseNumbers += 1 }
        }
        if clauseNumbers >= 3, pageNumbers >= 2 { return true }
        // A dot leader running to a page number.
        if let leader = (0..<max(0, count - 4)).first(where: { start in (start..<start + 5).allSatisfy { bytes[$0] == UInt8(ascii: ".") } }) {
            var after = leader + 5
            while after < count, bytes[after] == UInt8(ascii: ".") || bytes[after] == 0x20 { after += 1 }
            // A CR LF pair is one Character.
            let characters = count - after - (after..<count).filter { $0 + 1 < count && bytes[$0] == 0x0D && bytes[$0 + 1] == 0x0A }.count
            if after < count, bytes[after].isASCIIDigit, characters <= 12 { return true }
        }
        // Words between spaces and the marks that part a title's words: attachments, then a title.
        var attachments = 0
        var previousIsAttachment = false
        var leadingNumbers = true
        var titleWords = 0
        var isTitle = true
        for word in bytes.runs(separatedBy: { $0 == 0x20 || $0 == 0x3B || $0 == 0x2C || $0 == 0x3A || $0 == 0x2D }) {
            let initial = bytes[word.lowerBound]
            if previousIsAttachment {
                let label = word.count { bytes[$0].isASCIILetter || bytes[$0].isASCIIDigit }
                if (1...3).contains(label) { attachments += 1 }
            }
            previousIsAttachment = asciiAttachmentWords.contains { isASCIIWord(bytes[word], caseInsensitively: $0) }
            if leadingNumbers, initial.isASCIIDigit { continue }
            leadingNumbers = false
            titleWords += 1
            guard isTitle, titleWords <= ClauseHeading.maximumTitleWords else {
                isTitle = false
                continue
            }
            // Only a title's first few words are ever spelled out: a string for every word of a
            // long quote cost more than the rest of the test.
            let lowered = String(decoding: bytes[word].lazy.map(\.asciiLowercased), as: UTF8.self)
            isTitle = !sentenceWords.contains(lowered)
                && (initial.isASCIIUppercase || initial.isASCIIDigit || ClauseHeading.minorWords.contains(lowered))
        }
        if attachments >= 3 { return true }
        return isTitle && titleWords > 0
    }

    /// Whether the words list the agreement's attachments ("Schedule 1 - Services, Schedule 2 -
    /// Fees, Schedule 3 - Early Termination Charges"): each title names a subject its schedule
    /// states. Three labelled attachments make a list; a clause cites one or two.
    private static func listsAttachments(_ words: [Substring]) -> Bool {
        var count = 0
        for (index, word) in words.enumerated().dropLast() where attachmentWords.contains(word.lowercased()) {
            let label = words[index + 1].filter { $0.isLetter || $0.isNumber }
            if (1...3).contains(label.count), label.allSatisfy({ $0.isASCII }) { count += 1 }
        }
        return count >= 3
    }

    private static let attachmentWords: Set<String> = ["schedule", "exhibit", "annex", "appendix", "attachment"]
    private static let asciiAttachmentWords = attachmentWords.sorted().map { Array($0.utf8) }

    /// Whether `word` is `lowered` in any case, both ASCII.
    private static func isASCIIWord(_ word: Slice<UnsafeBufferPointer<UInt8>>, caseInsensitively lowered: [UInt8]) -> Bool {
        word.count == lowered.count && zip(word, lowered).allSatisfy { $0.asciiLowercased == $1 }
    }

    private static let sentenceWords: Set<String> = ["shall", "must", "will", "may", "is", "are", "be", "not", "no", "has", "have"]

    // A defined term's meaning can open with a qualifier ("'Exclusive Period' means, subject to
    // …"); the closing quote keeps "which means, in practice," an operative sentence.
    private static let definitionMarkers = [" means ", "\" means,", "” means,", " shall mean ", " has the meaning", " have the meaning", " as defined in "]
    private static let preambleMarkers = ["entered into", "by and between", "by and among", "whereas", "now, therefore", "now therefore"]
    private static let recitalOpenings = ["background", "recitals", "recital "]
    private static let recitalHeadings: Set<String> = ["recitals", "recital", "background", "witnesseth", "preamble", "premises"]
}
