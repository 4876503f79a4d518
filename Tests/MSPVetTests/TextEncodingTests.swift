import Foundation
import Testing
@testable import MSPVet

/// A contract saved as text from Word or Notepad on Windows: CRLF line ends, curly quotes, a
/// section sign and an en dash, and parties named by defined terms.
private let contract = """
    MANAGED SERVICES AGREEMENT\r
    \r
    This agreement is made between Harbour Foods Ltd (the \u{201C}Client\u{201D}) and Acme IT Ltd (\u{201C}Provider\u{201D}).\r
    \r
    9.2 This Agreement shall renew automatically for successive one-year terms unless either party gives ninety (90) days\u{2019} written notice before the end of the then-current term \u{2013} see \u{00A7} 9.4.\r
    \r
    9.4 If the Client terminates before the end of the Initial Term, the Client shall pay an early termination fee equal to the fees for the remaining months.\r

    """

@Suite("Reading text saved on Windows: UTF-16 and Windows-1252 as well as UTF-8")
struct TextEncodingTests {
    private func document(_ bytes: [UInt8], name: String = "msa.txt") throws -> ProposalDocument {
        try ProposalReader().read(path: write(Data(bytes), to: name))
    }

    private func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        let mark: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        return mark + text.utf16.flatMap { unit -> [UInt8] in
            let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            return bigEndian ? [high, low] : [low, high]
        }
    }

    private func windows1252(_ text: String) throws -> [UInt8] {
        [UInt8](try #require(text.data(using: .windowsCP1252)))
    }

    /// The same contract saved as UTF-8, "Unicode" (UTF-16 either way round) and "ANSI"
    /// (Windows-1252) reads to the same sentences, on the same lines, with the same verdicts.
    @Test(arguments: ["little-endian", "big-endian", "Windows-1252"])
    func eachEncodingReadsAsUTF8Does(encoding: String) throws {
        let reference = try document(Array(contract.utf8))
        let bytes = switch encoding {
        case "little-endian": utf16(contract, bigEndian: false)
        case "big-endian": utf16(contract, bigEndian: true)
        default: try windows1252(contract)
        }
        let read = try document(bytes, name: "msa.md")
        #expect(read.sentences.map(\.text) == reference.sentences.map(\.text))
        #expect(read.sentences.map(\.line) == reference.sentences.map(\.line))
        #expect(read.sentences.contains { $0.text.contains("ninety (90) days\u{2019} written notice") && $0.text.contains("\u{2013} see \u{00A7} 9.4") })
        let scorer = Scorer(criteria: Repo.criteria)
        for id in ["lock-in.auto-renewal", "lock-in.notice-period", "lock-in.termination-fee"] {
            let check = try #require(CheckID(id))
            let expected = try #require(scorer.evaluate(check, in: reference))
            let result = try #require(scorer.evaluate(check, in: read))
            #expect(result.outcome == expected.outcome && result.value == expected.value, "\(id)")
            #expect(result.decidingEvidence?.text == expected.decidingEvidence?.text)
        }
        #expect(try scorer.evaluate(#require(CheckID("lock-in.notice-period")), in: read)?.value == 90)
    }

    /// Windows-1252 has no mark: reading it is said, at the first byte UTF-8 refused (the opening
    /// quote, 0x93, before "Client"); UTF-8 and UTF-16 behind its mark are read without a word.
    @Test func windows1252IsReadWithAWarningAtItsFirstByte() throws {
        let read = try document(try windows1252(contract))
        let warning = try #require(read.warnings.first)
        #expect(read.warnings.count == 1 && warning.severity == .warning && warning.code == .invalidEncoding)
        #expect(warning.message == "is not UTF-8 (byte 0x93); read as Windows-1252, as Word and Notepad save text on Windows")
        #expect((warning.location.line, warning.location.column) == (3, 55))
        #expect(try document(utf16(contract, bigEndian: false)).warnings.isEmpty)
        #expect(try document(Array(contract.utf8)).warnings.isEmpty)
    }

    /// What is in none of the three is refused, naming why.
    @Test func whatIsNoneOfThemIsRefused() {
        func refusal(_ bytes: [UInt8]) -> String? {
            diagnostic { _ = try document(bytes) }?.message
        }
        // A UTF-8 mark promises UTF-8: a byte that breaks it is damage, not Windows-1252.
        #expect(refusal([0xEF, 0xBB, 0xBF] + Array("Fees rise 5".utf8) + [0x96, 0x0A]) == "is not valid UTF-8 (byte 0x96); save it as UTF-8")
        // 0x81 is one of the five bytes Windows-1252 leaves undefined.
        #expect(refusal(Array("Fees".utf8) + [0x81] + Array(" rise.".utf8)) == "is not valid UTF-8 (byte 0x81); save it as UTF-8")
        #expect(refusal([0xFF, 0xFE, 0x41, 0x00, 0x42]) == "is UTF-16 text cut short (its last byte has no partner)")
        #expect(refusal([0xFF, 0xFE, 0x41, 0x00, 0x3D, 0xD8, 0x42, 0x00]) == "is not valid UTF-16 (an unpaired surrogate at byte 4); save it as UTF-8")
        #expect(refusal(Array(contract.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
                == "looks like UTF-16 text without a byte order mark; save it as UTF-8")
        #expect(refusal([0xFF, 0xFE] + Array("A\0".utf8) + [0x00, 0x00]) == "looks like a binary file (NUL character), not text")
    }

    /// Criteria and client profiles stay UTF-8: they are written for mspvet, not saved by Word.
    @Test func yamlIsUTF8Only() {
        let path = write(Data(utf16("checks: []\n", bigEndian: false)), to: "criteria.yaml")
        #expect(diagnostic { _ = try YAMLDocument.load(path: path) }?.message == "is UTF-16 text; save it as UTF-8")
    }

    @Test func aMultiByteUTF8SequenceMarksTextAsUTF8() {
        #expect(TextEncoding.holdsMultiByteUTF8(Array("caf\u{E9}".utf8)))
        #expect(!TextEncoding.holdsMultiByteUTF8([0x63, 0x61, 0x66, 0xE9, 0x92, 0x73]))
        #expect(TextEncoding.windows1252([0x63, 0x61, 0x66, 0xE9, 0x92, 0x73]) == "caf\u{E9}\u{2019}s")
    }
}
