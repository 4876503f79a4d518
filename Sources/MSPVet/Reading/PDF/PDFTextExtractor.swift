internal import CPopplerRuntime
import Foundation

/// Reads a PDF's text page by page through poppler (the engine behind `pdftotext`), with each
/// character's box and font, so layout can be judged afterwards.
///
/// Limits hold before the work they bound: the page count before any page is read, the characters
/// of a page right after its text (before the layout and font passes), and the whole read within
/// `InputLimits.pdfSeconds` (poppler's text pass is quadratic on pages of scattered words).
enum PDFTextExtractor {
    /// The pages' text, read `jobs` at a time (one per core by default); the pages come back in
    /// order and are the same for any number of jobs.
    static func pages(of data: Data, path: String, limits: InputLimits = .standard, jobs: Int = OrderedWork.defaultJobs) throws -> [PDFPage] {
        let pages = try TimeBoundedWork.run(seconds: limits.pdfSeconds) {
            try extract(data, path: path, jobs: jobs)
        }
        guard let pages else {
            throw Diagnostic(.timeLimitExceeded, at: .start(of: path),
                             "reading its text took longer than \(Int(limits.pdfSeconds)) seconds; refusing it (a page of scattered text?)")
        }
        return pages
    }

    /// Poppler's text pass is most of the time a PDF takes, and a document's pages are independent
    /// once its cross-reference table is read: each worker opens its own copy of the document
    /// (poppler objects are not shared between threads) over the same bytes and reads a run of
    /// consecutive pages. The first page is read alone first (see `PopplerFirstDraw`).
    private static func extract(_ data: Data, path: String, jobs: Int) throws -> [PDFPage] {
        let poppler = try Poppler.functions(path: path)
        let bytes = SharedBytes(data, poppler)
        let document = try open(bytes, path: path)
        defer { poppler.g_object_unref(UnsafeMutableRawPointer(document)) }
        let count = Int(poppler.poppler_document_get_n_pages(document))
        guard count <= InputLimits.pdfPages else {
            throw Diagnostic(.documentTooLarge, at: .start(of: path),
                             "has \(count.grouped) pages, more than the \(InputLimits.pdfPages.grouped) read; split it")
        }
        guard count > 0 else { return [] }
        let first = try PopplerFirstDraw.gate { try page(0, of: document, poppler, path: path) }
        let runs = Self.runs(of: 1..<count, jobs: jobs)
        guard runs.count > 1 else { return try [first] + (1..<count).map { try page($0, of: document, poppler, path: path) } }
        let read = OrderedWork.map(runs, jobs: runs.count) { run in
            Result {
                let copy = try open(bytes, path: path)
                defer { poppler.g_object_unref(UnsafeMutableRawPointer(copy)) }
                return try run.map { try page($0, of: copy, poppler, path: path) }
            }
        }
        return try [first] + read.flatMap { try $0.get() }
    }

    /// `pages` cut into at most `jobs` runs of consecutive pages, as even as they divide.
    static func runs(of pages: Range<Int>, jobs: Int) -> [Range<Int>] {
        let parts = max(1, min(jobs, pages.count))
        return (0..<parts).map { part in
            pages.lowerBound + part * pages.count / parts ..< pages.lowerBound + (part + 1) * pages.count / parts
        }
    }

    private static func open(_ bytes: SharedBytes, path: String) throws -> OpaquePointer {
        var failure: UnsafeMutablePointer<MSPVetGError>?
        guard let document = bytes.poppler.poppler_document_new_from_bytes(bytes.pointer, nil, &failure) else {
            throw diagnostic(for: failure, bytes.poppler, path: path)
        }
        return document
    }

    private static func page(_ index: Int, of document: OpaquePointer, _ poppler: MSPVetPoppler, path: String) throws -> PDFPage {
        guard let page = poppler.poppler_document_get_page(document, Int32(index)) else {
            return PDFPage(number: index + 1, lines: [])
        }
        defer { poppler.g_object_unref(UnsafeMutableRawPointer(page)) }
        return PDFPage(number: index + 1, lines: try lines(of: page, poppler, number: index + 1, path: path))
    }

    /// The document's bytes as GLib holds them: immutable and reference-counted, so every worker's
    /// copy of the document reads the one buffer.
    private final class SharedBytes: @unchecked Sendable {
        let pointer: OpaquePointer
        let poppler: MSPVetPoppler

        init(_ data: Data, _ poppler: MSPVetPoppler) {
            self.poppler = poppler
            pointer = data.withUnsafeBytes { poppler.g_bytes_new($0.baseAddress, $0.count) }
        }

        deinit { poppler.g_bytes_unref(pointer) }
    }

