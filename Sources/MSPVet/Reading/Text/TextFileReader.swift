import Foundation

/// Reads a file as text, or says precisely why it cannot: missing, a folder, empty, binary, or in
/// no encoding it reads (with the line and column of the first bad byte). Criteria and profiles
/// are UTF-8; documents may also be UTF-16 or Windows-1252 (`TextEncoding`).
enum TextFileReader {
    static func readUTF8(path: String, limits: InputLimits = .standard) throws -> String {
        let data = try readData(path: path, limits: limits)
        return try decode(data, path: path)
    }

    /// The file's bytes, read no further than the size limit: a device or a pipe that never ends
    /// is refused at the limit, not read until memory runs out.
    static func readData(path: String, limits: InputLimits = .standard) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Diagnostic(.fileNotFound, at: .start(of: path), "no such file")
        }
        if isDirectory.boolValue {
            throw Diagnostic(.notAFile, at: .start(of: path), "is a folder, not a file")
        }
        let data: Data
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            // A regular file's size is known before reading it; a pipe's or a device's only after.
            var status = stat()
            if fstat(handle.fileDescriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) > limits.fileBytes {
                throw tooLarge(path, limits: limits)
            }
            data = try handle.read(upToCount: limits.fileBytes + 1) ?? Data()
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw Diagnostic(.unreadableFile, at: .start(of: path), "cannot be read (\(error.localizedDescription))")
        }
        guard data.count <= limits.fileBytes else {
            throw tooLarge(path, limits: limits)
        }
        return data
    }

    /// A file past the size limit, named with the flag that raises it.
    static func tooLarge(_ path: String, limits: InputLimits) -> Diagnostic {
        let megabytes = (limits.fileBytes + (1 << 20) - 1) >> 20
        return Diagnostic(.documentTooLarge, at: .start(of: path),
                          "is larger than the \(megabytes) MB input limit; pass --max-input-mb to raise it")
    }

    /// A YAML file's text: UTF-8 only, as the criteria and profiles mspvet ships are written.
    static func decode(_ data: Data, path: String) throws -> String {
        var bytes = [UInt8](data)
        if let declared = TextEncoding.declared(by: bytes) {
            guard declared.encoding == .utf8 else {
                throw Diagnostic(.invalidEncoding, at: .start(of: path), "is UTF-16 text; save it as UTF-8")
            }
            bytes.removeFirst(declared.markLength)
        }
        try refuseBinary(bytes, path: path)
        guard let decoded = String(validating: bytes, as: UTF8.self) else { throw notUTF8(bytes, path: path) }
        return try finished(decoded, path: path, wasEmpty: bytes.isEmpty)
    }

    /// A document's text in the encoding its bytes are in (`TextEncoding`): UTF-8, or UTF-16
    /// behind a byte order mark, or Windows-1252 when the bytes are not UTF-8 and read as it.
    /// Windows-1252 has no mark, so reading it is said in a warning that names the first byte
    /// UTF-8 refused.
    static func decodeDocument(_ data: Data, path: String) throws -> (text: String, warnings: [Diagnostic]) {
        var bytes = [UInt8](data)
        let declared = TextEncoding.declared(by: bytes)
        if let declared, declared.encoding != .utf8 {
            return (try utf16Text(bytes[declared.markLength...], bigEndian: declared.encoding == .utf16BigEndian, path: path), [])
        }
        if let declared { bytes.removeFirst(declared.markLength) }
        if declared == nil, TextEncoding.looksLikeUnmarkedUTF16(bytes) {
            throw Diagnostic(.invalidEncoding, at: .start(of: path), "looks like UTF-16 text without a byte order mark; save it as UTF-8")
        }
        try refuseBinary(bytes, path: path)
        if let decoded = String(validating: bytes, as: UTF8.self) {
            return (try finished(decoded, path: path, wasEmpty: bytes.isEmpty), [])
        }
        // A UTF-8 mark promises UTF-8: a file that breaks it is damaged, not Windows-1252.
        guard declared == nil, let decoded = TextEncoding.windows1252(bytes) else { throw notUTF8(bytes, path: path) }
        let bad = firstInvalidUTF8Byte(bytes) ?? 0
        let warning = Diagnostic(.invalidEncoding, at: location(ofByte: bad, in: bytes, path: path),
                                 String(format: "is not UTF-8 (byte 0x%02X); read as Windows-1252, as Word and Notepad save text on Windows", bytes[bad]),
                                 severity: .warning)
        return (try finished(decoded, path: path, wasEmpty: false), [warning])
    }

    /// The text behind a UTF-16 byte order mark (`body` is indexed as the file is).
    private static func utf16Text(_ body: ArraySlice<UInt8>, bigEndian: Bool, path: String) throws -> String {
        switch TextEncoding.decodeUTF16(body, bigEndian: bigEndian) {
        case .success(let decoded):
            let utf8 = Array(decoded.utf8)
            if let nul = utf8.firstIndex(of: 0) {
                throw Diagnostic(.binaryFile, at: location(ofByte: nul, in: utf8, path: path), "looks like a binary file (NUL character), not text")
            }
            return try finished(decoded, path: path, wasEmpty: body.isEmpty)
        case .failure(.oddLength):
            throw Diagnostic(.invalidEncoding, at: .start(of: path), "is UTF-16 text cut short (its last byte has no partner)")
        case .failure(.unpairedSurrogate(let byte)):
            throw Diagnostic(.invalidEncoding, at: .start(of: path),
                             "is not valid UTF-16 (an unpaired surrogate at byte \(body.startIndex + byte)); save it as UTF-8")
        }
    }

    private static func refuseBinary(_ bytes: [UInt8], path: String) throws {
        if let nul = bytes.firstIndex(of: 0) {
            throw Diagnostic(.binaryFile, at: location(ofByte: nul, in: bytes, path: path),
                             "looks like a binary file (NUL byte), not text")
        }
    }

    /// The standard library's validation is the fast path; the offending byte is looked for only
    /// in a file that fails it.
    private static func notUTF8(_ bytes: [UInt8], path: String) -> Diagnostic {
        let bad = firstInvalidUTF8Byte(bytes) ?? 0
        return Diagnostic(.invalidEncoding, at: location(ofByte: bad, in: bytes, path: path),
                          String(format: "is not valid UTF-8 (byte 0x%02X); save it as UTF-8", bytes[bad]))
    }

    /// Decoded text made stream-safe, or refused when it holds nothing but white space.
    private static func finished(_ decoded: String, path: String, wasEmpty: Bool) throws -> String {
        let text = StreamSafeText.limited(decoded)
        guard text.contains(where: { !$0.isSpace }) else {
            throw Diagnostic(.emptyFile, at: .start(of: path), wasEmpty ? "file is empty" : "file holds only white space")
        }
        return text
    }

    /// The offset of the first byte that cannot start or continue a UTF-8 sequence, or nil.
    static func firstInvalidUTF8Byte(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            guard let length = UTF8Sequence.length(at: index, in: bytes) else { return index }
            index += length
        }
        return nil
    }

    /// Line and column (counted in characters, 1-based) of the byte at `offset`.
    private static func location(ofByte offset: Int, in bytes: [UInt8], path: String) -> SourceLocation {
        var line = 1
        var lineStart = 0
        // CRLF is one line end; a lone CR or LF is one too.
        for index in 0..<offset where LineBreaks.isLineEnd(bytes[index]) {
            if bytes[index] == 0x0A, index > 0, bytes[index - 1] == 0x0D { lineStart = index + 1; continue }
            line += 1
            lineStart = index + 1
        }
        let prefix = bytes[lineStart..<offset]
        let column = String(decoding: prefix, as: UTF8.self).count + 1
        return SourceLocation(file: path, line: line, column: column)
    }
}
