import Foundation

/// Finds the default criteria from any working directory: `$MSPVET_CRITERIA`, then a `Criteria`
/// folder beside the executable or in any folder above it (a build inside the source tree), then
/// `share/mspvet/Criteria` next to the executable's `bin` (an installed copy).
public enum CriteriaLocator {
    /// The default criteria folder: `MSPVET_CRITERIA`, then beside the executable, then the working folder; nil when none exists.
    public static func defaultCriteria(environment: [String: String] = ProcessInfo.processInfo.environment,
                                       executable: String = CommandLine.arguments.first ?? "") -> String? {
        if let configured = environment["MSPVET_CRITERIA"], !configured.isEmpty {
            return configured
        }
        let resolved = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        var folder = resolved
        while true {
            let candidate = folder.appendingPathComponent("Criteria")
            if isCriteriaFolder(candidate.path) { return candidate.path }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        let installed = resolved.deletingLastPathComponent().appendingPathComponent("share/mspvet/Criteria")
        return isCriteriaFolder(installed.path) ? installed.path : nil
    }

    private static func isCriteriaFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
            && ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).contains { $0.hasSuffix(".yaml") }
    }
}
