internal import CPoppler
import Foundation

/// Reads a PDF's text page by page through poppler (the engine behind `pdftotext`), with each
/// character's box and font, so layout can be judged afterwards.
///
/// Limits hold before the work they bound: the page count before any page is read, the characters
/// of a page right after its text (before the layout and font passes), and the whole read within
/// `InputLimits.pdfSeconds` (poppler's text pass is quadratic on pages of scattered words).
enum PDFTextExtractor {
    static func pages(of data: Data, path: String, limits: InputLimits = .standard) throws -> [PDFPage] {
        let pages = try TimeBoundedWork.run(seconds: limits.pdfSeconds) {
            try extract(data, path: path)
        }
        guard let pages else {
            throw Diagnostic(.timeLimitExceeded, at: .start(of: path),
                             "reading its text took longer than \(Int(limits.pdfSeconds)) seconds; refusing it (a page of scattered text?)")
        }
        return pages
    }

    private static func extract(_ data: Data, path: String) throws -> [PDFPage] {
        let bytes = data.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        defer { g_bytes_unref(bytes) }
        var failure: UnsafeMutablePointer<GError>?
        guard let document = poppler_document_new_from_bytes(bytes, nil, &failure) else {
            throw diagnostic(for: failure, path: path)
        }
        defer { g_object_unref(UnsafeMutableRawPointer(document)) }
        let count = Int(poppler_document_get_n_pages(document))
        guard count <= InputLimits.pdfPages else {
            throw Diagnostic(.documentTooLarge, at: .start(of: path),
                             "has \(count.grouped) pages, more than the \(InputLimits.pdfPages.grouped) read; split it")
        }
        return try (0..<count).map { index in
            guard let page = poppler_document_get_page(document, Int32(index)) else {
                return PDFPage(number: index + 1, lines: [])
            }
            defer { g_object_unref(UnsafeMutableRawPointer(page)) }
            return PDFPage(number: index + 1, lines: try lines(of: page, number: index + 1, path: path))
        }
    }

    private static func diagnostic(for failure: UnsafeMutablePointer<GError>?, path: String) -> Diagnostic {
        defer { if let failure { g_error_free(failure) } }
        let message = failure.map { String(cString: $0.pointee.message) } ?? "unknown error"
        if let failure, failure.pointee.domain == poppler_error_quark(),
           failure.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
            return Diagnostic(.encryptedDocument, at: .start(of: path), "is an encrypted PDF; ask for a copy without a password")
        }
        return Diagnostic(.damagedDocument, at: .start(of: path), "cannot be read as a PDF (\(message.lowercased())); the file may be truncated or damaged")
    }

    private static func lines(of page: OpaquePointer, number: Int, path: String) throws -> [PDFPage.Line] {
        guard let raw = poppler_page_get_text(page) else { return [] }
        let text = String(cString: raw)
        g_free(raw)
        guard text.unicodeScalars.count <= InputLimits.pdfCharactersPerPage else {
            throw Diagnostic(.documentTooLarge, at: .start(of: path),
                             "page \(number) holds more than \(InputLimits.pdfCharactersPerPage.grouped) characters; refusing it")
        }
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var rectangleCount: guint = 0
        poppler_page_get_text_layout(page, &rectangles, &rectangleCount)
        defer { g_free(rectangles) }
        let fonts = fontRuns(of: page).sorted { $0.range.lowerBound < $1.range.lowerBound }
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

    private static func fontRuns(of page: OpaquePointer) -> [(range: ClosedRange<Int>, size: Double, bold: Bool)] {
        guard let list = poppler_page_get_text_attributes(page) else { return [] }
        defer { poppler_page_free_text_attributes(list) }
        var runs: [(ClosedRange<Int>, Double, Bool)] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let item = node {
            if let data = item.pointee.data {
                let attributes = data.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
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
