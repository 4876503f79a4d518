internal import CPopplerRuntime
import Foundation

/// poppler-glib, the engine PDF text comes from, opened the first time a PDF is read: linked at
/// start-up it brought some fifty shared libraries into every run, PDF or not, and loading them
/// was about 40% of `mspvet --version`.
enum Poppler {
    /// The library's functions; a document that needs them cannot be read without them.
    static func functions(path: String) throws -> MSPVetPoppler {
        guard let table = mspvet_poppler() else {
            let reason = mspvet_poppler_failure().map { String(cString: $0) } ?? "no reason given"
            throw Diagnostic(.unsupportedFormat, at: .start(of: path),
                             "cannot be read: PDF text comes from poppler-glib, which could not be loaded (\(reason)); install it (`apt-get install libpoppler-glib8`, or `make deps`)")
        }
        return table.pointee
    }

    /// Opens the library on another thread, so a run that will read a PDF does it while the
    /// criteria load rather than after; reading waits for it only if it has not finished.
    static func prepare() {
        Thread.detachNewThread { _ = mspvet_poppler() }
    }
}
