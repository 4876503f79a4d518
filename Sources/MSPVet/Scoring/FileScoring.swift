import Foundation

/// One file read and scored, with what was kept of it: the document itself is dropped as soon as
/// it is scored, so a run holds one document per worker rather than every document at once.
public struct ScoredFile<Extra: Sendable>: Sendable {
    /// The file's scores, unranked.
    public var score: ProposalScore
    /// Problems that did not stop the reading (a PDF page with no text).
    public var warnings: [Diagnostic]
    /// What the caller took from the document before it was dropped.
    public var extra: Extra
}

extension Scorer {
    /// Reads and scores `paths`, `jobs` files at a time, keeping each file's score, its warnings
    /// and what `extra` takes from its document. Results are in the order of `paths` whatever
    /// order the workers finish in, so the output never depends on the number of jobs.
    ///
    /// Each check's trace (the reasoning `mspvet explain` prints for one document) is dropped
    /// once the file is scored: no ranking or report shows it, and for a folder of contracts it
    /// was a tenth of the memory the run held.
    ///
    /// - Parameters:
    ///   - paths: The files, as the user named them.
    ///   - reader: The reader, with its limits.
    ///   - jobs: How many files are read and scored at once; 1 scores them one after another.
    ///   - extra: What to keep of each document besides its score.
    ///   - finished: Told of each file as it is done, from whichever worker did it, for a progress line.
    /// - Returns: For each path, its score or the diagnostic that stopped its reading.
    public func score<Extra: Sendable>(paths: [String], reader: ProposalReader, jobs: Int = FileScoring.defaultJobs,
                                       finished: (@Sendable (String) -> Void)? = nil,
                                       extra: @escaping @Sendable (ProposalDocument) -> Extra) -> [Result<ScoredFile<Extra>, Diagnostic>] {
        let scorer = self
        let rationales = StringPool()
        let work: @Sendable (String) -> Result<ScoredFile<Extra>, Diagnostic> = { path in
            defer { finished?(path) }
            do {
                let document = try reader.read(path: path)
                return .success(ScoredFile(score: scorer.score(document).retained(sharing: rationales), warnings: document.warnings,
                                           extra: extra(document)))
            } catch let diagnostic as Diagnostic {
                return .failure(diagnostic)
            } catch {
                return .failure(Diagnostic(.unreadableFile, at: .start(of: path), "\(error)"))
            }
        }
        return OrderedWork.map(paths, jobs: jobs, work)
    }
}

extension ProposalScore {
    /// The score as a run over many files keeps it: every check's trace emptied, and each
    /// rationale held once however many files share it. Nine results in ten are "not addressed",
    /// whose rationale is the same for every file: held apart, they were a fifth of the memory a
    /// folder of contracts kept.
    func retained(sharing rationales: StringPool) -> ProposalScore {
        var copy = self
        let shared = rationales.intern(checks.map(\.rationale))
        copy.checks = zip(checks, shared).map { result, rationale in
            var kept = result
            kept.trace = []
            kept.rationale = rationale
            return kept
        }
        return copy
    }
}

/// Equal strings held once: each string handed in comes back as the first equal one the pool
/// saw, sharing its storage. Safe to use from several workers at once.
final class StringPool: @unchecked Sendable {
    private var strings: Set<String> = []
    private let lock = NSLock()

    /// `texts`, each replaced by the pool's equal string; one lock for the lot.
    func intern(_ texts: [String]) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        return texts.map { strings.insert($0).memberAfterInsert }
    }
}

/// How many files are scored at once.
public enum FileScoring {
    /// One per core the process may use.
    public static var defaultJobs: Int { OrderedWork.defaultJobs }
}
