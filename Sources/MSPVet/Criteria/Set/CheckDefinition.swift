import Foundation

/// A check's definition as its criteria file writes it, with a client profile's thresholds in
/// place: what `mspvet criteria show ID` prints, so a reader sees every pattern and example the
/// verdict comes from and which of its numbers the client changed.
public enum CheckDefinition {
    /// The check's YAML, preceded by comments naming its category, share of the total and file.
    ///
    /// - Parameters:
    ///   - check: A check of `set`, as ``CriteriaSet/applying(_:)`` left it.
    ///   - set: The set it belongs to, for its weight.
    ///   - overrides: The profile's thresholds, marked on the lines they replace.
    /// - Throws: A located ``Diagnostic`` when the criteria file can no longer be read.
    public static func yaml(of check: Check, in set: CriteriaSet, overrides: [ThresholdOverride] = []) throws -> String {
        let lines = try block(at: check.location)
        let mine = overrides.filter { $0.check == check.id.description || $0.check == check.id.check }
        var values: [ThresholdOverride.Key: Double] = [:]
        for override in mine { values.merge(override.values) { $1 } }
        let category = set.categories.first { $0.id == check.id.category }
        let share = (set.effectiveWeights[check.id] ?? 0) * 100
        var header = [
            "# \(check.id): \(check.title)",
            "# category \(check.id.category)\(category.map { " (\($0.title))" } ?? ""), weight \(check.weight.compact): \(share.formatted(places: 1))% of the total",
            "# defined at \(check.location)",
        ]
        if let explanation = check.rule.explanation { header.append("# \(explanation)") }
        return (header + lines.map { marked($0, values) }).joined(separator: "\n") + "\n"
    }

    /// The lines of the list item that starts at `location`, dedented, without the blank and
    /// comment lines that lead into the next item.
    private static func block(at location: SourceLocation) throws -> [String] {
        guard let text = try? String(contentsOfFile: location.file, encoding: .utf8) else {
            throw Diagnostic(.unreadableFile, at: location, "cannot read the criteria file again to show the check")
        }
        let all = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.replacingOccurrences(of: "\r", with: "")) }
        guard location.line >= 1, location.line <= all.count else {
            throw Diagnostic(.unreadableFile, at: location, "the criteria file changed since it was loaded")
        }
        let first = location.line - 1
        let indent = all[first].prefix { $0 == " " }.count
        var end = first + 1
        while end < all.count {
            let line = all[end]
            let trimmed = line.drop { $0 == " " }
            if !trimmed.isEmpty, line.count - trimmed.count <= indent { break }
            end += 1
        }
        var lines = Array(all[first..<end])
        while let last = lines.last, last.trimmingCharacters(in: .whitespaces).isEmpty || last.trimmingCharacters(in: .whitespaces).hasPrefix("#") {
            lines.removeLast()
        }
        return lines.map { String($0.dropFirst(min(indent, $0.prefix { $0 == " " }.count))) }
    }

    /// A threshold line with the profile's figure, and the criteria's in a comment.
    private static func marked(_ line: String, _ values: [ThresholdOverride.Key: Double]) -> String {
        let trimmed = line.drop { $0 == " " }
        guard let colon = trimmed.firstIndex(of: ":"),
              let key = ThresholdOverride.Key(rawValue: String(trimmed[..<colon])),
              let value = values[key] else { return line }
        let written = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        let indentation = String(line.prefix(line.count - trimmed.count))
        return "\(indentation)\(key.rawValue): \(value.compact)    # the client profile's; the criteria say \(written)"
    }
}
