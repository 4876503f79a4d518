import Foundation
import Testing
import ZIPFoundation
@testable import MSPVet

/// Every input mspvet reads, attacked the way a careless export or a hostile bidder would: each
/// test is one row of the attack table it was found with, and the documented limits that hold it.
/// Tests that guard against time blow-ups carry a one-minute limit: the inputs are the sizes that
/// took well over a minute before the fix, and take a fraction of a second after it.
@Suite("Crash-free on any input: line ends, limits, hostile text, output files")
struct HostileInputTests {
    // MARK: 1. Line ends

    @Test(arguments: ["\n", "\r\n", "\r"])
    func everyLineEndReadsWithTheLinesAnEditorShows(end: String) throws {
        let text = ["# Terms", "", "The initial term is 36 months.", "We renew automatically."].joined(separator: end) + end
        let sentences = SentenceSegmenter.segment(text)
        #expect(sentences.map(\.text) == ["The initial term is 36 months.", "We renew automatically."])
        #expect(sentences.map(\.line) == [3, 4])
        #expect(sentences.allSatisfy { $0.section == "Terms" })
        let document = try ProposalReader().read(Data(text.utf8), path: "bid.md")
        #expect(document.sentences.map(\.line) == [3, 4])
    }

    @Test func aSentenceRunningOverCRLFLinesKeepsEachTokensLine() {
        let sentences = SentenceSegmenter.segment("Hello there.\r\nWorld is\r\nhere.\r\n")
        #expect(sentences.map(\.text) == ["Hello there.", "World is here."])
        #expect(sentences[1].tokens.map(\.line) == [2, 2, 3])
    }

    @Test func aBadByteInACROnlyFileIsLocatedOnItsLine() throws {
        // "é" as UTF-8 says the file is UTF-8, so the stray byte is damage, not Windows-1252.
        let bytes = Data("first\rsecond\r\nthird é".utf8) + Data([0xFF])
        let error = try #require(throws: Diagnostic.self) { try ProposalReader().read(bytes, path: "cr.md") }
        #expect((error.location.line, error.location.column) == (3, 8))
    }

    // MARK: 2, 20. Weights at the ends of Double

    @Test(arguments: ["1e308", "5e-324"])
    func extremeWeightsGiveTheSameSharesAsOrdinaryOnes(weight: String) throws {
        let set = try CriteriaLoader().load(texts: [
            ("a.yaml", Self.category(id: "a", weight: weight, checks: 4, checkWeight: weight)),
            ("b.yaml", Self.category(id: "b", weight: weight, checks: 4, checkWeight: weight)),
        ])
        #expect(set.categoryShares == ["a": 0.5, "b": 0.5])
        #expect(set.effectiveWeights.values.allSatisfy { $0 == 0.125 })
        let ranking = Scorer(criteria: set).rank([proposal("Our service desk answers the phone.")])
        #expect(ranking.proposals[0].score == 50)
        #expect(TableRenderer().render(ranking, criteria: set).contains("50.0"))
        #expect(try JSONRenderer().render(ranking).contains("\"score\" : 50"))
    }

