internal import CLibXML2
import Foundation

/// What is told of a Word XML part as it is read: each element's start (with a way to read its
/// attributes), its text, and its end. An empty element is told as a start and an end.
protocol WordXMLCollector {
    mutating func start(_ name: String, attribute: (String) -> String?)
    mutating func characters(_ string: String)
    mutating func end(_ name: String)
}

/// Drives a collector over a part of a Word document (`word/document.xml`, `word/numbering.xml`)
/// with libxml2's pull reader.
///
/// Options: no network, no entity substitution or DTD loading (so no external entity is read and
/// no entity bomb expands), no error printing (errors become one located diagnostic), and HUGE,
/// which lifts libxml2's 10 MB limit on one line: Word writes the whole body on a single line.
/// The body's size is already capped when it is inflated.
enum WordXMLReader {
    static func read(_ body: Data, into collector: inout some WordXMLCollector, part: String = "word/document.xml", path: String) throws {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                            | XML_PARSE_HUGE.rawValue)
        let reader = body.withUnsafeBytes { buffer in
            xmlReaderForMemory(buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), nil, nil, options)
        }
        guard let reader else {
            throw Diagnostic(.damagedDocument, at: .start(of: path), "is not a valid DOCX: \(part) cannot be read")
        }
        defer { xmlFreeTextReader(reader) }
        xmlResetLastError()
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { return }
            guard status == 1 else {
                let line = Int(xmlTextReaderGetParserLineNumber(reader))
                let problem = xmlGetLastError()?.pointee.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) }
                throw Diagnostic(.damagedDocument, at: .start(of: path),
                                 "is not a valid DOCX: \(part) is malformed at its line \(line) (\(problem ?? "parse error"))")
            }
            switch xmlReaderTypes(UInt32(xmlTextReaderNodeType(reader))) {
            case XML_READER_TYPE_ELEMENT:
                let name = string(xmlTextReaderConstName(reader))
                let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
                // An attribute is read in place (move to it, read, move back): nothing to free.
                collector.start(name) { attribute in
                    guard xmlTextReaderMoveToAttribute(reader, attribute) == 1 else { return nil }
                    defer { xmlTextReaderMoveToElement(reader) }
                    return string(xmlTextReaderConstValue(reader))
                }
                if isEmpty { collector.end(name) }
            case XML_READER_TYPE_END_ELEMENT:
                collector.end(string(xmlTextReaderConstName(reader)))
            case XML_READER_TYPE_TEXT, XML_READER_TYPE_CDATA, XML_READER_TYPE_WHITESPACE, XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
                collector.characters(string(xmlTextReaderConstValue(reader)))
            default:
                break
            }
        }
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
