import Foundation
import Testing
import ZIPFoundation

/// A ZIP archive of `entries` (path, bytes), built in memory: a DOCX, or something posing as one.
func zipArchive(_ entries: [(String, Data)]) throws -> Data {
    let zip = try Archive(data: Data(), accessMode: .create)
    for (path, data) in entries {
        try zip.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }
    return try #require(zip.data)
}

/// A DOCX whose body is `body` (the XML inside `w:body`), with the namespaces Word declares for
/// the markup a redline and a text box use; `numbering` is the inside of `word/numbering.xml`.
func wordDocument(body: String, numbering: String? = nil) throws -> Data {
    let xml = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
        xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
        xmlns:v="urn:schemas-microsoft-com:vml"><w:body>\(body)</w:body></w:document>
        """
    let namespace = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    var parts = [("word/document.xml", Data(xml.utf8))]
    if let numbering { parts.append(("word/numbering.xml", Data("<w:numbering \(namespace)>\(numbering)</w:numbering>".utf8))) }
    return try zipArchive(parts)
}
