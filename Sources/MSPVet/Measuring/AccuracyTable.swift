extension AccuracyMeasurement {
    /// The measurement as a Markdown table, one row per mapping, then the macro averages and each
    /// mapping's caveat.
    public var table: String {
        func rate(_ value: Double) -> String { value.formatted(places: 2) }
        func share(_ value: Double?, _ count: Int) -> String { value.map { "\($0.percent) of \(count)" } ?? "–" }
        var lines = [
            "| Category → check (found when) | labelled | mspvet P / R / F1 | keyword P / R / F1 | quote in label | value right |",
            "|---|---:|---|---|---|---|",
        ]
        for row in rows {
            var outcomes = row.entry.found.sorted().map(\.rawValue).joined(separator: ", ")
            if row.entry.preferredOnly {
                outcomes += "; value from a prefer-context clause"
            }
            if let given = row.entry.given {
                outcomes += "; given `\(given.check)` \(given.found.sorted().map(\.rawValue).joined(separator: ", "))"
            }
            let labelled = row.check.truePositives + row.check.falseNegatives
            lines.append("| \(row.entry.category) → `\(row.entry.check)` (\(outcomes)) | \(labelled) | "
                         + "\(rate(row.check.precision)) / \(rate(row.check.recall)) / **\(rate(row.check.f1))** | "
                         + "\(rate(row.keyword.precision)) / \(rate(row.keyword.recall)) / \(rate(row.keyword.f1)) | "
                         + "\(share(row.quoteOverlap, row.check.truePositives)) | \(row.entry.valueFrom == nil ? "–" : share(row.valueAccuracy, row.valuesCompared)) |")
        }
        let macro = macroF1
        lines += ["", "Macro-F1 over \(rows.count) mappings and \(documentCount) documents: mspvet \(rate(macro.check)), keyword search \(rate(macro.keyword))."]
        if !unreadable.isEmpty { lines.append("\(unreadable.count) document(s) could not be read and are left out.") }
        lines += ["", "Caveats:", ""]
        for row in rows { lines.append("- \(row.entry.category) → `\(row.entry.check)`: \(row.entry.caveat)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// For each mapping, the documents the check flagged wrongly, those it missed, and each value
    /// that differs from the label: where to look next.
    public var misses: String {
        var lines: [String] = []
        for row in rows {
            lines.append("")
            lines.append("\(row.entry.check): false alarms \(row.falsePositiveIDs.joined(separator: " "))")
            lines.append("\(row.entry.check): misses \(row.falseNegativeIDs.joined(separator: " "))")
            for quote in row.quotesOutsideLabel {
                lines.append("\(row.entry.check): quote \(quote.id) line \(quote.line.map(String.init) ?? "none") is outside the labelled passages")
            }
            for mismatch in row.valueMismatches {
                let stated = mismatch.stated.map(\.compact).joined(separator: " or ")
                lines.append("\(row.entry.check): value \(mismatch.id) read \(mismatch.read.compact), labelled \(stated)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
