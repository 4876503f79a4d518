import Foundation

/// Files done of the total and the rate, on one line of standard error that redraws itself:
/// only for a person watching (standard error a terminal, no NO_COLOR, no --quiet), only once a
/// run has gone on long enough to wonder about, and wiped before anything else is written.
final class ProgressLine: @unchecked Sendable {
    /// A run shorter than this shows nothing.
    static let delay = 0.5
    private let total: Int
    private let sizes: [String: Int]
    private let totalBytes: Int
    private let enabled: Bool
    private let start = Date()
    private let lock = NSLock()
    private var done = 0
    private var bytes = 0
    private var drawnAt: Date?

    /// A progress line for `files`; drawn only when `enabled`.
    init(files: [String], enabled: Bool) {
        total = files.count
        var sizes: [String: Int] = [:]
        for file in files {
            sizes[file] = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        }
        self.sizes = sizes
        totalBytes = sizes.values.reduce(0, +)
        self.enabled = enabled && files.count > 1
    }

    /// Whether a person is watching standard error.
    static func watched(quiet: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        !quiet && isatty(STDERR_FILENO) == 1 && (environment["NO_COLOR"] ?? "").isEmpty
    }

    /// One more file done.
    func finished(_ file: String) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        done += 1
        bytes += sizes[file] ?? 0
        let now = Date()
        let elapsed = now.timeIntervalSince(start)
        guard elapsed >= Self.delay, drawnAt.map({ now.timeIntervalSince($0) >= 0.1 }) ?? true || done == total else { return }
        drawnAt = now
        let rate = Double(bytes) / 1_000_000 / max(elapsed, 0.001)
        let line = "scored \(done)/\(total) files, \(String(format: "%.1f", Double(bytes) / 1_000_000)) of \(String(format: "%.1f", Double(totalBytes) / 1_000_000)) MB, \(String(format: "%.1f", rate)) MB/s"
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
    }

    /// Wipes the line, if one was drawn.
    func clear() {
        lock.lock()
        defer { lock.unlock() }
        if drawnAt != nil { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        drawnAt = nil
    }
}
