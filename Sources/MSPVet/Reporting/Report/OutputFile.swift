import Foundation

/// Writes a report file safely: never over one of the inputs, only into a folder that exists, and
/// atomically (a temporary file beside the target, then a rename), so a reader never sees half a
/// report and a failed run leaves the previous one intact.
public struct OutputFile: Sendable {
    public var path: String

    public init(path: String) {
        self.path = path
    }

    /// Refuses before any work is done: an output that is an input, a folder, or in a missing folder.
    public func check(against inputs: [String]) throws {
        let target = Self.canonical(path)
        if let input = inputs.first(where: { Self.canonical($0) == target }) {
            throw Diagnostic(.unwritableOutput, at: .start(of: path), "is one of the inputs (\(input)); refusing to write the report over it")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw Diagnostic(.unwritableOutput, at: .start(of: path), "is a folder; give a file name for the report")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Diagnostic(.unwritableOutput, at: .start(of: path), "cannot be written: the folder \(folder) does not exist")
        }
    }

    public func write(_ data: Data, inputs: [String]) throws {
        try check(against: inputs)
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            throw Diagnostic(.unwritableOutput, at: .start(of: path), "cannot be written (\(error.localizedDescription))")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw Diagnostic(.unwritableOutput, at: .start(of: path), "cannot be written (\(reason))")
        }
    }

    /// The absolute path with symbolic links resolved, so two spellings of one file compare equal.
    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