    private static func diagnostic(for failure: UnsafeMutablePointer<MSPVetGError>?, _ poppler: MSPVetPoppler, path: String) -> Diagnostic {
        defer { if let failure { poppler.g_error_free(failure) } }
        let message = failure.map { String(cString: $0.pointee.message) } ?? "unknown error"
        if let failure, failure.pointee.domain == poppler.poppler_error_quark(),
           failure.pointee.code == Int32(MSPVET_POPPLER_ERROR_ENCRYPTED) {
            return Diagnostic(.encryptedDocument, at: .start(of: path), "is an encrypted PDF; ask for a copy without a password")
        }
        return Diagnostic(.damagedDocument, at: .start(of: path), "cannot be read as a PDF (\(message.lowercased())); the file may be truncated or damaged")
    }

    private static func lines(of page: OpaquePointer, _ poppler: MSPVetPoppler, number: Int, path: String) throws -> [PDFPage.Line] {
        guard let raw = poppler.poppler_page_get_text(page) else { return [] }
        let text = String(cString: raw)
        poppler.g_free(raw)
        guard text.unicodeScalars.count <= InputLimits.pdfCharactersPerPage else {
            throw Diagnostic(.documentTooLarge, at: .start(of: path),
                             "page \(number) holds more than \(InputLimits.pdfCharactersPerPage.grouped) characters; refusing it")
        }
        var rectangles: UnsafeMutablePointer<MSPVetPopplerRectangle>?
        var rectangleCount: UInt32 = 0
        _ = poppler.poppler_page_get_text_layout(page, &rectangles, &rectangleCount)
        defer { poppler.g_free(rectangles) }
        let fonts = fontRuns(of: page, poppler).sorted { $0.range.lowerBound < $1.range.lowerBound }
        var fontIndex = 0

        var builder = LineBuilder()
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if scalar == "\n" {
                builder.endLine()
                continue
            }
            guard !scalar.isSpace, offset < Int(rectangleCount), let box = rectangles?[offset] else {
                builder.append(scalar)
                continue
            }
            let em = max(box.y2 - box.y1, 1)
            if let previousRight = builder.previousRight, box.x1 - previousRight > 1.2 * em {
                builder.startCell()
            }
            builder.append(scalar)
            builder.previousRight = box.x2
            builder.top = min(builder.top, box.y1)
            builder.bottom = max(builder.bottom, box.y2)
            // Runs are in text order, so one cursor walks them once per page.
            while fontIndex < fonts.count, fonts[fontIndex].range.upperBound < offset { fontIndex += 1 }
            if fontIndex < fonts.count, fonts[fontIndex].range.contains(offset), fonts[fontIndex].size > builder.size {
                builder.size = fonts[fontIndex].size
                builder.bold = fonts[fontIndex].bold
            }
        }
        if !builder.current.isEmpty { builder.endLine() }
        return builder.lines
    }

    /// One page's lines as they are read. Lines and cells gather UTF-8 bytes and become strings
    /// once: appending to a String a scalar at a time cost more than poppler's own pass.
    private struct LineBuilder {
        var lines: [PDFPage.Line] = []
        var current: [UInt8] = []
        var cells: [String] = []
        var cell: [UInt8] = []
        var top = Double.infinity
        var bottom = -Double.infinity
        var size = 0.0
        var bold = false
        var previousRight: Double?

        mutating func append(_ scalar: Unicode.Scalar) {
            if scalar.isASCII {
                let byte = UInt8(truncatingIfNeeded: scalar.value)
                current.append(byte)
                cell.append(byte)
            } else {
                UTF8.encode(scalar) { current.append($0); cell.append($0) }
            }
        }

        mutating func startCell() {
            cells.append(String(decoding: cell, as: UTF8.self))
            cell.removeAll(keepingCapacity: true)
        }

        mutating func endLine() {
            startCell()
            let filled = cells.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            lines.append(.init(number: lines.count + 1, text: String(decoding: current, as: UTF8.self), top: top, bottom: bottom,
                               fontSize: size, bold: bold, cells: filled.isEmpty ? [""] : filled))
            (top, bottom, size, bold, previousRight) = (.infinity, -.infinity, 0, false, nil)
            current.removeAll(keepingCapacity: true)
            cells.removeAll(keepingCapacity: true)
        }
    }

    private static func fontRuns(of page: OpaquePointer, _ poppler: MSPVetPoppler) -> [(range: ClosedRange<Int>, size: Double, bold: Bool)] {
        guard let list = poppler.poppler_page_get_text_attributes(page) else { return [] }
        defer { poppler.poppler_page_free_text_attributes(list) }
        var runs: [(ClosedRange<Int>, Double, Bool)] = []
        var node: UnsafeMutablePointer<MSPVetGList>? = list
        while let item = node {
            if let data = item.pointee.data {
                let attributes = data.assumingMemoryBound(to: MSPVetPopplerTextAttributes.self).pointee
                // Font names are PostScript names, ASCII by definition ("Helvetica-Bold").
                let name = attributes.font_name.map { String(cString: $0) } ?? ""
                if attributes.start_index <= attributes.end_index {
                    runs.append((Int(attributes.start_index)...Int(attributes.end_index), attributes.font_size,
                                 name.lowercased().contains("bold")))
                }
            }
            node = item.pointee.next
        }
        return runs
    }
}
