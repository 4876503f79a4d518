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
    }

    @Test func sentencesSplitOnlyBeforeACapitalDigitOrQuote() {
        #expect(texts("It renews. it is odd.") == ["It renews. it is odd."])
        #expect(texts("Fees apply! Term: 36 months? Yes.") == ["Fees apply!", "Term: 36 months?", "Yes."])
    }

    @Test func listItemsAreSentencesOfTheirOwn() {
        let sentences = SentenceSegmenter.segment("""
        Terms:
        1. Initial term of 36 months
        2. Renews automatically
        - No onboarding fee
          continued here
        """)
        #expect(sentences.map(\.text) == ["Terms:", "Initial term of 36 months", "Renews automatically", "No onboarding fee continued here"])
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
        #expect(sentences.map(\.text) == ["Priority: P1, Response: 15 minutes, Resolution: 4 hours",
                                          "Priority: P2, Response: 1 hour, Resolution: 8 hours"])
        #expect(sentences.map(\.line) == [3, 4])
        let followed = SentenceSegmenter.segment("| A | B |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n\nAfter.")
        #expect(followed.map(\.text) == ["A: 1, B: 2", "A: 3, B: 4", "After."])
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
}
