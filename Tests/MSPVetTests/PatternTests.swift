import Testing
@testable import MSPVet

@Suite("Patterns: token-based, compiled once, no backtracking")
struct PatternTests {
    /// The matched words of every match of `pattern` in `text`.
    private func matches(_ pattern: String, _ text: String, parser: PatternParser = PatternParser()) throws -> [String] {
        let compiled = try CompiledPattern(pattern, parser: parser)
        let tokens = Tokenizer.tokenize(text)
        return compiled.matches(in: tokens).map { tokens[$0].map(\.original).joined(separator: " ") }
    }

    @Test func wordsMatchInAnyCase() throws {
        #expect(try matches("early termination fee", "An Early Termination Fee applies.") == ["Early Termination Fee"])
        #expect(try matches("early termination fee", "An early-termination fees clause.") == [])
    }

    @Test func aTrailingStarMatchesWordsStartingSo() throws {
        #expect(try matches("auto renew*", "It auto-renews; auto renewal; autorenew.") == ["auto renews", "auto renewal"])
    }

    @Test func anEqualsSignMatchesExactCapitalisation() throws {
        #expect(try matches("=Teams", "Our teams use Teams.") == ["Teams"])
    }

    /// Matches start only on a word a first test accepts; each way a match can begin still does.
    @Test func everyWayAMatchCanBeginIsTried() throws {
        #expect(try matches("[the] client may", "so the client may; a client may") == ["the client may", "client may"])
        #expect(try matches("=Teams (call|calls)", "teams call, then Teams calls") == ["Teams calls"])
        #expect(try matches("# days", "within 30 days") == ["30 days"])
        #expect(try matches("équipe ~2 (support|helpdesk)", "Notre Équipe de support") == ["Équipe de support"])
    }

    @Test func squareBracketsAreOptional() throws {
        #expect(try matches("service [level] credit*", "a service credit or a service level credit") == ["service credit", "service level credit"])
    }

    @Test func parenthesesHoldAlternativesOfSequences() throws {
        #expect(try matches("(evergreen|auto renew*) contract", "an evergreen contract, an auto-renewing contract") == ["evergreen contract", "auto renewing contract"])
        #expect(try matches("evergreen|auto renew*", "evergreen, or auto-renewing") == ["evergreen", "auto renewing"])
    }

    @Test func aGapSkipsUpToItsSizeAndNoMore() throws {
        #expect(try matches("renew* ~3 successive", "renews for two successive terms") == ["renews for two successive"])
        #expect(try matches("renew* ~3 successive", "renews for one, two, three successive terms") == [])
        #expect(try matches("renew* ~3 successive", "renews successive") == ["renews successive"])
    }

    @Test func aHashMatchesAnyNumber() throws {
        #expect(try matches("$ # per user", "$145 per user and $ per user") == ["$ 145 per user"])
    }

    @Test func slotsExpandToTheirNames() throws {
        let parser = PatternParser(slots: ["platform": try PatternParser().parse("(Google Workspace|Microsoft 365)")])
        #expect(try matches("migrate ~3 {platform}", "we migrate you to Microsoft 365", parser: parser) == ["migrate you to Microsoft 365"])
    }

    @Test func matchesEndAsEarlyAsTheyCanAndDoNotOverlap() throws {
        #expect(try matches("fee ~4 fee", "fee a fee b fee c fee") == ["fee a fee", "fee c fee"])
        #expect(try matches("renew* [automatically]", "renews automatically") == ["renews"])
    }

    @Test func aLongSentenceWithManyNearMissesStillMatchesCorrectly() throws {
        // Each "x" opens a thread that the gaps keep alive; a backtracking matcher would explode here.
        let text = Array(repeating: "x", count: 2_000).joined(separator: " ") + " y"
        let compiled = try CompiledPattern("x ~12 x ~12 x ~12 y")
        let tokens = Tokenizer.tokenize(text)
        #expect(compiled.matches(in: tokens) == [1_961..<2_001])
    }

