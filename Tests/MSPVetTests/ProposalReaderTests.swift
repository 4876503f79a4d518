import Foundation
import Testing
@testable import MSPVet

@Suite("Reading proposals: what is not text is refused with a location")
struct ProposalReaderTests {
    private func read(_ data: Data) -> Diagnostic? {
        let path = write(data, to: "bid.md")
        return diagnostic { _ = try ProposalReader().read(path: path) }
    }

    @Test func anEmptyFile() {
        #expect(read(Data())?.message == "file is empty")
        #expect(read(Data(" \n\t\n".utf8))?.message == "file holds only white space")
    }

    @Test func aBinaryFileIsLocatedAtItsFirstNulByte() throws {
        let found = try #require(read(Data("line one\nab\u{0}cd".utf8)))
        #expect(found.code == .binaryFile)
        #expect((found.location.line, found.location.column) == (2, 3))
    }

    /// UTF-8 damaged somewhere (it holds "é" as UTF-8 and a stray byte) is refused at the stray
    /// byte, not read as Windows-1252, which would garble its accents.
    @Test func damagedUTF8IsLocatedAtTheBadByte() throws {
        let found = try #require(read(Data(Array("OK\ncafé ".utf8) + [0xE9, 0x0A])))
        #expect(found.code == .invalidEncoding && found.severity == .error)
        #expect((found.location.line, found.location.column) == (2, 6))
        #expect(found.message == "is not valid UTF-8 (byte 0xE9); save it as UTF-8")
    }

    @Test func aByteOrderMarkIsHarmless() throws {
        let path = write(Data([0xEF, 0xBB, 0xBF] + Array("We respond within 15 minutes.".utf8)), to: "bom.md")
        #expect(try ProposalReader().read(path: path).sentences.map(\.text) == ["We respond within 15 minutes."])
    }

    @Test func aMissingFileOrAFolder() {
        #expect(diagnostic { _ = try ProposalReader().read(path: "/nonexistent/bid.md") }?.code == .fileNotFound)
        #expect(diagnostic { _ = try ProposalReader().read(path: temporaryFolder().path) }?.message == "is a folder, not a file")
    }

    @Test func aFileOfOnlyHeadingsHasNothingToScore() {
        #expect(read(Data("# Title\n## Another\n".utf8))?.message == "holds no sentences to score")
    }

    @Test func overlongAndTruncatedSequencesAreInvalid() {
        #expect(TextFileReader.firstInvalidUTF8Byte([0xC0, 0xAF]) == 0)
        #expect(TextFileReader.firstInvalidUTF8Byte([0x41, 0xE2, 0x82]) == 1)
        #expect(TextFileReader.firstInvalidUTF8Byte([0xED, 0xA0, 0x80]) == 0)
        #expect(TextFileReader.firstInvalidUTF8Byte(Array("héllo €".utf8)) == nil)
    }
}
