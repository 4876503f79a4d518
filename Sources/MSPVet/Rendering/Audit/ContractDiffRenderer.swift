import Foundation

/// `mspvet diff` as Markdown (for a memo or a ticket) or JSON: each changed check with the figure
/// or outcome before and after, which way it goes for the client, and both quotes.
public struct ContractDiffRenderer: Sendable {
    public init() {}

    /// The diff as Markdown: a heading per changed check, both quotes under it.
    public func markdown(_ diff: ContractDiff) -> String {
        let markdown = MarkdownWriter()
        let (old, new) = (markdown.escape(diff.old), markdown.escape(diff.new))
        var lines = ["# What changed: \(old) → \(new)", ""]
        let counts = diff.counts
        if diff.changes.isEmpty {
            lines.append("No check's outcome or figure changed.")
        } else {
            lines.append("\(diff.changes.count) check\(diff.changes.count == 1 ? "" : "s") changed: \(counts.worse) against the client, \(counts.better) in its favour, \(counts.neutral) neither.")
        }
        for change in diff.changes {
            let direction = switch change.direction {
            case .worse: " — **worse for the client**"
            case .better: " — better for the client"
            case .neutral: ""
            }
            lines += ["", "## \(markdown.escape(change.label)): \(change.change)\(direction)", "",
                      "`\(change.id)`", ""]
            lines.append("- Before: " + quote(change.before.quote, markdown))
            lines.append("- After: " + quote(change.after.quote, markdown))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func quote(_ evidence: Evidence?, _ markdown: MarkdownWriter) -> String {
        guard let evidence else { return "not stated" }
        return "“\(markdown.escape(evidence.text))” (\(markdown.escape(evidence.citation)))"
    }

    /// The diff as JSON: each change with its direction, figures and quotes.
    public func json(_ diff: ContractDiff) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(Report(diff: diff)), as: UTF8.self) + "\n"
    }

    private struct Report: Encodable {
        var diff: ContractDiff

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: AnyKey.self)
            try container.encode("mspvet", forKey: "tool")
            try container.encode(MSPVetVersion.current, forKey: "version")
            try container.encode(diff.old, forKey: "old")
            try container.encode(diff.new, forKey: "new")
            try container.encode(diff.changes.map(Change.init), forKey: "changes")
        }
    }

    private struct Change: Encodable {
        var change: CheckChange

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: AnyKey.self)
            try container.encode(change.id.description, forKey: "id")
            try container.encode(change.label, forKey: "label")
            try container.encode(change.unit?.rawValue, forKey: "unit")
            try container.encode(change.direction.rawValue, forKey: "direction")
            try container.encode(change.change, forKey: "change")
            try container.encode(Side(side: change.before), forKey: "before")
            try container.encode(Side(side: change.after), forKey: "after")
        }
    }

    private struct Side: Encodable {
        var side: CheckChange.Side

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: AnyKey.self)
            try container.encode(side.outcome.rawValue, forKey: "outcome")
            try container.encode(side.value, forKey: "value")
            try container.encode(side.quote?.text, forKey: "quote")
            try container.encode(side.quote?.location, forKey: "location")
            try container.encode(side.quote?.section, forKey: "section")
        }
    }
}
