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
        let work: @Sendable (String) -> Result<ScoredFile<Extra>, Diagnostic> = { path in
            defer { finished?(path) }
            do {
                let document = try reader.read(path: path)
                return .success(ScoredFile(score: scorer.score(document).withoutTraces(), warnings: document.warnings,
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
    /// The score with every check's trace emptied.
    func withoutTraces() -> ProposalScore {
        var copy = self
        copy.checks = checks.map { result in
            var kept = result
            kept.trace = []
            return kept
        }
        return copy
    }
}

/// How many files are scored at once.
public enum FileScoring {
    /// One per core the process may use.
    public static var defaultJobs: Int { OrderedWork.defaultJobs }
}
