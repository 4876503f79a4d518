import Foundation

/// A file only this process can read, holding bytes a library insists on reading from a file.
struct PrivateTemporaryFile {
    let url: URL

    init(holding data: Data, path: String) throws {
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("mspvet-XXXXXX").path
        var name = Array(template.utf8CString)
        let descriptor = mkstemp(&name)
        guard descriptor >= 0 else {
            throw Diagnostic(.unreadableFile, at: .start(of: path), "cannot be read (no temporary file: \(String(cString: strerror(errno))))")
        }
        url = URL(fileURLWithPath: String(decoding: name.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self))
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: data)
            try handle.close()
        } catch {
            unlink(url.path)
            throw Diagnostic(.unreadableFile, at: .start(of: path), "cannot be read (temporary file: \(error.localizedDescription))")
        }
    }

    func remove() {
        unlink(url.path)
    }
}
