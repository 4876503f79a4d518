internal import CSV
import Foundation

/// What a ticket export held: the tickets that can be measured, and what was set aside.
public struct TicketExport: Sendable {
    /// The file, as the user named it.
    public var path: String
    /// The preset (or column map) its header was read with.
    public var preset: String
    /// Tickets read, excluded ones included (they are counted, not measured); empty when they
    /// were streamed (``TicketExportReader/stream(path:_:)``).
    public var tickets: [Ticket]
    /// How many tickets were read.
    public var count: Int
    /// Rows skipped with `--keep-going`, each a located error.
    public var skipped: [Diagnostic]
    /// What was guessed in reading it: an export saved as Windows-1252, which has no mark.
    public var warnings: [Diagnostic] = []
}

/// Reads a PSA's ticket export: CSV (RFC 4180, a UTF-8 byte-order mark, `,`, `;` or a tab between
/// fields; UTF-8, UTF-16 behind its mark, or Windows-1252 with a warning) or JSON (an array of tickets, or an object holding one; nested objects are read as
/// dotted names, so `{"_info": {"dateEntered": …}}` is the column `_info.dateEntered`). The
/// header picks the preset unless one is given; every problem names the file, the row (1 is the
/// first ticket) and the column.
public struct TicketExportReader: Sendable {
    /// The preset or column map to read with; nil recognises one from the header.
    public var preset: ExportPreset?
    /// Time zone of timestamps written without an offset, and numeric date order.
    public var timeZone: TimeZone
    /// How numeric dates are read; nil takes only those that cannot be misread.
    public var order: DateOrder?
    /// Skip bad rows (reported) instead of stopping at the first.
    public var keepGoing: Bool

    /// A reader; `timeZone` is the client's unless the preset names its own.
    public init(preset: ExportPreset?, timeZone: TimeZone, order: DateOrder?, keepGoing: Bool = false) {
        self.preset = preset
        self.timeZone = timeZone
        self.order = order
        self.keepGoing = keepGoing
    }

    /// Reads the export at `path`, keeping every ticket.
    ///
    /// - Throws: A located ``Diagnostic``: an unreadable file, a header no preset explains, or
    ///   (without `keepGoing`) the first bad row.
    public func read(path: String) throws -> TicketExport {
        var tickets: [Ticket] = []
        var export = try stream(path: path) { tickets.append($0) }
        export.tickets = tickets
        return export
    }