    @Test(arguments: [".inf", "-.inf", ".nan"])
    func aWeightMustBeFinite(weight: String) {
        #expect(throws: Diagnostic.self) {
            try CriteriaLoader().load(texts: [("a.yaml", Self.category(id: "a", weight: "1", checks: 1, checkWeight: weight))])
        }
    }

    // MARK: 3. Pattern nesting

    @Test(.timeLimit(.minutes(1)), arguments: [
        String(repeating: "(", count: 40_000) + "a",
        String(repeating: "(a|", count: 10_000) + "b",
        String(repeating: "[", count: 33) + "a" + String(repeating: "]", count: 33),
    ])
    func deeplyNestedPatternsAreRefusedWithTheirColumn(source: String) throws {
        let failure = try #require(throws: PatternParser.Failure.self) { try PatternParser().parse(source) }
        #expect(failure.message.contains("nest deeper than 32 levels") || failure.message.contains("longer than 1000 characters"))
    }

    @Test func thirtyTwoLevelsStillParse() throws {
        let source = String(repeating: "(", count: 32) + "renew*" + String(repeating: ")", count: 32)
        #expect(try CompiledPattern(source).matches(in: Tokenizer.tokenize("It renews yearly.")).count == 1)
    }

    // MARK: 4. Alias keys, however written

    @Test(.timeLimit(.minutes(1)), arguments: ["[*i]: x", "{k: *i}: x", "?\n  *i\n: x", "? - *i\n: x", "*i : x"])
    func anAliasInAKeyIsRefusedInCriteriaAndProfiles(key: String) throws {
        let text = CLITests.aliasBomb + "\n" + key + "\n"
        let criteria = try #require(throws: Diagnostic.self) { try CriteriaLoader().load(texts: [("bomb.yaml", text)]) }
        #expect(criteria.code == .aliasKey)
        let profile = try #require(throws: Diagnostic.self) {
            try ClientProfileLoader(catalogue: Repo.criteria.catalogue).load(text: text, path: "client.yaml")
        }
        #expect(profile.code == .aliasKey)
        #expect(profile.location.line == 10 || profile.location.line == 11)
    }

    // MARK: 5. Long sentences and many hits

    @Test(.timeLimit(.minutes(1)))
    func aTwoHundredKilobyteSentenceIsCutAndStillScored() throws {
        let clause = "the agreement renews automatically for 12 months with 90 days notice and we will migrate you from Google Workspace to Microsoft 365 "
        let document = proposal(String(repeating: clause, count: 1_600) + ".")
        #expect(document.sentences.count > 1)
        #expect(document.sentences.allSatisfy { $0.tokens.count <= InputLimits.sentenceTokens })
        let spec = PatternSpec(pattern: try CompiledPattern("auto renew*|renew* automatic*"), location: .start(of: "test"))
        let hits = EvidenceFinder().hits(of: [spec], in: document)
        #expect(Dictionary(grouping: hits, by: \.sentenceIndex).values.allSatisfy { $0.count <= EvidenceFinder.maximumHitsPerSentence })
        let score = Scorer(criteria: Repo.criteria, client: Repo.sampleClient).score(document)
        #expect(score.result(for: CheckID("lock-in.auto-renewal")!)?.outcome == .fail)
        #expect(score.result(for: CheckID("stack-bias.platform-migration")!)?.outcome == .fail)
    }

    @Test(.timeLimit(.minutes(1)))
    func aTableRowOfAHundredThousandColumnsIsRead() throws {
        let columns = 100_000
        let text = "|" + (0..<columns).map { "h\($0)" }.joined(separator: "|") + "|\n|"
            + Array(repeating: "---", count: columns).joined(separator: "|") + "|\n|"
            + Array(repeating: "auto renew 36 months", count: columns).joined(separator: "|") + "|\n"
        let document = proposal(text)
        #expect(document.sentences.allSatisfy { $0.tokens.count <= InputLimits.sentenceTokens })
        let score = Scorer(criteria: Repo.criteria).score(document)
        #expect(score.result(for: CheckID("lock-in.auto-renewal")!)?.outcome == .fail)
    }

    // MARK: 6. Unclosed brackets

    @Test(.timeLimit(.minutes(1)))
    func twoHundredThousandUnclosedBracketsAreReadInOnePass() {
        #expect(MarkdownBlocks.cleanInline(String(repeating: "[", count: 200_000)).count == 200_000)
        #expect(MarkdownBlocks.cleanInline("See [the terms](https://example.com/t) and [this.") == "See the terms and [this.")
    }

    // MARK: 7. Giant words and vocabularies

    /// Thirty marks in a row are kept; the thirty-first goes; an ASCII letter or a starter ends a
    /// run, and curly quotes and dashes (bytes that look like marks' leads) are not marks.
    @Test func runsOfMarksAreCutOnlyPastThirty() {
        let thirty = String(repeating: "\u{0301}", count: 30)
        for kept in ["é" + thirty, "a" + thirty + "b" + thirty, "“Term” — " + thirty, "ü" + thirty + "ö" + thirty, "plain text"] {
            #expect(StreamSafeText.limited(kept) == kept)
        }
        #expect(StreamSafeText.limited("a" + thirty + "\u{0301}b") == "a" + thirty + "b")
        #expect(StreamSafeText.limited("“" + thirty + "\u{0308}\u{0308}”") == "“" + thirty + "”")
    }

    @Test(.timeLimit(.minutes(1)))
    func aMillionCombiningMarksAreCappedAsUnicodeAdvises() {
        let text = "a" + String(repeating: "\u{0301}", count: 1_000_000) + " renewal."
        let sentences = SentenceSegmenter.segment(StreamSafeText.limited(text))
        #expect(sentences.count == 1)
        let word = sentences[0].tokens[0].original.unicodeScalars
        #expect(word.count == 1 + StreamSafeText.maximumNonStarters)
        #expect(sentences[0].tokens.last?.text == "renewal")
        let unlimited = Tokenizer.tokenize(text)
        #expect(unlimited.allSatisfy { $0.original.unicodeScalars.count <= Tokenizer.maximumWordScalars })
    }

    @Test func aSentenceOfVeryLongWordsIsCutByTheTokensItMakes() {
        let word = String(repeating: "a", count: 1_000)
        let sentences = SentenceSegmenter.segment(Array(repeating: word, count: 300).joined(separator: " "))
        #expect(sentences.count > 1)
        #expect(sentences.allSatisfy { $0.tokens.count <= InputLimits.sentenceTokens })
    }

    @Test(.timeLimit(.minutes(1)))
    func prefixesAreFoundInALargeVocabularyByBinarySearch() throws {
        var generator = SystemRandomNumberGenerator()
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let words = (0..<200_000).map { _ in String((0..<8).map { _ in letters.randomElement(using: &generator)! }) }
        let sentences = SentenceSegmenter.segment(words.joined(separator: " ") + " renewal renewing renown.")
        let index = DocumentIndex(sentences: sentences)
        let expected = sentences.indices.filter { sentences[$0].tokens.contains { $0.text.hasPrefix("renew") } }
        #expect(index.sentences(whereCanMatch: try CompiledPattern("renew*")) == expected)
        #expect(!expected.isEmpty)
    }

    // MARK: 8. HTML attributes and nesting

    @Test(.timeLimit(.minutes(1)))
    func anElementWithTwoHundredThousandAttributesIsRefusedBeforeParsing() throws {
        let attributes = (0..<200_000).map { "a\($0)=\"x\"" }.joined(separator: " ")
        let html = "<html><body>\n<p " + attributes + ">The agreement renews automatically.</p></body></html>"
        let error = try #require(throws: Diagnostic.self) { try ProposalReader().read(Data(html.utf8), path: "bid.html") }
        #expect(error.code == .documentTooLarge)
        #expect((error.location.line, error.location.column) == (2, 1))
    }

    @Test func textAfterAnOverDeepNestIsKeptAndTheDropIsNamed() throws {
        let depth = 600
        let html = "<html><body><p>Before the nest, the term is 12 months.</p>\n" + String(repeating: "<div>", count: depth)
            + "Deep text." + String(repeating: "</div>", count: depth) + "\n<p>After the nest, we renew automatically.</p></body></html>"
        let document = try ProposalReader().read(Data(html.utf8), path: "bid.html")
        #expect(document.sentences.map(\.text) == ["Before the nest, the term is 12 months.", "After the nest, we renew automatically."])
        #expect(document.warnings.map(\.message) == ["elements nest deeper than 256 levels here; the text inside them is not read"])
    }

    // MARK: 9. PDF pages, characters and time

    @Test(.timeLimit(.minutes(1)))
    func aPDFThatPopplerCannotFinishIsRefusedAtTheDeadline() throws {
        // Two hundred thousand words at scattered positions: poppler's own text pass runs for minutes.
        var generator = SplitMix(seed: 7)
        let operations = (0..<200_000).map { _ in
            "1 0 0 1 \(generator.next() % 600) \(generator.next() % 790) Tm (word) Tj"
        }
        let pdf = Self.pdf(content: "BT /F1 9 Tf\n" + operations.joined(separator: "\n") + "\nET")
        let error = try #require(throws: Diagnostic.self) {
            try ProposalReader(limits: InputLimits(pdfSeconds: 2)).read(pdf, path: "scattered.pdf")
        }
        #expect(error.code == .timeLimitExceeded)
        #expect(error.message.contains("took longer than 2 seconds"))
    }

    // MARK: 10. Many checks

    @Test(.timeLimit(.minutes(1)))
    func sevenThousandChecksScoreAndReport() throws {
        let set = try CriteriaLoader().load(texts: [("big.yaml", Self.category(id: "big", weight: "1", checks: 7_000, checkWeight: "1"))])
        let ranking = Scorer(criteria: set).rank([proposal("The agreement renews automatically.")])
        #expect(ranking.proposals[0].checks.count == 7_000)
        #expect(ranking.proposals[0].result(for: CheckID("big.c6999")!)?.outcome == .fail)
        let report = ClientReport(ranking: ranking, criteria: set, client: nil, inputs: InputDigest(files: []))
        #expect(HTMLReportRenderer().render(report).contains("Check 6999"))
    }

    @Test func moreChecksThanTheLimitAreRefusedAtTheFirstOnePast() throws {
        let error = try #require(throws: Diagnostic.self) {
            try CriteriaLoader().load(texts: [("big.yaml", Self.category(id: "big", weight: "1", checks: 10_001, checkWeight: "1"))])
        }
        #expect(error.message == "criteria define more than 10,000 checks; split them into separate runs")
        #expect(error.location.line == 7 + 10_000 * 6)
    }

    // MARK: 11. Input size

    @Test func filesOverTheSizeLimitAreRefusedBeforeTheyAreRead() throws {
        let folder = temporaryFolder()
        let path = folder.appendingPathComponent("huge.md").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: UInt64(100 << 20))
        try handle.close()
        for read in [{ _ = try ProposalReader().read(path: path) },
                     { _ = try CriteriaLoader().load(paths: [path]) },
                     { _ = try ClientProfileLoader(catalogue: Repo.criteria.catalogue).load(path: path) }] as [() throws -> Void] {
            let error = try #require(throws: Diagnostic.self) { try read() }
            #expect(error.message == "is larger than the 64 MB input limit; pass --max-input-mb to raise it")
        }
        #expect(throws: Diagnostic.self) { try ProposalReader(limits: InputLimits(fileBytes: 200 << 20)).read(path: path) }
    }

    @Test func millionsOfShortLinesAreNeverOneBlock() {
        let blocks = MarkdownBlocks.blocks(String(repeating: "ab\n", count: 2_500))
        #expect(blocks.count == 3)
        if case .paragraph(let lines) = blocks[2] { #expect(lines.first?.line == 2_001) } else { Issue.record("\(blocks[2])") }
        #expect(SentenceSegmenter.segment(String(repeating: "ab\r\n", count: 2_500)).map(\.line) == [1, 1_001, 2_001])
    }

    @Test func aTokenIsSmallAndKeepsItsOptionals() {
        #expect(MemoryLayout<Token>.stride <= 56)
        var token = Token(text: "36", original: "36", kind: .number, number: 36, line: 70_000, page: nil)
        #expect((token.number, token.line, token.page) == (36, 70_000, nil))
        token.number = nil
        token.page = 12
        #expect((token.number, token.page) == (nil, 12))
        #expect(token == token)
    }

    @Test func aDeviceThatNeverEndsIsReadOnlyToTheLimit() throws {
        let error = try #require(throws: Diagnostic.self) { try ProposalReader(limits: InputLimits(fileBytes: 1 << 20)).read(path: "/dev/zero") }
        #expect(error.code == .documentTooLarge)
    }

    // MARK: 12, 13. Output files

    @Test(arguments: ["/dev/null", "/dev/full"])
    func aDeviceIsNeverReplacedByAReport(device: String) throws {
        let run = try CLI.run(["report", "--out", device, "Samples/proposals/northstar-advisory.md"])
        #expect(run.status == 3)
        #expect(run.stderr == "\(device):1:1: error: is not a regular file (a device, pipe or socket); give a file name for the report\n")
        var status = stat()
        #expect(stat(device, &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func aFIFOIsNeverReplacedByAReport() throws {
        let folder = temporaryFolder()
        let fifo = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let run = try CLI.run(["report", "--out", fifo, "Samples/proposals/northstar-advisory.md"])
        #expect(run.status == 3)
        var status = stat()
        #expect(stat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func aSymbolicLinkIsWrittenThroughAndKept() throws {
        let folder = temporaryFolder()
        let target = write("old report", to: "real.html", in: folder)
        let link = folder.appendingPathComponent("link.html").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let run = try CLI.run(["report", "--out", link, "Samples/proposals/northstar-advisory.md"])
        #expect(run.status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
    }

    @Test func aFailedWriteLeavesNoTemporaryAndSaysWhy() throws {
        let folder = temporaryFolder()
        let run = try CLI.run(["-c", "ulimit -f 4; trap '' XFSZ; exec \"$0\" report --out \"$1\" Samples/proposals/northstar-advisory.md",
                               CLI.executable.path, folder.appendingPathComponent("r.html").path], executable: "/bin/bash")
        #expect(run.status == 3)
        #expect(run.stderr.hasSuffix("r.html:1:1: error: cannot be written (File too large)\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }

    // MARK: 14. Spreadsheet formulas

    @Test func formulasInCSVCellsAreShownAsText() throws {
        let folder = temporaryFolder()
        let path = write("=HYPERLINK(\"http://example.invalid\",\"x\") This agreement renews automatically.\n", to: "=1+1.md", in: folder)
        let ranking = Scorer(criteria: Repo.criteria).rank([try ProposalReader().read(path: path)])
        let guarded = String(decoding: try CSVReportRenderer().render(ranking), as: UTF8.self)
        #expect(guarded.contains("\r\n'=1+1,1,lock-in.auto-renewal,"))
        #expect(guarded.contains("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\") This agreement renews automatically.\""))
        let raw = String(decoding: try CSVReportRenderer(formulaGuard: false).render(ranking), as: UTF8.self)
        #expect(raw.contains("\r\n=1+1,1,lock-in.auto-renewal,"))
        #expect(CSVReportRenderer.neutralised("-5") == "-5")
        #expect(CSVReportRenderer.neutralised("@SUM(A1)") == "'@SUM(A1)")
    }

    // MARK: 15, 16. Controls and bidi in text

    @Test func terminalControlsInAProposalNeverReachTheOutput() throws {
        let document = try ProposalReader().read(Data("The agreement renews \u{1B}]0;owned\u{07}automatically \u{1B}[31mnow\u{1B}[0m.\n".utf8), path: "bid.md")
        let extract = ExtractRenderer().render(document)
        #expect(!extract.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(extract.contains("bid.md:1: The agreement renews ]0;ownedautomatically [31mnow[0m."))
    }

    @Test func aNewlineInAYAMLKeyCannotForgeASecondDiagnostic() throws {
        let error = try #require(throws: Diagnostic.self) {
            try CriteriaLoader().load(texts: [("c.yaml", "version: 1\n\"x\\nother.yaml:1:1: error: forged\": 1\n")])
        }
        #expect(error.description == "c.yaml:2:1: error: unknown key 'x\\nother.yaml:1:1: error: forged' in a criteria category")
        #expect(!error.description.contains("\n"))
    }

    @Test func aRightToLeftOverrideCannotReverseTheCitation() throws {
        let text = "We renew automatically \u{202E}every year.\n"
        let document = try ProposalReader().read(Data(text.utf8), path: "bid.md")
        #expect(document.sentences[0].text == "We renew automatically every year.")
        let ranking = Scorer(criteria: Repo.criteria).rank([document])
        let html = HTMLReportRenderer().render(ClientReport(ranking: ranking, criteria: Repo.criteria, client: nil,
                                                            inputs: InputDigest(files: [])))
        #expect(html.contains("<blockquote><bdi>“We renew automatically every year.” </bdi><cite>"))
        #expect(!html.unicodeScalars.contains("\u{202E}"))
    }

    // MARK: 17. Numbers too large to hold

    @Test func aFourHundredDigitTermIsNoValue() throws {
        let document = proposal("The initial term is " + String(repeating: "9", count: 400) + " months.")
        #expect(document.sentences[0].tokens.first { $0.kind == .number }?.number == nil)
        let ranking = Scorer(criteria: Repo.criteria).rank([document])
        #expect(ranking.proposals[0].result(for: CheckID("lock-in.initial-term")!)?.value == nil)
        #expect(try JSONRenderer().render(ranking).contains("\"lock-in.initial-term\""))
    }

    // MARK: 18. Output only after every input is read

    @Test func extractPrintsNothingWhenAnyFileFails() throws {
        let folder = temporaryFolder()
        let good = write("The initial term is 12 months.\n", to: "good.md", in: folder)
        let empty = write("", to: "empty.md", in: folder)
        let run = try CLI.run(["extract", good, empty])
        #expect(run.status == 3)
        #expect(run.stdout == "")
        #expect(run.stderr.hasSuffix("empty.md:1:1: error: file is empty\n"))
    }

    // MARK: 19. Large DOCX bodies

    @Test func aDOCXBodyOfTwentyMegabytesOnOneLineIsRead() throws {
        let paragraph = "<w:p><w:r><w:t>The agreement renews automatically for twelve months unless notice is given.</w:t></w:r></w:p>"
        let body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + String(repeating: paragraph, count: 200_000) + "</w:body></w:document>"
        #expect(body.utf8.count > 20 << 20)
        let archive = try Archive(accessMode: .create)
        let bytes = Data(body.utf8)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
            bytes.subdata(in: Int(position)..<Int(position) + size)
        }
        let document = try ProposalReader().read(try #require(archive.data), path: "big.docx")
        #expect(document.sentences.count == 200_000)
        #expect(document.sentences.last?.line == 200_000)
    }

    // MARK: 20. Null in a profile

    @Test(arguments: ["~", "null", ""])
    func aNullNameIsNotAName(value: String) throws {
        let error = try #require(throws: Diagnostic.self) {
            try ClientProfileLoader(catalogue: Repo.criteria.catalogue).load(text: "version: 1\nname: \(value)\n", path: "client.yaml")
        }
        #expect(error.message.hasPrefix("name must be text, found null"))
        #expect(try ClientProfileLoader(catalogue: Repo.criteria.catalogue).load(text: "version: 1\nname: \"~\"\n", path: "c.yaml").profile.name == "~")
    }

    // MARK: Fixtures

    /// A criteria category of `checks` phrase checks, each matching "auto renew*".
    static func category(id: String, weight: String, checks: Int, checkWeight: String) -> String {
        var lines = ["version: 1", "id: \(id)", "title: \(id.capitalized)", "weight: \(weight)", "description: generated", "checks:"]
        for index in 0..<checks {
            lines += ["  - id: c\(index)", "    title: Check \(index)", "    polarity: red-flag", "    weight: \(checkWeight)",
                      "    rationale: r", "    patterns: [\"auto renew*|renew* automatic*\"]"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A one-page PDF whose page content is `content`, with Helvetica as /F1.
    static func pdf(content: String) -> Data {
        let stream = Data(content.utf8)
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(stream.count) >>\nstream\n\(content)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var output = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(output.utf8.count)
            output += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = output.utf8.count
        output += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { output += String(format: "%010d 00000 n \n", offset) }
        output += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(output.utf8)
    }
}

/// A small seeded generator, so the scattered-text PDF is the same on every run.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
