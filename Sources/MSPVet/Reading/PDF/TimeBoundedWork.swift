import Foundation

/// Runs work that cannot be interrupted (a C library call) on its own thread and waits for it no
/// longer than a deadline. On time, its result; past the deadline, nil, while the thread finishes
/// on its own with only what it was given.
enum TimeBoundedWork {
    static func run<Result: Sendable>(seconds: Double, _ work: @escaping @Sendable () throws -> Result) throws -> Result? {
        let outcome = Outcome<Result>()
        let thread = Thread {
            let value = Swift.Result { try work() }
            outcome.finish(value)
        }
        // Poppler recurses through nested content; give it a stack like the main thread's.
        thread.stackSize = 8 << 20
        thread.start()
        guard outcome.done.wait(timeout: .now() + seconds) == .success else { return nil }
        return try outcome.value!.get()
    }

    /// Where the worker leaves its result; written once, read after `done` is signalled.
    private final class Outcome<Result: Sendable>: @unchecked Sendable {
        let done = DispatchSemaphore(value: 0)
        private(set) var value: Swift.Result<Result, any Error>?

        func finish(_ result: Swift.Result<Result, any Error>) {
            value = result
            done.signal()
        }
    }
}