    /// Reads the export at `path`, handing each ticket to `consume` as it is read: a CSV export is
    /// never held whole. (A JSON export is parsed whole, as JSON must be.)
    public func stream(path: String, _ consume: (Ticket) -> Void) throws -> TicketExport {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
                throw Diagnostic(isFolder.boolValue ? .notAFile : .unreadableFile, at: .start(of: path),
                                 isFolder.boolValue ? "is a folder, not an export" : "cannot be read (permission denied?)")
            }
            throw Diagnostic(.fileNotFound, at: .start(of: path), "no such file")
        }
        let head = (try? handle.read(upToCount: 65_536)) ?? Data()
        try? handle.close()
        guard !head.isEmpty else { throw Diagnostic(.emptyFile, at: .start(of: path), "file is empty") }
        let first = head.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        if first == UInt8(ascii: "[") || first == UInt8(ascii: "{") {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw Diagnostic(.unreadableFile, at: .start(of: path), "cannot be read")
            }
            return try readJSON(data, path: path, consume)
        }
        return try readCSV(path: path, head: head, consume)
    }

    // MARK: - Formats

    private func readCSV(path: String, head: Data, _ consume: (Ticket) -> Void) throws -> TicketExport {
        let (stream, firstBytes, warnings) = try csvSource(path: path, head: head)
        // The header line decides the separator: a European spreadsheet writes ";", a spreadsheet
        // saving "Unicode Text" a tab.
        let headerLine = firstBytes.prefix { $0 != 0x0A }
        let counts = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09].map { separator in headerLine.count { $0 == separator } }
        let delimiter: UnicodeScalar = counts[2] > max(counts[0], counts[1]) ? "\t" : counts[1] > counts[0] ? ";" : ","
        let reader: CSVReader
        do {
            // The reader skips a UTF-8 byte-order mark, as a spreadsheet saving "CSV UTF-8" writes one.
            reader = try CSVReader(stream: stream, hasHeaderRow: true, trimFields: false, delimiter: delimiter)
        } catch {
            throw Diagnostic(.unreadableFile, at: .start(of: path), "is not CSV this reader understands (\(error))")
        }
        let header = reader.headerRow ?? []
        var rows = RowDecoder(reader: self, path: path, header: header)
        try rows.start()
        var number = 0
        while let fields = reader.next() {
            number += 1
            if fields.count == 1, fields[0].isEmpty { continue }
            try rows.add(fields, row: number, consume)
        }
        // The reader reports the end of the stream as "cannot read"; anything else is a real failure.
        if let error = reader.error, !Self.isEndOfStream(error) {
            throw Diagnostic(.unreadableFile, at: SourceLocation(file: path, line: number + 2), "row \(number + 1): \(error)")
        }
        var export = rows.export
        export.warnings = warnings
        return export
    }

    /// The export as UTF-8 for the CSV reader, its first bytes (for the separator), and what was
    /// guessed. UTF-8 is streamed from the file. An export in UTF-16 (a spreadsheet's "Unicode
    /// Text", behind its byte order mark) or Windows-1252 (its plain "CSV" on Windows) is converted
    /// whole, in memory; Windows-1252 has no mark, so reading it is a warning.
    private func csvSource(path: String, head: Data) throws -> (InputStream, Data, [Diagnostic]) {
        let headBytes = [UInt8](head.prefix(4))
        if let declared = TextEncoding.declared(by: headBytes), declared.encoding != .utf8 {
            let bytes = try Self.whole(path)
            switch TextEncoding.decodeUTF16(bytes[declared.markLength...], bigEndian: declared.encoding == .utf16BigEndian) {
            case .success(let text):
                let utf8 = Data(text.utf8)
                return (InputStream(data: utf8), utf8.prefix(65_536), [])
            case .failure:
                throw Diagnostic(.invalidEncoding, at: .start(of: path), "is not valid UTF-16; export it as CSV UTF-8")
            }
        }
        // Only the head is checked here; the reader reports bad bytes further on by their row.
        var probe = head[...]
        if head.count == 65_536 {
            // A character may straddle the end of the head: drop its bytes.
            while let last = probe.last, last & 0xC0 == 0x80 { probe = probe.dropLast() }
            if let last = probe.last, last >= 0xC0 { probe = probe.dropLast() }
        }
        if String(data: Data(probe), encoding: .utf8) != nil {
            guard let stream = InputStream(fileAtPath: path) else {
                throw Diagnostic(.unreadableFile, at: .start(of: path), "cannot be opened")
            }
            return (stream, head, [])
        }
        let bytes = try Self.whole(path)
        guard let text = TextEncoding.windows1252(bytes) else {
            throw Diagnostic(.invalidEncoding, at: .start(of: path), "is not valid UTF-8; export it as CSV UTF-8")
        }
        let bad = TextFileReader.firstInvalidUTF8Byte(bytes) ?? 0
        let line = bytes[..<bad].count { $0 == 0x0A } + 1
        let warning = Diagnostic(.invalidEncoding, at: SourceLocation(file: path, line: line),
                                 String(format: "is not UTF-8 (byte 0x%02X); read as Windows-1252, as a spreadsheet saves CSV on Windows", bytes[bad]),
                                 severity: .warning)
        let utf8 = Data(text.utf8)
        return (InputStream(data: utf8), utf8.prefix(65_536), [warning])
    }

    private static func whole(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic(.unreadableFile, at: .start(of: path), "cannot be read")
        }
        return [UInt8](data)
    }

    private static func isEndOfStream(_ error: Error) -> Bool {
        if case CSVError.cannotReadFile = error { return true }
        return false
    }

    private func readJSON(_ data: Data, path: String, _ consume: (Ticket) -> Void) throws -> TicketExport {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw Diagnostic(.unreadableFile, at: .start(of: path), "is not valid JSON (\((error as NSError).localizedDescription))")
        }
        let records: [[String: Any]]
        if let array = object as? [[String: Any]] {
            records = array
        } else if let holder = object as? [String: Any],
                  let array = ["tickets", "data", "records", "results", "items"].lazy.compactMap({ holder[$0] as? [[String: Any]] }).first {
            records = array
        } else {
            throw Diagnostic(.unreadableFile, at: .start(of: path), "holds no array of tickets (at the top, or under \"tickets\", \"data\", \"records\", \"results\" or \"items\")")
        }
        let flattened = records.map { Self.flatten($0) }
        var names: [String] = []
        var seen = Set<String>()
        for record in flattened { for key in record.keys.sorted() where seen.insert(key).inserted { names.append(key) } }
        var rows = RowDecoder(reader: self, path: path, header: names)
        try rows.start()
        for (index, record) in flattened.enumerated() {
            try rows.add(names.map { record[$0] ?? "" }, row: index + 1, consume)
        }
        return rows.export
    }

    /// `{"a": {"b": 1}}` → `["a.b": "1"]`; `null` is empty.
    private static func flatten(_ object: [String: Any], prefix: String = "") -> [String: String] {
        var flat: [String: String] = [:]
        for (key, value) in object {
            let name = prefix.isEmpty ? key : prefix + "." + key
            switch value {
            case let nested as [String: Any]: flat.merge(flatten(nested, prefix: name)) { first, _ in first }
            case is NSNull: flat[name] = ""
            case let number as NSNumber:
                // A JSON true or false is a number whose type is C's char.
                flat[name] = String(cString: number.objCType) == "c" ? (number.boolValue ? "true" : "false") : number.stringValue
            default: flat[name] = "\(value)"
            }
        }
        return flat
    }

    // MARK: - Rows

    /// Turns rows of fields into tickets, with the header's positions worked out once.
    private struct RowDecoder {
        let reader: TicketExportReader
        let path: String
        let header: [String]
        var export: TicketExport
        private var positions: [TicketField: Int] = [:]
        private var parser: TimestampParser
        /// Each id seen and its row, to name the first when one comes again.
        private var ids: [String: Int] = [:]
        private var numericPriorities = true
        /// Tiers of the priority labels seen: an export repeats a handful of them.
        private var tiers: [String: Int?] = [:]

        init(reader: TicketExportReader, path: String, header: [String]) {
            self.reader = reader
            self.path = path
            self.header = header
            export = TicketExport(path: path, preset: "", tickets: [], count: 0, skipped: [])
            parser = TimestampParser(timeZone: reader.timeZone, order: reader.order)
        }

        mutating func start() throws {
            let preset = try reader.preset.map { try Self.check($0, header: header, path: path) } ?? Self.recognise(header, path: path)
            positions = preset.positions(in: header)
            export.preset = preset.name
            numericPriorities = preset.numericPriorities
            if let zone = preset.timeZone.flatMap(TimeZone.init(identifier:)) {
                parser = TimestampParser(timeZone: zone, order: reader.order)
            }
        }

        private static func check(_ preset: ExportPreset, header: [String], path: String) throws -> ExportPreset {
            let found = preset.positions(in: header)
            let missing = TicketField.required.filter { found[$0] == nil }
                + ([TicketField.firstResponse, .resolved, .responseAfterMinutes, .resolutionAfterMinutes].allSatisfy { found[$0] == nil } ? [.firstResponse, .resolved] : [])
            guard missing.isEmpty else {
                let detail = missing.map { field in
                    let names = preset.columns[field] ?? []
                    let near = names.lazy.compactMap { Suggestion.closest(to: $0, among: header) }.first
                    return "\(field.rawValue) (\(names.map { "'\($0)'" }.joined(separator: " or "))\(near.map { "; nearest: '\($0)'" } ?? ""))"
                }
                throw Diagnostic(.unknownColumns, at: .start(of: path),
                                 "the header lacks what the \(preset.name) preset reads: \(detail.joined(separator: ", "))")
            }
            return preset
        }

        private static func recognise(_ header: [String], path: String) throws -> ExportPreset {
            let fitting = ExportPreset.all.filter { $0.fits(header) }
            if fitting.count == 1 { return fitting[0] }
            if fitting.isEmpty {
                let near = header.compactMap { column in
                    Suggestion.closest(to: column, among: ExportPreset.all.flatMap { $0.columns.values.flatMap { $0 } }).map { "'\(column)' → '\($0)'" }
                }.prefix(5)
                throw Diagnostic(.unknownColumns, at: .start(of: path),
                                 "no preset fits the header (tried \(ExportPreset.all.map(\.name).joined(separator: ", ")))"
                                 + (near.isEmpty ? "" : "; nearest: \(near.joined(separator: ", "))")
                                 + "; name the columns with --columns MAP.yaml")
            }
            throw Diagnostic(.unknownColumns, at: .start(of: path),
                             "the header fits several presets (\(fitting.map(\.name).joined(separator: ", "))); choose one with --preset")
        }

        mutating func add(_ fields: [String], row: Int, _ consume: (Ticket) -> Void) throws {
            do {
                let ticket = try decode(fields, row: row)
                if let first = ids[ticket.id] {
                    throw located(row, .id, .invalidTicket, "ticket '\(ticket.id)' appears twice (first at row \(first))")
                }
                ids[ticket.id] = row
                export.count += 1
                consume(ticket)
            } catch let problem as Diagnostic where reader.keepGoing {
                export.skipped.append(problem)
            }
        }

        private func value(_ fields: [String], _ field: TicketField) -> Substring? {
            guard let index = positions[field], index < fields.count else { return nil }
            // Foundation's trimming goes through NSString; for a million rows, blanks are few and ASCII.
            var text = Substring(fields[index])
            while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
            while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
            return text.isEmpty ? nil : text
        }

        /// A problem at `row` in `field`'s column: `file:row:column:` with the row as the line.
        private func located(_ row: Int, _ field: TicketField, _ code: Diagnostic.Code, _ message: String) -> Diagnostic {
            let column = positions[field].map { $0 + 1 } ?? 1
            let name = positions[field].map { header[$0] } ?? field.rawValue
            return Diagnostic(code, at: SourceLocation(file: path, line: row + 1, column: column), "row \(row), column '\(name)': \(message)")
        }

        private func timestamp(_ fields: [String], _ field: TicketField, row: Int) throws -> Date? {
            guard let text = value(fields, field) else { return nil }
            guard let date = parser.date(text) else {
                let ambiguous = reader.order == nil && text.first?.isNumber == true && !text.contains("-")
                throw located(row, field, .invalidTimestamp, "'\(text)' is not a timestamp; tried \(TimestampParser.forms)"
                              + (ambiguous ? " (a numeric date both parts of which are 12 or less needs `locale` in the client profile)" : ""))
            }
            return date
        }

        private mutating func decode(_ fields: [String], row: Int) throws -> Ticket {
            guard let id = value(fields, .id) else { throw located(row, .id, .invalidTicket, "no ticket id") }
            guard let created = try timestamp(fields, .created, row: row) else {
                throw located(row, .created, .invalidTimestamp, "no creation time")
            }
            // A duration after creation stands for a time where the export gives no time.
            let positions = self.positions
            func minutesAfter(_ field: TicketField) -> Date? {
                guard let index = positions[field], index < fields.count,
                      let minutes = Double(fields[index].trimmingCharacters(in: .whitespaces)) else { return nil }
                return created.addingTimeInterval(minutes * 60)
            }
            let response = try timestamp(fields, .firstResponse, row: row) ?? minutesAfter(.responseAfterMinutes)
            let resolved = try timestamp(fields, .resolved, row: row) ?? minutesAfter(.resolutionAfterMinutes)
            if let resolved, resolved < created {
                throw located(row, .resolved, .invalidTicket, "resolved (\(value(fields, .resolved) ?? "")) before it was created (\(value(fields, .created) ?? ""))")
            }
            if let response, response < created {
                throw located(row, .firstResponse, .invalidTicket, "first response (\(value(fields, .firstResponse) ?? "")) before it was created (\(value(fields, .created) ?? ""))")
            }
            let label = value(fields, .priority).map(String.init) ?? ""
            let tier: Int?
            if let known = tiers[label] {
                tier = known
            } else {
                tier = Self.priority(label, numeric: numericPriorities)
                tiers[label] = tier
            }
            let hold = value(fields, .holdMinutes).flatMap { Double($0) } ?? value(fields, .holdHours).flatMap { Double($0) }.map { $0 * 60 }
            let status = value(fields, .status).map(String.init)
            let excluded = value(fields, .excluded).flatMap(Self.flag) == true
                || status.map { ["merged", "deleted", "cancelled", "canceled", "duplicate"].contains($0.lowercased()) } == true
            return Ticket(id: String(id), created: created, firstResponse: response, resolved: resolved,
                          priority: tier, priorityLabel: label, status: status,
                          vendorResponseMet: value(fields, .vendorResponseMet).flatMap(Self.flag),
                          vendorResolutionMet: value(fields, .vendorMet).flatMap(Self.flag),
                          holdMinutes: hold, excluded: excluded, reopens: value(fields, .reopens).flatMap { Int($0) }, row: row)
        }

        /// "1", "P1", "Priority 1 - Critical", "High" → a tier.
        static func priority(_ label: String, numeric: Bool) -> Int? {
            if let number = Int(label.trimmingCharacters(in: .whitespaces)) { return numeric && (1...4).contains(number) ? number : nil }
            let tokens = Tokenizer.tokenize(label)
            return PriorityLabel.priority(in: tokens, near: 0)
        }

        /// The ways exports write met / not met.
        static func flag(_ text: Substring) -> Bool? {
            switch text.lowercased() {
            case "true", "yes", "y", "1", "met", "within sla", "within", "in", "i", "ok", "achieved": true
            case "false", "no", "n", "0", "not met", "sla violated", "violated", "breached", "out", "o", "overdue", "missed", "failed": false
            default: nil
            }
        }
    }
}
