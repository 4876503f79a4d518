import Foundation

/// Writes a report file safely: never over one of the inputs, only into a folder that exists, and
/// atomically (a temporary file beside the target, then a rename), so a reader never sees half a
/// report and a failed run leaves the previous one intact.
public struct OutputFile: Sendable {
    /// The path, as the user named it.
    public var path: String

    /// An output file at `path`; nothing is checked until `check(against:)` or `write`.
    public init(path: String) {
        self.path = path
    }

    /// Refuses before any work is done: an output that is an input, anything but a regular file
    /// (a folder, a device such as /dev/null or /dev/stdout, a FIFO, a socket), or in a missing
    /// folder. The write replaces the path with a new regular file, so a device or pipe given as
    /// the output would be destroyed rather than written to.
    public func check(against inputs: [String]) throws {
        let target = Self.canonical(path)
        if let input = inputs.first(where: { Self.canonical($0) == target }) {
            throw Diagnostic(.unwritableOutput, at: .start(of: path), "is one of the inputs (\(input)); refusing to write the report over it")
        }
        var status = stat()
        if stat(path, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw Diagnostic(.unwritableOutput, at: .start(of: path), "is a folder; give a file name for the report")
            default:
                throw Diagnostic(.unwritableOutput, at: .start(of: path),
                                 "is not a regular file (a device, pipe or socket); give a file name for the report")
            }
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Diagnostic(.unwritableOutput, at: .start(of: path), "cannot be written: the folder \(folder) does not exist")
        }
    }

    /// Writes a temporary file beside the target and renames it over the target. On any failure
    /// (disk full, file too large, permission) the temporary is removed and the target is as it was.
    public func write(_ data: Data, inputs: [String]) throws {
        try check(against: inputs)
        // Through a symbolic link, the file it points to is replaced, never the link: renaming
        // over `/dev/stdout` would replace the system's link with a regular file.
        let url = URL(fileURLWithPath: Self.realPath(path) ?? path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        var renamed = false
        defer { if !renamed { unlink(temporary.path) } }
        if let failure = Self.create(temporary.path, holding: data) {
            throw Diagnostic(.unwritableOutput, at: .start(of: path), "cannot be written (\(String(cString: strerror(failure))))")
        }
        guard rename(temporary.path, url.path) == 0 else {
            throw Diagnostic(.unwritableOutput, at: .start(of: path), "cannot be written (\(String(cString: strerror(errno))))")
        }
        renamed = true
    }

    /// Creates `path` (it must not exist) holding `data`, and returns the errno of the first
    /// failure, or nil. POSIX calls rather than `Data.write`, so a full disk is reported as such.
    private static func create(_ path: String, holding data: Data) -> Int32? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return errno }
        var failure: Int32?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        return failure
    }

    /// The path with every symbolic link resolved, when the file exists.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The absolute path with symbolic links resolved, so two spellings of one file compare equal.
    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
