import Foundation
import Testing
@testable import MSPVet

/// A contract comes back from the other side's lawyer as a Word redline: changes tracked, a clause
/// moved, formatting changed, a note hidden, a text box in the margin. It is read as it will be
/// signed — every change accepted — and each word of it once.
@Suite("Reading a Word redline as accepted")
struct WordRedlineTests {
    private func sentences(_ body: String) throws -> [String] {
        try ProposalReader().read(wordDocument(body: body), path: "redline.docx").sentences.map(\.text)
    }

    private func run(_ text: String, properties: String = "") -> String {
        "<w:r>\(properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>")<w:t xml:space=\"preserve\">\(text)</w:t></w:r>"
    }

    /// Inserted words are read, deleted ones are not, and a deletion's tab or hyphen leaves no trace.
    @Test func insertionsAreReadAndDeletionsAreNot() throws {
        let body = "<w:p>" + run("The Client may terminate this Agreement on ")
            + "<w:del w:id=\"1\" w:author=\"Counsel\"><w:r><w:delText>ninety (90)</w:delText><w:noBreakHyphen/><w:tab/></w:r></w:del>"
            + "<w:ins w:id=\"2\" w:author=\"Counsel\">" + run("thirty (30)") + "</w:ins>"
            + run(" days' notice.") + "</w:p>"
        #expect(try sentences(body) == ["The Client may terminate this Agreement on thirty (30) days' notice."])
    }

    /// A clause moved with changes tracked stands twice in the file, at its source and at its
    /// destination; it is read once, where it now stands.
    @Test func aMovedClauseIsReadOnceWhereItNowStands() throws {
        let clause = "The Provider shall not charge any early termination fee."
        let body = "<w:p><w:moveToRangeStart w:id=\"0\" w:name=\"move1\"/><w:moveTo w:id=\"1\">" + run(clause)
            + "</w:moveTo><w:moveToRangeEnd w:id=\"0\"/></w:p>"
            + "<w:p>" + run("Fees are invoiced monthly.") + "</w:p>"
            + "<w:p><w:pPr><w:rPr><w:moveFrom w:id=\"4\"/></w:rPr></w:pPr><w:moveFromRangeStart w:id=\"2\" w:name=\"move1\"/>"
            + "<w:moveFrom w:id=\"3\">" + run(clause) + "</w:moveFrom><w:moveFromRangeEnd w:id=\"2\"/></w:p>"
        let read = try sentences(body)
        #expect(read == [clause, "Fees are invoiced monthly."])
    }

    /// A tracked change of formatting records what the paragraph and run were before: a former
    /// heading style or bold is not today's.
    @Test func formattingBeforeATrackedChangeIsNotRead() throws {
        let body = "<w:p><w:pPr><w:pPrChange w:id=\"5\"><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr></w:pPrChange></w:pPr>"
            + run("Either party may terminate for convenience on sixty days' notice.") + "</w:p>"
        let document = try ProposalReader().read(wordDocument(body: body), path: "redline.docx")
        #expect(document.sentences.map(\.text) == ["Either party may terminate for convenience on sixty days' notice."])
        #expect(document.sentences.first?.section == nil)
        let heading = "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/><w:pPrChange w:id=\"6\"><w:pPr/></w:pPrChange></w:pPr>"
            + run("Termination") + "</w:p><w:p>" + run("Either party may end this agreement on notice.") + "</w:p>"
        #expect(try ProposalReader().read(wordDocument(body: heading), path: "h.docx").sentences.first?.section == "Termination")
    }

    /// Hidden text is neither shown nor printed; what the client never sees is not evidence.
    @Test func hiddenTextIsNotRead() throws {
        let body = "<w:p>" + run("Fees are fixed for the term.") + run(" Fees rise 9% each year.", properties: "<w:vanish/>")
            + run(" Invoices are monthly.", properties: "<w:vanish w:val=\"0\"/>") + "</w:p>"
        #expect(try sentences(body) == ["Fees are fixed for the term.", "Invoices are monthly."])
    }

    /// A text box is saved twice, as a drawing and as its VML fallback: read once, and the
    /// paragraph it is anchored in is read too.
    @Test func aTextBoxIsReadOnce() throws {
        let box = "<w:txbxContent><w:p>" + run("All services are delivered from our own platform.") + "</w:p></w:txbxContent>"
        let body = "<w:p>" + run("Scope.") + "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>" + box
            + "</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>" + box
            + "</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
        let read = try sentences(body)
        #expect(read.filter { $0.contains("own platform") }.count == 1, "\(read)")
        // The box's paragraph stands inside the one that anchors it, which is read on after it.
        #expect(read.contains("Scope."), "\(read)")
    }

    /// Word writes a non-breaking hyphen as an element, not a character: "auto‑renewal" is still
    /// hyphenated, so the renewal check reads it.
    @Test func aNonBreakingHyphenJoinsItsWords() throws {
        let body = "<w:p>" + run("This Agreement is subject to auto") + "<w:r><w:noBreakHyphen/></w:r>"
            + run("renewal for successive one") + "<w:r><w:noBreakHyphen/></w:r>" + run("year terms.") + "</w:p>"
        let document = try ProposalReader().read(wordDocument(body: body), path: "hyphen.docx")
        #expect(document.sentences.map(\.text) == ["This Agreement is subject to auto-renewal for successive one-year terms."])
        let result = try #require(Scorer(criteria: Repo.criteria).evaluate(CheckID("lock-in.auto-renewal")!, in: document))
        #expect(result.outcome == .fail)
    }
}
