import Foundation
import Testing
@testable import MSPVet

/// Real PDF, DOCX and HTML files (built by Fixtures/make-fixtures.py) read into the same sentences,
/// located by page and line, and scored exactly like the same content in Markdown.
@Suite("Reading PDF, DOCX and HTML")
struct DocumentTests {
    static func fixture(_ name: String) -> String { Repo.path("Tests/MSPVetTests/Fixtures/\(name)") }

    private func read(_ name: String) throws -> ProposalDocument {
        try ProposalReader().read(path: Self.fixture(name))
    }

    /// The sentences all four formats must yield.
    static let sentences = [
        "This Agreement has an initial term of thirty-six (36) months and shall automatically renew for successive twelve (12) month terms unless either party provides written notice of non-renewal at least ninety (90) days before the end of the then-current term.",
        "If Client terminates early, all remaining monthly fees for the balance of the term become immediately due and payable.",
        "Priority: P1 - clinic down; Response: 15 minutes; Resolution: 4 hours",
        "Priority: P2 - degraded; Response: 1 hour; Resolution: 8 hours",
        "We enforce multi-factor authentication on every account and deploy EDR on every endpoint.",
        "We test restores quarterly and send you the results.",
        "Unlike most providers, we do not charge early termination fees of any kind.",
        "The same two engineers support you every week.",
        "You own all of your data, documentation and credentials.",
    ]

