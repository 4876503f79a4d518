import Foundation

/// Finds the default criteria from any working directory: `$MSPVET_CRITERIA`, then a `Criteria`
/// folder beside the executable or in any folder above it (a build inside the source tree), then
/// `share/mspvet/Criteria` next to the executable's `bin` (an installed copy).
public enum CriteriaLocator {
    /// The default criteria folder: `MSPVET_CRITERIA`, then beside the executable, then the working folder; nil when none exists.
    public static func defaultCriteria(environment: [String: String] = ProcessInfo.processInfo.environment,
                                       executable: String = CommandLine.arguments.first ?? "") -> String? {
        locate(environment: environment, executable: executable)?.path
    }

    /// The default criteria folder and how it was found, for `mspvet criteria path`.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment,
                              executable: String = CommandLine.arguments.first ?? "") -> (path: String, found: String)? {
        if let configured = environment["MSPVET_CRITERIA"], !configured.isEmpty {
            return (configured, "set by MSPVET_CRITERIA")
        }
        let resolved = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        var folder = resolved
        while true {
            let candidate = folder.appendingPathComponent("Criteria")
            if isCriteriaFolder(candidate.path) { return (candidate.path, "the Criteria folder of the source tree the executable was built in") }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        let installed = resolved.deletingLastPathComponent().appendingPathComponent("share/mspvet/Criteria")
        return isCriteriaFolder(installed.path) ? (installed.path, "installed beside the executable (PREFIX/share/mspvet/Criteria)") : nil
    }

    /// Copies the criteria files of `source` (YAML and the README) into `destination`, creating it
    /// if its parent exists; refuses before copying anything if any file would be replaced.
    ///
    /// - Returns: The files written, in name order.
    public static func export(from source: String, to destination: String) throws -> [String] {
        let manager = FileManager.default
        let names = ((try? manager.contentsOfDirectory(atPath: source)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0 == "README.md" }.sorted()
        guard !names.isEmpty else { throw Diagnostic(.noCriteria, at: .start(of: source), "holds no criteria files") }
        let target = URL(fileURLWithPath: destination)
        let existing = names.filter { manager.fileExists(atPath: target.appendingPathComponent($0).path) }
        if !existing.isEmpty {
            throw Diagnostic(.invalidValue, at: .start(of: destination),
                             "already holds \(existing.joined(separator: ", ")); nothing was written (choose an empty folder)")
        }
        var isDirectory: ObjCBool = false
        if !manager.fileExists(atPath: destination, isDirectory: &isDirectory) {
            guard manager.fileExists(atPath: target.deletingLastPathComponent().path) else {
                throw Diagnostic(.fileNotFound, at: .start(of: destination), "its parent folder does not exist")
            }
            try manager.createDirectory(at: target, withIntermediateDirectories: false)
        } else if !isDirectory.boolValue {
            throw Diagnostic(.invalidValue, at: .start(of: destination), "is a file, not a folder")
        }
        return try names.map { name in
            let written = target.appendingPathComponent(name).path
            try manager.copyItem(atPath: URL(fileURLWithPath: source).appendingPathComponent(name).path, toPath: written)
            return written
        }
    }

    private static func isCriteriaFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
            && ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).contains { $0.hasSuffix(".yaml") }
    }
}