    @Test func theIndexRunsAPatternOnlyWhereEveryRequiredWordIs() throws {
        let parser = PatternParser(slots: ["platform": try PatternParser().parse("(Google Workspace|=Teams)")])
        let pattern = try CompiledPattern("(migrat*|mov*) ~8 {platform}", parser: parser)
        #expect(pattern.anchors == [[.prefix("migrat"), .prefix("mov")], [.literal("google"), .exact("Teams")]])
        let document = proposal("""
            We move fast. Google Workspace is great. We move you to Google Workspace. Our teams migrate data. We migrate to Teams.
            """)
        // A case-sensitive word is looked up folded: "Our teams migrate data" is a candidate, and
        // the pattern, which tests the case, does not match it.
        let candidates = document.index.sentences(whereCanMatch: pattern)
        #expect(candidates == [2, 3, 4])
        // Asked again, the index answers from what it kept, the same.
        #expect(document.index.sentences(whereCanMatch: pattern) == [2, 3, 4])
        // A word and the wildcard of the same letters are kept apart.
        let renewals = proposal("The term renews each year. Renewal is automatic. We renew.")
        #expect(renewals.index.sentences(whereCanMatch: try CompiledPattern("renew")) == [2])
        #expect(renewals.index.sentences(whereCanMatch: try CompiledPattern("renew*")) == [0, 1, 2])
        #expect(renewals.index.sentences(whereCanMatch: try CompiledPattern("renew")) == [2])
        #expect(EvidenceFinder().hits(of: [PatternSpec(pattern: pattern, location: .start(of: "x"))], in: document).map(\.sentenceIndex) == [2, 4])
    }

    /// A common word is asked about only in the sentences a rare one leaves, and the answer is
    /// the sentences holding both, as meeting the two lists in full gives.
    @Test func theRarestAnchorIsMetFirst() throws {
        let sentences = (0..<200).map { $0 % 50 == 7 ? "The Client shall terminate on notice." : "The Provider shall keep logs for item \($0)." }
        let document = proposal(sentences.joined(separator: " "))
        let pattern = try CompiledPattern("shall ~3 terminat*")
        #expect(pattern.anchors == [[.literal("shall")], [.prefix("terminat")]])
        let expected = DocumentIndex.intersection(document.index.sentences(whereCanMatch: try CompiledPattern("shall")),
                                                  document.index.sentences(whereCanMatch: try CompiledPattern("terminat*")))
        #expect(expected == [7, 57, 107, 157])
        #expect(document.index.sentences(whereCanMatch: pattern) == expected)
        #expect(DocumentIndex.holds([2, 5, 9], 5) && !DocumentIndex.holds([2, 5, 9], 6) && !DocumentIndex.holds([], 0))
    }

    /// One word spelled two ways ("é" as one scalar, or "e" and an accent) is one word of the
    /// index, with the sentences of both spellings; every other word keeps its own.
    @Test func twoSpellingsOfAWordShareItsSentences() throws {
        let document = proposal("The café opens at nine. The cafe\u{301} closes at six. The cafe is shut on Sundays.")
        #expect(document.index.words(startingWith: "caf").count == 2)
        #expect(Array(document.index.postings(startingWith: "caf")).sorted { $0.count < $1.count } == [[2], [0, 1]])
        #expect(document.index.sentences(whereCanMatch: try CompiledPattern("café")) == [0, 1])
        #expect(document.index.sentences(whereCanMatch: try CompiledPattern("closes")) == [1])
    }

    /// A wildcard's words are one run of the vocabulary in UTF-8 byte order, accented words
    /// included, found by binary search.
    @Test func aPrefixFindsItsWordsInByteOrder() {
        let document = proposal("Renewal renews; the renouncement is réel. René renews zebra rental rent.")
        #expect(Array(document.index.words(startingWith: "ren")) == ["renewal", "renews", "renouncement", "rent", "rental", "rené"])
        #expect(Array(document.index.words(startingWith: "ré")) == ["réel"])
        #expect(Array(document.index.words(startingWith: "rené")) == ["rené"])
        #expect(document.index.words(startingWith: "zz").isEmpty)
        #expect(DocumentIndex.precedes("zebra", "été") && !DocumentIndex.precedes("été", "zebra"))
        #expect(DocumentIndex.precedes("rent", "rental") && !DocumentIndex.precedes("rental", "rent") && !DocumentIndex.precedes("rent", "rent"))
        #expect(DocumentIndex.hasPrefix("rental", "rent") && !DocumentIndex.hasPrefix("rent", "rental"))
    }

