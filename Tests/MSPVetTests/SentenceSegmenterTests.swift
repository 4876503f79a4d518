import Foundation
import Testing
@testable import MSPVet

@Suite("Sentences: the unit of evidence")
struct SentenceSegmenterTests {
    private func texts(_ text: String) -> [String] { SentenceSegmenter.segment(text).map(\.text) }

    @Test func abbreviationsInitialsAndDecimalsDoNotEndSentences() {
        #expect(texts("We support tools, e.g. Okta and Slack. We respond fast.")
                == ["We support tools, e.g. Okta and Slack.", "We respond fast."])
        #expect(texts("Summit Technology Group, Inc. Provides support. Dr. Ruiz agrees.")
                == ["Summit Technology Group, Inc. Provides support.", "Dr. Ruiz agrees."])
        #expect(texts("We carry $1.5 million in cover. J. Smith signs.") == ["We carry $1.5 million in cover.", "J. Smith signs."])
        // The word before a stop is read from its bytes when ASCII, by Characters otherwise.
        #expect(texts("See Invoice No. 5 for totals. Renée agrees. Zoë signs.")
                == ["See Invoice No. 5 for totals.", "Renée agrees.", "Zoë signs."])
        #expect(texts("Call Zoë Ruiz, Dept. of Finance. No. The answer stands.")
                == ["Call Zoë Ruiz, Dept. of Finance.", "No.", "The answer stands."])
        #expect(texts("Signed by É. Martin and B. Carter. Done.") == ["Signed by É. Martin and B. Carter.", "Done."])
    }

    /// A long document's paragraphs are cut on all cores; the sentences, their tokens, headings
    /// and clauses are the same as when one thread cuts them, in the same order.
    @Test func paragraphsCutOnManyCoresGiveTheSameSentences() {
        // Every clause worded apart: a line repeated through a document is dropped as page furniture.
        let contract = (1...40).map { n in
            """
            ## \(n). Clause \(n)

            \(n).1 The Provider answers priority \(n) tickets within \(n) hours, e.g. by phone. Either party may end clause \(n) on \(n * 3) days' notice.

            - Item \(n)a is included at no cost.
            - Item \(n)b costs $\(n).50 a month.
            """
        }.joined(separator: "\n\n")
        let blocks = MarkdownBlocks.blocks(contract)
        #expect(blocks.count > SentenceSegmenter.blocksWorthSharing)
        let alone = SentenceSegmenter.sentences(from: blocks, jobs: 1)
        #expect(alone.count > 100)
        #expect(alone.contains { $0.clause != nil })
        #expect(alone.contains { $0.heading != nil })
        #expect(SentenceSegmenter.sentences(from: blocks, jobs: 2) == alone)
        #expect(SentenceSegmenter.sentences(from: blocks, jobs: 5) == alone)
    }

    /// Alternatives listed inside one sentence are read as sentences of their own, each led by
    /// the words before the first; the quote marks what it leaves out.
    @Test func alternativesListedInASentenceAreReadApart() {
        let sentences = SentenceSegmenter.segment(
            "Either party may end this agreement (i) if the other commits a material breach or (ii) for any reason on sixty days' notice.")
        #expect(sentences.map(\.text) == [
            "Either party may end this agreement (i) if the other commits a material breach or",
            "Either party may end this agreement … (ii) for any reason on sixty days' notice.",
        ])
        #expect(sentences[1].tokens.map(\.text).prefix(6) == ["either", "party", "may", "end", "this", "agreement"])
        #expect(!sentences[1].tokens.contains { $0.text == "breach" })
        // Letters, capitals and "(x)"/"(y)" too; a list nested in an item stays in it; each item
        // keeps the line it is written on.
        #expect(texts("The term ends (a) on 30 June, (b) on a sale under (i) clause 4 or (ii) clause 5, or (c) on notice.").count == 3)
        #expect(texts("It ends (x) by mutual consent or (y) on notice.") == ["It ends (x) by mutual consent or", "It ends … (y) on notice."])
        let lines = SentenceSegmenter.segment("Either party may end it:\n(A) on breach;\n(B) on notice.")
        #expect(lines.map(\.tokens.last?.line) == [2, 3])
    }

    /// Numbered items standing as blocks of their own below a lead that ends in a colon are read
    /// with the lead, the colon kept before each; a clause with a title of its own ends the list.
    @Test func itemsBelowALeadAreReadWithIt() {
        let sentences = SentenceSegmenter.segment("""
        10.2 Termination. This agreement may be terminated:

        10.2.1 by mutual written consent;

        10.2.2 by either party for any reason on sixty days' written notice.

        10.3 Effects of Termination. Fees for work done stay payable.
        """)
        #expect(sentences.map(\.text) == [
            "10.2 Termination.",
            "This agreement may be terminated:",
            "This agreement may be terminated: … 10.2.1 by mutual written consent;",
            "This agreement may be terminated: … 10.2.2 by either party for any reason on sixty days' written notice.",
            "10.3 Effects of Termination.",
            "Fees for work done stay payable.",
        ])
        #expect(sentences.map(\.announcingLead) == [0, 5, 5, 5, 0, 0])
        #expect(sentences.map(\.line) == [1, 1, 3, 5, 7, 7])
        let item = sentences[3].tokens
        #expect(item.prefix(5).map(\.text) == ["this", "agreement", "may", "be", "terminated"] && item[5].breakBefore == .colon)
        // A lead within one sentence announces its lettered items the same way.
        #expect(SentenceSegmenter.segment("Either party may end it as follows: (a) on breach; (b) on notice.").map(\.announcingLead) == [7, 7])
    }

    /// A lead's numbered items are its own clause's sub-clauses: after "3.2 … as follows:" and its
    /// items, "3.3" and "4.1" are the next clauses, not more items. A lead whose clause number came
    /// from further up (plain text that lost "18." to a list marker) keeps its numbered items.
    @Test func aClauseNumberOutsideTheLeadsClauseEndsItsList() {
        let sentences = SentenceSegmenter.segment("""
        3.2 Renewal. This agreement renews for one-year terms unless either party gives notice:

        (a) ninety days before the term ends; or

        (b) at any time after a price increase.

        3.3 The Provider may not charge a fee for ending this agreement.

        4.1 Fees are invoiced monthly in arrears.
        """)
        #expect(sentences.map(\.text) == [
            "3.2 Renewal.",
            "This agreement renews for one-year terms unless either party gives notice:",
            "This agreement renews for one-year terms unless either party gives notice: … ninety days before the term ends; or",
            "This agreement renews for one-year terms unless either party gives notice: … at any time after a price increase.",
            "3.3 The Provider may not charge a fee for ending this agreement.",
            "4.1 Fees are invoiced monthly in arrears.",
        ])
        #expect(sentences.map(\.clause) == ["3.2", "3.2", "3.2", "3.2", "3.3", "4.1"])
        let lostNumber = SentenceSegmenter.segment("""
        17.4 Fees owed at termination stay payable.

        18.   Help When We Part

        On termination for any reason the Provider shall:

        18.1 return the Client's data and documentation; and

        18.2 cooperate with any successor provider.
        """)
        #expect(lostNumber.suffix(2).map(\.text) == [
            "On termination for any reason the Provider shall: … 18.1 return the Client's data and documentation; and",
            "On termination for any reason the Provider shall: … 18.2 cooperate with any successor provider.",
        ])
    }

    /// Lettered items on lines of their own are list items, their labels gone from the text; they
    /// are the lead's items as numbered clauses are, and a plain paragraph after them ends the list.
    @Test func listItemsBelowALeadAreReadWithIt() {
        let sentences = SentenceSegmenter.segment("""
        The Client may end this agreement upon the occurrence of any of the following:

        (a) the Provider's insolvency;

        (b) without cause, on thirty days' written notice.

        Fees for work done stay payable.
        """)
        let lead = "The Client may end this agreement upon the occurrence of any of the following:"
        #expect(sentences.map(\.text) == [
            lead,
            lead + " … the Provider's insolvency;",
            lead + " … without cause, on thirty days' written notice.",
            "Fees for work done stay payable.",
        ])
        #expect(sentences.map(\.announcingLead) == [14, 14, 14, 0])
        #expect(sentences.map(\.line) == [1, 3, 5, 7])
    }

    /// A clause that never closed its sentence ends where the next clause's number stands; a
    /// number that is cited stays in its sentence.
    @Test func aRunInClauseNumberStartsTheNextClause() {
        #expect(texts("Either party may end it on sixty days' notice before such termination 14.3 Except as set out here, fees are due monthly.")
                == ["Either party may end it on sixty days' notice before such termination",
                    "14.3 Except as set out here, fees are due monthly."])
        #expect(texts("Notice is given as set out in clause 14.3 Each notice is in writing.").count == 1)
        #expect(texts("Fees follow Section 14.3 Each party pays its own costs.").count == 1)
        #expect(texts("The tool runs at version 2.1 Release builds only.").count == 1)
        #expect(texts("Support covers item 4 in the list 12 Monthly.").count == 1)
    }

    /// Brackets that are no list stay in their sentence: figures written twice, references,
    /// plurals, items cited rather than listed, and asides.
    @Test(arguments: [
        "The term is one (1) year and renews for two (2) years.",
        "Notice under Section 5(a) and Section 5(b) is given in writing.",
        "The Party(ies) named (a) below sign.",
        "The charges in items (a) and (b) of Schedule C apply.",
        "Fees are fixed (see Schedule B) and (subject to clause 4) payable monthly.",
    ])
    func bracketsThatAreNoListStay(text: String) {
        #expect(texts(text) == [text])
    }

    /// Text is walked by scalars, so an accent written as a combining mark must still belong to
    /// its letter: the word stays one token and the sentence ends where it did.
    @Test func decomposedAccentsStayWithTheirLetters() {
        let decomposed = "The cafe\u{301} renews yearly. E\u{301}lan IT may end it."
        #expect(texts(decomposed) == ["The cafe\u{301} renews yearly.", "E\u{301}lan IT may end it."])
        let tokens = SentenceSegmenter.segment(decomposed)[0].tokens.map(\.text)
        #expect(tokens == ["the", "cafe\u{301}", "renews", "yearly"])
    }

    /// Runs of white space of any kind become one space, and every other character is kept as
    /// written, whatever its length in bytes (sentence text is rebuilt from UTF-8 bytes).
    @Test func whiteSpaceOfAnyKindCollapsesAndOtherCharactersStay() {
        #expect(texts("Fees are €5\u{2003}\u{00A0} per\tseat — “fixed”   for 36 months.")
                == ["Fees are €5 per seat — “fixed” for 36 months."])
        #expect(texts("Le café\u{3000}ferme 🙂 demain.") == ["Le café ferme 🙂 demain."])
    }

    /// Ends that are visible ASCII are answered from two bytes; anything else is trimmed as
    /// Unicode sees white space.
    @Test func trimmingRemovesWhiteSpaceOfAnyKindAtEitherEnd() {
        #expect("Notice period".trimmingWhitespace() == "Notice period")
        #expect(" \tNotice period\n".trimmingWhitespace() == "Notice period")
        #expect("\u{00A0}“Notice”\u{2003}".trimmingWhitespace() == "“Notice”")
        #expect("\u{3000}".trimmingWhitespace() == "")
        #expect(Substring("a b").trimmingWhitespace() == "a b")
    }

    /// A table cell or PDF line is one line: breaks inside it become spaces and controls go,
    /// while curly quotes and dashes (which share the byte that leads those breaks) stay.
    @Test func aLineIsFlattenedOnlyWhereItHoldsABreakOrAControl() {
        #expect(LineBreaks.flattened("“Term” – 36 months") == "“Term” – 36 months")
        #expect(LineBreaks.flattened("Term\u{2028}36\u{200E} months\r") == "Term 36 months ")
        #expect(ControlCharacters.removed(from: "Renews\n“yearly”", keepingNewlines: true) == "Renews\n“yearly”")
        #expect(ControlCharacters.removed(from: "Renews\t“yearly”\u{202E}", keepingNewlines: true) == "Renews “yearly”")
    }

    @Test func sentencesSplitOnlyBeforeACapitalDigitOrQuote() {
        #expect(texts("It renews. it is odd.") == ["It renews. it is odd."])
        #expect(texts("Fees apply! Term: 36 months? Yes.") == ["Fees apply!", "Term: 36 months?", "Yes."])
    }

    /// Each item is a sentence, its continuation line joined to it; below a lead that ends in a
    /// colon, each is read with the lead.
    @Test func listItemsAreSentencesOfTheirOwn() {
        let sentences = SentenceSegmenter.segment("""
        Terms:
        1. Initial term of 36 months
        2. Renews automatically
        - No onboarding fee
          continued here
        """)
        #expect(sentences.map(\.text) == ["Terms:", "Terms: … Initial term of 36 months", "Terms: … Renews automatically",
                                          "Terms: … No onboarding fee continued here"])
        #expect(SentenceSegmenter.segment("Terms\n1. Initial term of 36 months\n2. Renews automatically").map(\.text)
                == ["Terms", "Initial term of 36 months", "Renews automatically"])
        #expect(sentences.map(\.line) == [1, 2, 3, 4])
    }

    @Test func headingsNameSectionsAndAreNotEvidence() {
        let sentences = SentenceSegmenter.segment("""
        # Proposal
        ## Term and Termination
        The initial term is 12 months.

        Pricing
        -------
        $150 per user.
        """)
        #expect(sentences.map(\.text) == ["The initial term is 12 months.", "$150 per user."])
        #expect(sentences.map(\.section) == ["Term and Termination", "Pricing"])
        #expect(sentences.map(\.line) == [3, 7])
    }

    @Test func tableRowsCarryTheirColumnHeaders() {
        let sentences = SentenceSegmenter.segment("""
        | Priority | Response | Resolution |
        |---|---|---|
        | P1 | 15 minutes | 4 hours |
        | P2 | 1 hour | 8 hours |
        """)
        #expect(sentences.map(\.text) == ["Priority: P1; Response: 15 minutes; Resolution: 4 hours",
                                          "Priority: P2; Response: 1 hour; Resolution: 8 hours"])
        #expect(sentences.map(\.line) == [3, 4])
        let followed = SentenceSegmenter.segment("| A | B |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n\nAfter.")
        #expect(followed.map(\.text) == ["A: 1; B: 2", "A: 3; B: 4", "After."])
    }

    @Test func rowsWithoutAHeaderAreClausesOfOneSentence() {
        #expect(texts("| Auto-renewal | None |\n| Term | 12 months |") == ["Auto-renewal: None", "Term: 12 months"])
    }

    @Test func aSentenceSpanningLinesStartsWhereItStarts() {
        let sentences = SentenceSegmenter.segment("One sentence here. Another one\nruns on to the next line. A third\non line two.")
        #expect(sentences.map(\.line) == [1, 1, 2])
        #expect(sentences[1].tokens.last?.line == 2)
    }

    @Test func markupAndCodeAreDropped() {
        #expect(texts("We **never** charge [fees](https://x.test) for `exit`.") == ["We never charge fees for exit."])
        #expect(texts("```\nrenews automatically\n```\nText.") == ["Text."])
        #expect(texts("Keep snake_case words.") == ["Keep snake_case words."])
    }

    @Test func contractAbbreviationsDoNotEndSentences() {
        #expect(texts("Fees are $90 per user excl. VAT and are set out in Sec. 4.2 of the Schedule. Renewal follows.")
                == ["Fees are $90 per user excl. VAT and are set out in Sec. 4.2 of the Schedule.", "Renewal follows."])
        #expect(texts("See Schedule No. 3 for the rates. Approx. 40 devices are covered.")
                == ["See Schedule No. 3 for the rates.", "Approx. 40 devices are covered."])
    }

    /// A title is a few short words: a line of capitalised words past 200 bytes, or one that
    /// holds a sentence mark, opens no heading, however few its words.
    @Test func aTitleIsShort() {
        let long = "9. " + Array(repeating: "EXTRAORDINARILY-COMPREHENSIVE-OBLIGATIONS", count: 6).joined(separator: " ")
        #expect(long.utf8.count > ClauseHeading.maximumTitleBytes)
        #expect(ClauseHeading.opening(long, standsAlone: true) == nil)
        #expect(ClauseHeading.opening("9. FEES AND PAYMENT", standsAlone: true)?.text == "9. FEES AND PAYMENT")
        #expect(ClauseHeading.opening("9. “FEES” DEFINED", standsAlone: true) == nil)
        #expect(ClauseHeading.opening("9. FEES? SEE SCHEDULE", standsAlone: true) == nil)
    }

    /// Headings in ASCII are read from their bytes, others by Characters; both read alike.
    @Test(arguments: [
        ("TERM AND TERMINATION", "TERM AND TERMINATION"),
        ("ÉTENDUE DES SERVICES", "ÉTENDUE DES SERVICES"),
        ("9.\tFEES  AND\r\nPAYMENT", "9. FEES AND PAYMENT"),
        ("9.\u{2003}FRAIS  ET\u{00A0}PAIEMENT", "9. FRAIS ET PAIEMENT"),
        ("Section 12   Liability", "Section 12 Liability"),
    ])
    func headingsReadAlikeInAndBeyondASCII(line: String, heading: String) {
        #expect(ClauseHeading.opening(line, standsAlone: true)?.text == heading)
    }

    @Test(arguments: ["TERM AND Termination", "Étendue DES SERVICES", "OK", "É1 2"])
    func aLineWithALowerCaseLetterOrTooFewLettersIsNoCapitalsHeading(line: String) {
        #expect(ClauseHeading.opening(line, standsAlone: true) == nil)
    }

    @Test func plainTextClauseHeadingsNumberTheSentencesUnderThem() {
        let sentences = SentenceSegmenter.segment("""
        MASTER SERVICES AGREEMENT

        4. FEES AND PAYMENT

        4.1 Annual Price Adjustment. The fees may change once a year on written notice.

        4.2 Either party may end a Statement of Work on ninety days' notice.

        The parties will review the rates each spring.

        Section 7 - Term and Termination
        This Agreement begins on the Effective Date.
        """)
        let rows = sentences.map { "\($0.clause ?? "-") | \($0.section ?? "-") | \($0.text)" }
        #expect(rows == [
            "- | MASTER SERVICES AGREEMENT | MASTER SERVICES AGREEMENT",
            "4 | 4. FEES AND PAYMENT | 4. FEES AND PAYMENT",
            "4.1 | 4.1 Annual Price Adjustment | 4.1 Annual Price Adjustment.",
            "4.1 | 4.1 Annual Price Adjustment | The fees may change once a year on written notice.",
            "4.2 | 4.1 Annual Price Adjustment | 4.2 Either party may end a Statement of Work on ninety days' notice.",
            "4.2 | 4.1 Annual Price Adjustment | The parties will review the rates each spring.",
            "7 | Section 7 - Term and Termination | Section 7 - Term and Termination",
            "7 | Section 7 - Term and Termination | This Agreement begins on the Effective Date.",
        ])
    }

    @Test func aClauseNumberAloneDoesNotEndItsHeading() {
        let sentences = SentenceSegmenter.segment("2. Compensation. 2.1 Invoices. The Client pays each invoice within 30 days.")
        #expect(sentences.map(\.text) == ["2. Compensation.", "2.1 Invoices.", "The Client pays each invoice within 30 days."])
        #expect(sentences.map(\.clause) == ["2", "2.1", "2.1"])
    }

    @Test func aProposalsNumberedListStaysAList() {
        let sentences = SentenceSegmenter.segment("""
        ## What we do
        1. Monitoring Services
        2. We patch servers monthly.
        """)
        #expect(sentences.map(\.text) == ["Monitoring Services", "We patch servers monthly."])
        #expect(sentences.map(\.section) == ["What we do", "What we do"])
        #expect(sentences.map(\.clause) == [nil, nil])
    }

    @Test func headingsInEveryFormatCarryTheirClauseNumber() {
        let sentences = SentenceSegmenter.sentences(from: [
            .heading(TextLine("12.3  Exit Assistance", line: 1)),
            .paragraph([TextLine("Provider hands over all documentation.", line: 2)]),
        ])
        #expect(sentences.map(\.clause) == ["12.3"])
        #expect(sentences.map(\.section) == ["12.3 Exit Assistance"])
    }

    @Test func pageFurnitureIsDroppedAndTheSentenceItCutIsJoined() {
        let body = (1...40).map { "Clause line \($0) holds an ordinary sentence." }
        let text = """
        The Agreement renews for successive one-year periods unless either party gives

        Acme MSA v2 - Confidential - Page 3 of 9

        12

        written notice of non-renewal at least sixty days before the end of the term.

        \(body[0..<20].joined(separator: "\n\n"))

        Acme MSA v2 - Confidential - Page 4 of 9

        \(body[20..<40].joined(separator: "\n\n"))

        Acme MSA v2 - Confidential - Page 5 of 9

        - 6 -
        """
        let sentences = SentenceSegmenter.segment(text)
        #expect(sentences.first?.text == "The Agreement renews for successive one-year periods unless either party gives written notice of non-renewal at least sixty days before the end of the term.")
        #expect(!sentences.contains { $0.text.contains("Confidential") || $0.text == "12" || $0.text.contains("- 6 -") })
        #expect(sentences.count == 41)
    }

    /// A running footer is known whatever its page number, case or spacing, in any script.
    @Test func aRunningFooterIsKnownWhateverItsNumberCaseOrSpacing() {
        let body = (1...40).map { "Clause \($0) sets out what the Provider does in its own words." }
        let footers = ["Société Générale – Contrat cadre – page 3", "SOCIÉTÉ GÉNÉRALE – Contrat  cadre – page 4", "Société Générale – Contrat cadre – page 5"]
        let text = [body[0..<20].joined(separator: "\n\n"), footers[0], body[20..<40].joined(separator: "\n\n"), footers[1], body[0..<20].joined(separator: "\n\n"), footers[2]]
            .joined(separator: "\n\n")
        let sentences = texts(text)
        #expect(!sentences.contains { $0.contains("Contrat") })
        #expect(sentences.count == 60)
    }

    @Test func aSentenceRepeatedCloseTogetherIsTheAuthorsNotThePages() {
        let pasted = Array(repeating: "We answer every call within one hour, day or night.", count: 4).joined(separator: "\n\n")
        #expect(texts(pasted).count == 4)
    }
}
