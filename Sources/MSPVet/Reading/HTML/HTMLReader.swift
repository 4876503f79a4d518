internal import CLibXML2
import Foundation

extension DocumentFormat {
    /// HTML (`.html`, `.htm`, `.xhtml`), told by its opening tag.
    public static let html = DocumentFormat(id: "html", name: "HTML")
}

/// Reads a saved web proposal through libxml2's HTML parser, which recovers from real-world markup
/// the way browsers do. Only visible text is kept: scripts, styles, templates and hidden elements
/// are dropped; block elements become lines; `li` becomes a list item, `h1`–`h6` a heading, and a
/// table row a row, read under its header (`th` cells or `thead`). Lines are source lines.
///
/// Nesting deeper than `InputLimits.htmlDepth` is parsed (libxml2 keeps its own element stack) but
/// its text is dropped with a warning naming the line; the text after it is read as usual.
struct HTMLReader: DocumentReader {
    var format: DocumentFormat { .html }
    var fileExtensions: [String] { ["html", "htm", "xhtml"] }
    var isText: Bool { false }

    func recognises(_ head: Data) -> Bool {
        let text = String(decoding: head, as: UTF8.self).drop { $0.isWhitespace || $0 == "\u{FEFF}" }.lowercased()
        return ["<!doctype html", "<html", "<head", "<body"].contains(where: text.hasPrefix)
    }

    func read(_ data: Data, path: String, limits: InputLimits) throws -> DocumentText {
        let (blocks, warnings) = try blocks(of: data, path: path)
        return DocumentText(blocks: blocks, warnings: warnings)
    }

    func blocks(of data: Data, path: String) throws -> (blocks: [DocumentBlock], warnings: [Diagnostic]) {
        if let (line, column) = HTMLAttributeScanner.firstOverlongTag(in: data, limit: InputLimits.htmlAttributes) {
            throw Diagnostic(.documentTooLarge, at: SourceLocation(file: path, line: line, column: column),
                             "an element has more than \(InputLimits.htmlAttributes.grouped) attributes; refusing to parse it")
        }
        // HUGE lifts libxml2's own depth limit of 256, which ends the parse and loses every line
        // after a deep nest; depth is bounded by the walker instead.
        let htmlOptions: UInt32 = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOBLANKS.rawValue
        let options = Int32(htmlOptions | XML_PARSE_HUGE.rawValue)
        let parsed = data.withUnsafeBytes { buffer in
            htmlReadMemory(buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), nil, "UTF-8", options)
        }
        guard let document = parsed else {
            throw Diagnostic(.damagedDocument, at: .start(of: path), "cannot be read as HTML")
        }
        defer { xmlFreeDoc(document) }
        var walker = HTMLWalker()
        if let root = xmlDocGetRootElement(document) { walker.visit(root, depth: 0) }
        walker.flush()
        let warnings = walker.droppedAtLine.map { line in
            [Diagnostic(.nestingTooDeep, at: SourceLocation(file: path, line: line),
                        "elements nest deeper than \(InputLimits.htmlDepth) levels here; the text inside them is not read", severity: .warning)]
        } ?? []
        return (walker.blocks, warnings)
    }
}

/// Walks libxml2's tree, gathering inline text into located lines and cutting blocks at block elements.
private struct HTMLWalker {
    private static let invisible: Set<String> = ["script", "style", "noscript", "template", "head", "svg", "iframe",
                                                 "object", "canvas", "select", "option", "button", "input", "textarea", "map"]
    private static let blockElements: Set<String> = [
        "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "blockquote", "pre", "ul", "ol",
        "dl", "dt", "dd", "figure", "figcaption", "address", "hr", "form", "fieldset", "details", "summary", "caption",
        "table", "thead", "tbody", "tfoot", "body", "html", "br",
    ]

    var blocks: [DocumentBlock] = []
    /// The line of the first element too deep to read, if any.
    private(set) var droppedAtLine: Int?
    private var lines: [TextLine] = []
    private var tableHeader: [String]?