    @Test(arguments: ["contract.md", "contract.pdf", "contract.docx", "contract.html"])
    func everyFormatYieldsTheSameSentencesUnderTheSameHeadings(name: String) throws {
        let document = try read(name)
        let texts = document.sentences.map { $0.text.replacingOccurrences(of: " & ", with: " and ") }
        #expect(texts == Self.sentences)
        #expect(document.sentences.map(\.section) == ["Term and Termination", "Term and Termination", "Service Levels",
                                                      "Service Levels", "Security", "Security", "Security", "Security", "Security"])
    }

    @Test func pdfRunningHeadsGoAndHyphenatedWordsComeBackAcrossLinesAndPages() throws {
        let document = try read("contract.pdf")
        #expect(document.format == .pdf)
        #expect(document.pageCount == 3)
        let all = document.sentences.map(\.text).joined(separator: " ")
        #expect(!all.contains("Master Services Agreement") && !all.contains("Page 1 of 3"))
        #expect(all.contains("written notice of non-renewal"))
        // "termi-" ends page 2; "nation fees" starts page 3 below the running header.
        let fees = try #require(document.sentences.first { $0.text.hasPrefix("Unlike most providers") })
        #expect((fees.page, fees.line) == (2, 4))
        // The rejoined word belongs to where it started; the words after it to the next page.
        #expect(fees.tokens.first { $0.text == "termination" }.map { "\($0.page ?? 0):\($0.line)" } == "2:5")
        #expect(fees.tokens.first { $0.text == "fees" }.map { "\($0.page ?? 0):\($0.line)" } == "3:2")
        let engineers = try #require(document.sentences.first { $0.text.hasPrefix("The same two engineers") })
        #expect((engineers.page, engineers.line) == (3, 3))
    }

    /// Pages are read a run per core, each worker with its own copy of the document; what comes
    /// back is the same, in the same order, for any number of workers.
    @Test(arguments: ["Tests/MSPVetTests/Fixtures/contract.pdf", "Samples/proposals/summit-technology-group.pdf"])
    func aPDFReadsTheSameOnOneCoreOrMany(path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Repo.path(path)))
        @Sendable func described(_ pages: [PDFPage]) -> [String] {
            pages.flatMap { page in
                page.lines.map { "\(page.number):\($0.number) \($0.text) [\($0.cells.joined(separator: "|"))] \($0.top) \($0.bottom) \($0.fontSize) \($0.bold)" }
            }
        }
        let alone = described(try PDFTextExtractor.pages(of: data, path: path, jobs: 1))
        #expect(alone.count > 10)
        for jobs in [2, 3, 8] {
            #expect(described(try PDFTextExtractor.pages(of: data, path: path, jobs: jobs)) == alone, "\(jobs) jobs")
        }
        // Several documents at once, each split over workers: no worker shares poppler objects.
        let copies = OrderedWork.map(Array(repeating: data, count: 8), jobs: 4) { data in
            (try? PDFTextExtractor.pages(of: data, path: path, jobs: 2)).map(described)
        }
        #expect(copies.allSatisfy { $0 == alone })
    }

    @Test func pagesAreSharedOutInEvenRunsInOrder() {
        #expect(PDFTextExtractor.runs(of: 1..<100, jobs: 2) == [1..<50, 50..<100])
        #expect(PDFTextExtractor.runs(of: 1..<3, jobs: 8) == [1..<2, 2..<3])
        #expect(PDFTextExtractor.runs(of: 1..<8, jobs: 3) == [1..<3, 3..<5, 5..<8])
        #expect(PDFTextExtractor.runs(of: 1..<1, jobs: 2) == [1..<1])
    }

    @Test func pdfEvidenceSaysPageAndLine() throws {
        let result = Scorer(criteria: Repo.criteria).evaluate(try read("contract.pdf"))
        let term = try #require(result.first { $0.id.description == "lock-in.initial-term" })
        #expect(term.value == 36)
        #expect(term.evidence.first?.location == Self.fixture("contract.pdf") + ":1:3")
        let fees = try #require(result.first { $0.id.description == "lock-in.termination-fee" })
        // Evidence is located at its first matched word: "early" on page 2, line 5.
        #expect(fees.evidence.map(\.location).contains(Self.fixture("contract.pdf") + ":2:5"))
    }

    @Test func docxJoinsRunsReadsTablesAndCountsPages() throws {
        let document = try read("contract.docx")
        #expect(document.format == .docx)
        #expect(document.sentences[0].text.contains("shall automatically renew")) // "auto" + italic "matically"
        #expect(document.sentences.map(\.page) == [1, 1, 1, 1, 2, 2, 2, 2, 2])
        #expect(document.sentences.map(\.line) == [2, 3, 8, 11, 16, 16, 16, 17, 18])
    }

    @Test func htmlKeepsOnlyVisibleTextWithSourceLines() throws {
        let document = try read("contract.html")
        let all = document.sentences.map(\.text).joined(separator: " ")
        for hidden in ["markup", "Home | Pricing", "rotate engineers", "renews automatically", "hint"] {
            #expect(!all.contains(hidden), "hidden text '\(hidden)' was read")
        }
        #expect(document.sentences.map(\.line) == [11, 14, 21, 22, 26, 26, 27, 30, 31])
        #expect(document.sentences.last?.text == "You own all of your data, documentation & credentials.")
    }

    @Test(arguments: ["contract.pdf", "contract.docx", "contract.html"])
    func scoresEqualTheSameContentInMarkdown(name: String) throws {
        let scorer = Scorer(criteria: Repo.criteria, client: Repo.sampleClient)
        let markdown = scorer.score(try read("contract.md"))
        let other = scorer.score(try read(name))
        #expect(other.score == markdown.score)
        for (left, right) in zip(markdown.checks, other.checks) {
            #expect(left.outcome == right.outcome && left.value == right.value, "\(left.id) differs in \(name)")
        }
    }

    @Test(arguments: [("summit-technology-group", "pdf"), ("cloudbridge-it", "docx")])
    func theSampleDocumentsScoreAsTheirMarkdownSources(name: String, format: String) throws {
        let scorer = Scorer(criteria: Repo.criteria, client: Repo.sampleClient)
        let source = scorer.score(try ProposalReader().read(path: Repo.path("Samples/sources/\(name).md")))
        let rendered = scorer.score(try ProposalReader().read(path: Repo.path("Samples/proposals/\(name).\(format)")))
        #expect(rendered.score == source.score)
        for (left, right) in zip(source.checks, rendered.checks) {
            #expect(left.outcome == right.outcome && left.value == right.value, "\(left.id) differs in \(format)")
            #expect(left.evidence.map(\.text) == right.evidence.map(\.text), "\(left.id) quotes differ in \(format)")
        }
    }

    @Test func anEncryptedPDFIsAClearError() {
        #expect(diagnostic { _ = try read("encrypted.pdf") }?.message == "is an encrypted PDF; ask for a copy without a password")
    }

    @Test func aScannedPDFWarnsAndSaysNothingRatherThanFailingQuietly() throws {
        let document = try read("scanned.pdf")
        #expect(document.sentences.isEmpty)
        #expect(document.warnings.map(\.severity) == [.warning])
        #expect(document.warnings.first?.message.contains("no text could be extracted from its 3 page(s)") == true)
        #expect(Scorer(criteria: Repo.criteria).score(document).lowEvidence)
    }

    private func failure(_ data: Data, named name: String, reader: ProposalReader = ProposalReader()) -> Diagnostic? {
        let path = write(data, to: name)
        return diagnostic { _ = try reader.read(path: path) }
    }

    private func contents(_ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: Self.fixture(name)))
    }

    @Test func truncatedOrCorruptFilesAreNamedErrors() throws {
        let pdf = try contents("contract.pdf")
        #expect(failure(pdf.prefix(pdf.count / 2), named: "cut.pdf")?.message.contains("cannot be read as a PDF") == true)
        let docx = try contents("contract.docx")
        #expect(failure(docx.prefix(docx.count / 2), named: "cut.docx")?.message
                == "is not a valid DOCX (its ZIP container cannot be read; truncated?)")
    }

    @Test func aFileThatClaimsOneFormatAndHoldsAnotherIsRefused() throws {
        let pdf = try contents("contract.pdf")
        #expect(failure(pdf, named: "bid.docx")?.message == "is named as DOCX but holds PDF; rename it or export it again")
        #expect(failure(pdf, named: "bid.md")?.message == "is named as Markdown but holds PDF; rename it or export it again")
        #expect(failure(Data("We respond within 15 minutes.".utf8), named: "bid.pdf")?.message
                == "is named as PDF but holds text; rename it or export it again")
        #expect(failure(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1]), named: "bid.doc")?.message
                == "is a Word 97–2003 .doc file; save it as .docx or PDF")
        // Rich text is refused whatever it is named, not read with its control words as text.
        let rtf = Data(#"{\rtf1\ansi\deff0 {\fonttbl {\f0 Calibri;}}\f0\fs22 This Agreement renews automatically.\par}"#.utf8)
        for name in ["msa.rtf", "msa.txt", "msa"] {
            #expect(failure(rtf, named: name)?.message == "is a Rich Text Format (.rtf) file; save it as .docx or PDF", "\(name)")
        }
        // Content decides when the name claims nothing in particular.
        let path = write(pdf, to: "bid.download")
        #expect(try ProposalReader().read(path: path).format == .pdf)
    }

    @Test func emptyFilesAndFoldersAreNamedErrors() {
        #expect(failure(Data(), named: "empty.pdf")?.message == "file is empty")
        #expect(diagnostic { _ = try ProposalReader().read(path: temporaryFolder().path) }?.message == "is a folder, not a file")
    }

    @Test func aZipBombIsRefusedBeforeItInflates() throws {
        let reader = ProposalReader(limits: InputLimits(archiveEntries: 50, archiveInflatedBytes: 1 << 20))
        let inflating = try zipArchive([("word/document.xml", Data(repeating: 0x20, count: 4 << 20))])
        #expect(inflating.count < 64 << 10)
        #expect(failure(inflating, named: "bomb.docx", reader: reader)?.message == "is refused: its text inflates past 1 MB (a zip bomb?)")
        let crowded = try zipArchive((0..<60).map { ("part\($0).xml", Data("x".utf8)) })
        #expect(failure(crowded, named: "crowd.docx", reader: reader)?.message
                == "is refused: its ZIP container holds more than 50 entries (a zip bomb?)")
        #expect(failure(try zipArchive([("readme.txt", Data("hi".utf8))]), named: "notword.docx")?.message
                == "is a ZIP file but not a Word document (no word/document.xml)")
    }

    /// Each way a document can fail has its own code, so a caller can tell them apart without
    /// reading the message.
    @Test func eachDocumentFailureHasItsOwnCode() throws {
        let pdf = try contents("contract.pdf")
        let docx = try contents("contract.docx")
        let limited = ProposalReader(limits: InputLimits(archiveEntries: 50, archiveInflatedBytes: 1 << 20))
        let cases: [(Diagnostic?, Diagnostic.Code)] = [
            (failure(pdf, named: "bid.docx"), .formatMismatch),
            (failure(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1]), named: "bid.doc"), .unsupportedFormat),
            (failure(try zipArchive([("readme.txt", Data("hi".utf8))]), named: "notword.docx"), .unsupportedFormat),
            (failure(pdf.prefix(pdf.count / 2), named: "cut.pdf"), .damagedDocument),
            (failure(docx.prefix(docx.count / 2), named: "cut.docx"), .damagedDocument),
            (failure(try zipArchive((0..<60).map { ("part\($0).xml", Data("x".utf8)) }), named: "crowd.docx", reader: limited), .archiveLimit),
            (failure(Data(), named: "empty.pdf"), .emptyFile),
            (diagnostic { _ = try ProposalReader().read(path: temporaryFolder().path) }, .notAFile),
            (diagnostic { _ = try ProposalReader().read(path: "/nonexistent/bid.pdf") }, .fileNotFound),
        ]
        for (found, code) in cases {
            #expect(found?.code == code, "\(found?.description ?? "no error"): expected \(code)")
        }
    }
}
