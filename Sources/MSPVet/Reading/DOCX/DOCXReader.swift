internal import CLibXML2
import Foundation
internal import ZIPFoundation

extension DocumentFormat {
    /// Word 2007 and later (`.docx`), told by its ZIP signature.
    public static let docx = DocumentFormat(id: "docx", name: "DOCX")
}

/// Reads a Word document's body (`word/document.xml`): paragraphs, headings (by style), list items
/// (numbered or list-styled), and tables row by row, with text split across formatting runs joined
/// back, tracked changes accepted, and the clause numbers Word generates (`word/numbering.xml`)
/// put back. Lines are paragraph numbers; pages are counted from the page breaks Word records,
/// when the file has any.
///
/// The archive is opened with limits, since a DOCX is a ZIP that may be a bomb: too many entries or
/// parts that inflate past the cap are refused before they are read. The body is read with libxml2's
/// pull parser: entities are never substituted and nothing is fetched, and a body of tens of
/// megabytes on one line (as Word writes it) is read, which Foundation's XMLParser refuses.
struct DOCXReader: DocumentReader {
    var format: DocumentFormat { .docx }
    var fileExtensions: [String] { ["docx"] }
    var isText: Bool { false }

    func recognises(_ head: Data) -> Bool {
        head.starts(with: [0x50, 0x4B, 0x03, 0x04])
    }

    func read(_ data: Data, path: String, limits: InputLimits) throws -> DocumentText {
        DocumentText(blocks: try blocks(of: data, path: path, limits: limits))
    }

    func blocks(of data: Data, path: String, limits: InputLimits = .standard) throws -> [DocumentBlock] {
        let parts = try parts(of: data, path: path, limits: limits)
        // Clause numbers are in the list definitions, not the text: read them first.
        var numbering = WordNumberingCollector()
        if let definitions = parts.numbering {
            try WordXMLReader.read(definitions, into: &numbering, part: "word/numbering.xml", path: path)
        }
        var collector = WordBodyCollector(numbering: numbering.numbering)
        try WordXMLReader.read(parts.body, into: &collector, path: path)
        return collector.blocks()
    }

    /// The parts read: the body, and the list definitions that number its paragraphs.
    private func parts(of data: Data, path: String, limits: InputLimits) throws -> (body: Data, numbering: Data?) {
        // ZIPFoundation's in-memory archive traps on an offset past the end of the data (a damaged
        // central directory); a file-backed one just reads nothing there. So the bytes are read
        // from a private temporary file.
        let file = try PrivateTemporaryFile(holding: data, path: path)
        defer { file.remove() }
        let archive: Archive
        do {
            archive = try Archive(url: file.url, accessMode: .read)
        } catch {
            throw Diagnostic(.damagedDocument, at: .start(of: path), "is not a valid DOCX (its ZIP container cannot be read; truncated?)")
        }
        var entries = 0
        for _ in archive {
            entries += 1
            if entries > limits.archiveEntries {
                throw Diagnostic(.archiveLimit, at: .start(of: path),
                                 "is refused: its ZIP container holds more than \(limits.archiveEntries.grouped) entries (a zip bomb?)")
            }
        }
        guard let entry = archive["word/document.xml"] else {
            throw Diagnostic(.unsupportedFormat, at: .start(of: path), "is a ZIP file but not a Word document (no word/document.xml)")
        }
        // One cap for the parts together: a bomb split across them is still a bomb.
        var budget = limits.archiveInflatedBytes
        let body = try inflate(entry, in: archive, budget: &budget, limits: limits, path: path)
        let numbering = try archive["word/numbering.xml"].map { try inflate($0, in: archive, budget: &budget, limits: limits, path: path) }
        return (body, numbering)
    }

    private func inflate(_ entry: Entry, in archive: Archive, budget: inout Int, limits: InputLimits, path: String) throws -> Data {
        var bytes = Data()
        let cap = budget
        do {
            // The declared size can lie, so the cap is enforced on the bytes actually inflated.
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                bytes.append(chunk)
                if bytes.count > cap { throw DOCXTooLarge() }
            }
        } catch is DOCXTooLarge {
            throw Diagnostic(.archiveLimit, at: .start(of: path),
                             "is refused: its text inflates past \(limits.archiveInflatedBytes >> 20) MB (a zip bomb?)")
        } catch {
            throw Diagnostic(.damagedDocument, at: .start(of: path), "is not a valid DOCX (\(entry.path) cannot be inflated; damaged?)")
        }
        budget -= bytes.count
        return bytes
    }
}

private struct DOCXTooLarge: Error {}
