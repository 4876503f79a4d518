import Foundation
import Testing
@testable import MSPVet

/// A master services agreement drafted in Word numbers its clauses with Word's own lists: the
/// numbers are in `numbering.xml` and the styles, not in the text. They are read back as plain
/// text shows them, so clauses, run-in titles and a lead's items are found as they are there.
@Suite("Reading Word's clause numbering")
struct WordNumberingTests {
    /// Clause levels "1.", "1.1", "(a)" (the first two tied to a heading style and a clause style,
    /// as Word ties them), a bulleted list, and schedules numbered "Schedule I" restarted at II.
    static let numbering = """
        <w:abstractNum w:abstractNumId="10">\
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:pStyle w:val="Heading1"/></w:lvl>\
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:pStyle w:val="Clause"/></w:lvl>\
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/></w:lvl>\
        </w:abstractNum>\
        <w:abstractNum w:abstractNumId="20"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>\
        <w:abstractNum w:abstractNumId="30"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="Schedule %1"/></w:lvl></w:abstractNum>\
        <w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>\
        <w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>\
        <w:num w:numId="3"><w:abstractNumId w:val="30"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="2"/></w:lvlOverride></w:num>
        """

    private func paragraph(_ text: String, style: String? = nil, list: Int? = nil, level: Int = 0) -> String {
        var properties = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
        if let list { properties += "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(list)\"/></w:numPr>" }
        return "<w:p><w:pPr>\(properties)</w:pPr><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    private var contract: String {
        paragraph("Term and Termination", style: "Heading1")
            + paragraph("Initial Term. This Agreement runs for three years from the Effective Date.", style: "Clause")
            + paragraph("Renewal. This Agreement renews automatically for successive one-year terms unless either party gives notice:", list: 1, level: 1)
            + paragraph("ninety (90) days before the end of the then-current term; or", list: 1, level: 2)
            + paragraph("within thirty days after a price increase.", list: 1, level: 2)
            + paragraph("Fees", style: "Heading1")
            + paragraph("The Client pays the Fees monthly in arrears.", style: "Clause")
            + paragraph("Help desk from 7am to 7pm on working days.", list: 2)
            + paragraph("Service levels.", list: 3)
    }

    @Test func clauseNumbersComeBackAsPlainTextShowsThem() throws {
        let document = try ProposalReader().read(wordDocument(body: contract, numbering: Self.numbering), path: "msa.docx")
        let read = document.sentences.map { "\($0.clause ?? "-") | \($0.section ?? "-") | \($0.text)" }
        #expect(read == [
            "1.1 | 1.1 Initial Term | 1.1 Initial Term.",
            "1.1 | 1.1 Initial Term | This Agreement runs for three years from the Effective Date.",
            "1.2 | 1.2 Renewal | 1.2 Renewal.",
            "1.2 | 1.2 Renewal | This Agreement renews automatically for successive one-year terms unless either party gives notice:",
            "1.2 | 1.2 Renewal | This Agreement renews automatically for successive one-year terms unless either party gives notice: … ninety (90) days before the end of the then-current term; or",
            "1.2 | 1.2 Renewal | This Agreement renews automatically for successive one-year terms unless either party gives notice: … within thirty days after a price increase.",
            "2.1 | 2. Fees | 2.1 The Client pays the Fees monthly in arrears.",
            "2.1 | 2. Fees | Help desk from 7am to 7pm on working days.",
            "II | 2. Fees | Schedule II Service levels.",
        ], "\(read)")
        // The renewal is read with the notice its item gives.
        let scorer = Scorer(criteria: Repo.criteria)
        #expect(try scorer.evaluate(#require(CheckID("lock-in.notice-period")), in: document)?.value == 90)
    }

    /// Without the definitions (a damaged or stripped file) the text is read as before, unnumbered.
    @Test func withoutItsListsTheTextIsReadUnnumbered() throws {
        let document = try ProposalReader().read(wordDocument(body: contract), path: "bare.docx")
        #expect(document.sentences.first?.text == "Initial Term.")
        #expect(document.sentences.allSatisfy { $0.clause == nil })
    }

    /// A damaged file's start values (the largest and smallest integers) are held in range, not
    /// counted on until they overflow.
    @Test func extremeStartValuesAreHeldInRange() throws {
        let definitions = """
            <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="9223372036854775807"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>\
            <w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="upperRoman"/><w:lvlText w:val="ARTICLE %1"/></w:lvl></w:abstractNum>\
            <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>\
            <w:num w:numId="2"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="-9223372036854775808"/></w:lvlOverride></w:num>
            """
        let body = paragraph("Fees.", list: 1) + paragraph("Fees again.", list: 1)
            + paragraph("Term and Termination", style: "Heading1", list: 2) + paragraph("The term is three years.")
        let document = try ProposalReader().read(wordDocument(body: body, numbering: definitions), path: "damaged.docx")
        // A seven-digit "number" is no clause number: the items stay a list, as in plain text.
        #expect(document.sentences.map(\.text) == ["Fees.", "Fees again.", "The term is three years."])
        #expect(document.sentences.last?.section == "ARTICLE 0 Term and Termination")
    }

    @Test func countersAreWrittenAsTheirLevelsSay() {
        #expect(WordNumbering.write(4, as: .lowerLetter) == "d")
        #expect(WordNumbering.write(28, as: .lowerLetter) == "bb")
        #expect(WordNumbering.write(14, as: .upperRoman) == "XIV")
        #expect(WordNumbering.write(9, as: .lowerRoman) == "ix")
        #expect(WordNumbering.write(7, as: .decimalZero) == "07")
        var numbering = WordNumbering()
        numbering.definitions["A"] = [0: .init(start: 1, format: .decimal, text: "%1."),
                                      1: .init(start: 1, format: .lowerLetter, text: "%1.%2", isLegal: true)]
        numbering.lists["1"] = ("A", [:])
        numbering.lists["2"] = ("A", [1: 5])
        // Lists sharing a definition continue each other; a restart applies once, where first used;
        // a level below restarts when the level above counts on; "legal" numbering shows decimals.
        let labels = [("1", 0), ("1", 1), ("1", 1), ("2", 1), ("2", 1), ("1", 0), ("1", 1)].map { numbering.label(list: $0.0, level: $0.1)?.text }
        #expect(labels == ["1.", "1.1", "1.2", "1.5", "1.6", "2.", "2.1"])
        #expect(numbering.numbering(list: "0", level: 0, style: nil) == nil)
        // A style tied to a level numbers in the first list of its definition.
        numbering.styleLevels["Clause"] = ("A", 1)
        #expect(numbering.numbering(list: nil, level: nil, style: "Clause").map { "\($0.list) \($0.level)" } == "1 1")
    }
}
