import Foundation

/// Poppler sets up process-wide colour-management state the first time it draws a page, with no
/// lock around it; two threads drawing their first pages at once can corrupt the heap. So the
/// first page drawn in the process is drawn alone: until one has been, every document's first
/// page waits its turn here; afterwards pages are drawn on any thread at once.
enum PopplerFirstDraw {
    private static let state = State()

    /// Runs `draw`, alone if no page has been drawn in this process yet.
    static func gate<Value>(_ draw: () throws -> Value) rethrows -> Value {
        state.lock.lock()
        guard !state.drawn else {
            state.lock.unlock()
            return try draw()
        }
        defer { state.lock.unlock() }
        let value = try draw()
        state.drawn = true
        return value
    }

    private final class State: @unchecked Sendable {
        let lock = NSLock()
        var drawn = false
    }
}