    /// Words are told apart by their bytes as they are indexed, but one word spelled two ways
    /// ("é" as one scalar, or "e" and a combining accent) is one word, as it is for `String`.
    @Test func oneWordSpelledTwoWaysSharesItsSentences() throws {
        let document = proposal("The fee is paid at the caf\u{E9}. Nothing else here. The caf\u{65}\u{301} is open.")
        #expect(document.sentences.count == 3)
        #expect(document.index.postings["caf\u{E9}"] == [0, 2])
        #expect(document.index.postings["caf\u{65}\u{301}"] == [0, 2])
        #expect(document.index.sentences(whereCanMatch: try CompiledPattern("caf*")) == [0, 2])
        #expect(WordTable.hash("caf\u{E9}") != WordTable.hash("caf\u{65}\u{301}"))
    }

    /// The index joins and meets ascending sentence lists by walking them side by side; the
    /// result is what sets would give, ascending, for few lists and for many.
    @Test(arguments: [2, 5, 17, 40])
    func sentenceListsAreJoinedAndMetInOrder(lists count: Int) {
        // Fixed lists of different strides, so a failure is reproduced as it is.
        let lists = (0..<count).map { list in (0..<200).filter { ($0 * 7 + list * 13) % (list % 5 + 2) == 0 } }
        let union = DocumentIndex.union(lists, sentenceCount: 200)
        #expect(union == Array(Set(lists.joined())).sorted())
        let met = lists.dropFirst().reduce(lists[0]) { DocumentIndex.intersection($0, $1) }
        #expect(met == lists.dropFirst().reduce(Set(lists[0])) { $0.intersection($1) }.sorted())
        #expect(DocumentIndex.intersection([1, 3, 5], []) == [] && DocumentIndex.union([[], [2]], sentenceCount: 3) == [2])
    }

    @Test func wordsSplitAtAnyWhiteSpaceAndKeepTheirLetters() throws {
        let pattern = "auto\u{00A0}renew*\u{2003}(café|naïve)"
        #expect(try matches(pattern, "It auto-renews café hours; auto renewal, naïve.") == ["auto renews café", "auto renewal naïve"])
        #expect(try matches(pattern, "It auto-renews cafe hours.") == [])
    }

    @Test func aWholeNameMatchesOnlyAsAWhole() throws {
        let names = try CompiledPattern("(QuickBooks|QuickBooks Online|Chromebook*)")
        #expect(names.matchesWhole(Tokenizer.tokenize("QuickBooks Online")))
        #expect(names.matchesWhole(Tokenizer.tokenize("chromebooks")))
        #expect(!names.matchesWhole(Tokenizer.tokenize("QuickBooks Desktop")))
        #expect(!names.matchesWhole([]))
    }

    @Test(arguments: [
        ("(auto renew*", 0, "'(' is never closed"),
        ("auto renew*)", 11, "')' has no matching opening bracket"),
        ("(a|)", 3, "empty alternative after '|'"),
        ("(|a)", 1, "empty alternative before '|'"),
        ("~3 fee", 0, "a pattern cannot start with a gap"),
        ("fee ~3", 5, "a pattern cannot end with a gap"),
        ("[fee]", 0, "pattern can match nothing; it needs at least one required word"),
        ("fee ~20 due", 4, "a gap must be ~1 to ~12, found ~20"),
        ("a* fee", 0, "a wildcard needs at least two letters before '*'"),
        ("re*new", 2, "'*' may only end a word"),
        ("migrate to {platfrom}", 11, "unknown slot '{platfrom}'; none is defined here"),
        ("fee ~3 (due|)", 12, "empty alternative after '|'"),
        // Columns count characters, however many bytes or scalars each takes.
        ("naïve (fee", 6, "'(' is never closed"),
        ("re\u{301}ne\u{301}e ~3", 7, "a pattern cannot end with a gap"),
        ("ré*né", 2, "'*' may only end a word"),
        // Any Unicode white space separates, a no-break space as well as a space.
        ("fee\u{00A0})", 4, "')' has no matching opening bracket"),
    ])
    func badPatternsSayWhatAndWhere(source: String, offset: Int, message: String) {
        #expect(throws: PatternParser.Failure(offset: offset, message: message)) {
            try PatternParser().parse(source)
        }
    }
}
