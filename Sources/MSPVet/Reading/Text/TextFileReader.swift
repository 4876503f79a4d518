import Foundation

/// Reads a file as UTF-8 text, or says precisely why it cannot: missing, a folder, empty, binary,
/// or not UTF-8 (with the line and column of the first bad byte).
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

    static func decode(_ data: Data, path: String) throws -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw Diagnostic(.invalidEncoding, at: .start(of: path), "is UTF-16 text; save it as UTF-8")
        }
        if let nul = bytes.firstIndex(of: 0) {
            throw Diagnostic(.binaryFile, at: location(ofByte: nul, in: bytes, path: path),
                             "looks like a binary file (NUL byte), not text")
        }
        // The standard library's validation is the fast path; the offending byte is looked for
        // only in a file that fails it.
        guard let decoded = String(validating: bytes, as: UTF8.self) else {
            let bad = firstInvalidUTF8Byte(bytes) ?? 0
            throw Diagnostic(.invalidEncoding, at: location(ofByte: bad, in: bytes, path: path),
                             String(format: "is not valid UTF-8 (byte 0x%02X); save it as UTF-8", bytes[bad]))
        }
        let text = StreamSafeText.limited(decoded)
        guard text.contains(where: { !$0.isSpace }) else {
            throw Diagnostic(.emptyFile, at: .start(of: path), bytes.isEmpty ? "file is empty" : "file holds only white space")
        }
        return text
    }

    /// The offset of the first byte that cannot start or continue a UTF-8 sequence, or nil.
    static func firstInvalidUTF8Byte(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 {
                return index
            }
            // Overlong forms and surrogates are as invalid as stray bytes.
            if length == 3 {
                let second = bytes[index + 1]
                if (lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F) { return index }
            } else if length == 4 {
                let second = bytes[index + 1]
                if (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F) { return index }
            }
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