    mutating func visit(_ node: UnsafeMutablePointer<xmlNode>, depth: Int) {
        guard depth <= InputLimits.htmlDepth else {
            droppedAtLine = droppedAtLine ?? Int(xmlGetLineNo(node))
            return
        }
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            append(text: node.pointee.content.map { String(cString: $0) } ?? "", endLine: Int(xmlGetLineNo(node)))
        case XML_ELEMENT_NODE:
            let name = Self.name(of: node)
            guard !Self.invisible.contains(name), !Self.isHidden(node) else { return }
            switch name {
            case "h1", "h2", "h3", "h4", "h5", "h6":
                flush()
                let title = Self.textContent(of: node, depth: depth)
                if !title.isEmpty { blocks.append(.heading(TextLine(title, line: Int(xmlGetLineNo(node))))) }
            case "li":
                flush()
                visitChildren(of: node, depth: depth)
                flush(asListItem: true)
            case "tr":
                flush()
                row(node, depth: depth)
            case "table":
                flush()
                let outer = tableHeader
                tableHeader = nil
                visitChildren(of: node, depth: depth)
                tableHeader = outer
            default:
                let isBlock = Self.blockElements.contains(name)
                if isBlock { flush() }
                visitChildren(of: node, depth: depth)
                if isBlock { flush() }
            }
        default:
            return
        }
    }

    private mutating func visitChildren(of node: UnsafeMutablePointer<xmlNode>, depth: Int) {
        var child = node.pointee.children
        while let current = child {
            visit(current, depth: depth + 1)
            child = current.pointee.next
        }
    }

    private mutating func row(_ node: UnsafeMutablePointer<xmlNode>, depth: Int) {
        var cells: [String] = []
        var allHeaderCells = true
        var child = node.pointee.children
        while let cell = child {
            child = cell.pointee.next
            guard cell.pointee.type == XML_ELEMENT_NODE else { continue }
            let name = Self.name(of: cell)
            guard name == "td" || name == "th", !Self.isHidden(cell) else { continue }
            allHeaderCells = allHeaderCells && name == "th"
            cells.append(Self.textContent(of: cell, depth: depth + 1))
        }
        guard cells.contains(where: { !$0.isEmpty }) else { return }
        let inHead = node.pointee.parent.map { Self.name(of: $0) == "thead" } ?? false
        if allHeaderCells || inHead {
            tableHeader = cells
        } else {
            blocks.append(.tableRow(cells: cells, header: tableHeader, at: TextLine("", line: Int(xmlGetLineNo(node)))))
        }
    }

    /// libxml2 records a text node at the line where it ends; each of its lines is placed from there.
    private mutating func append(text: String, endLine: Int) {
        let pieces = LineBreaks.lines(of: text)
        let firstLine = endLine - (pieces.count - 1)
        for (offset, piece) in pieces.enumerated() {
            let line = firstLine + offset
            let collapsed = piece.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let spaced = (piece.first?.isWhitespace == true ? " " : "") + collapsed
                + (piece.last?.isWhitespace == true && !collapsed.isEmpty ? " " : "")
            if let last = lines.last, last.line == line {
                lines[lines.count - 1].text += spaced
            } else if !spaced.trimmingWhitespace().isEmpty {
                lines.append(TextLine(spaced, line: line))
            }
        }
    }

    mutating func flush(asListItem: Bool = false) {
        let cleaned = lines.map { TextLine($0.text.trimmingWhitespace(), line: $0.line) }.filter { !$0.text.isEmpty }
        lines = []
        guard !cleaned.isEmpty else { return }
        blocks.append(asListItem ? .listItem(cleaned) : .paragraph(cleaned))
    }

    private static func name(of node: UnsafeMutablePointer<xmlNode>) -> String {
        node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
    }

    /// Read from the node's own attribute list: nothing is allocated, so nothing needs freeing.
    private static func attribute(_ name: String, of node: UnsafeMutablePointer<xmlNode>) -> String? {
        var property = node.pointee.properties
        while let current = property {
            if let key = current.pointee.name, String(cString: key).lowercased() == name {
                return current.pointee.children?.pointee.content.map { String(cString: $0) } ?? ""
            }
            property = current.pointee.next
        }
        return nil
    }

    /// `hidden`, `aria-hidden="true"` or an inline `display: none` / `visibility: hidden`.
    private static func isHidden(_ node: UnsafeMutablePointer<xmlNode>) -> Bool {
        if attribute("hidden", of: node) != nil || attribute("aria-hidden", of: node) == "true" { return true }
        let style = (attribute("style", of: node) ?? "").lowercased().filter { !$0.isWhitespace }
        return style.contains("display:none") || style.contains("visibility:hidden")
    }

    /// The visible text under a node, whitespace collapsed.
    private static func textContent(of node: UnsafeMutablePointer<xmlNode>, depth: Int) -> String {
        var parts: [String] = []
        func walk(_ current: UnsafeMutablePointer<xmlNode>, depth: Int) {
            guard depth <= InputLimits.htmlDepth else { return }
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                parts.append(current.pointee.content.map { String(cString: $0) } ?? "")
            case XML_ELEMENT_NODE:
                guard !invisible.contains(name(of: current)), !isHidden(current) else { return }
                if name(of: current) == "br" { parts.append(" ") }
                var child = current.pointee.children
                while let next = child {
                    walk(next, depth: depth + 1)
                    child = next.pointee.next
                }
            default:
                break
            }
        }
        walk(node, depth: depth)
        return parts.joined().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
