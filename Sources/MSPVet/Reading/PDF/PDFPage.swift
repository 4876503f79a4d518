/// A PDF page's text as poppler lays it out: lines in reading order, each with its vertical
/// extent and font, which is what paragraph breaks, headings and running heads are told from.
struct PDFPage: Sendable {
    struct Line: Sendable {
        /// 1-based, counting every text line of the page from the top, as a reader would.
        var number: Int
        var text: String
        var top: Double
        var bottom: Double
        var fontSize: Double
        var bold: Bool
        /// The line cut where the gap between characters is wider than a space can be (about an em):
        /// the cells of a table row. One element for ordinary text.
        var cells: [String]

        var height: Double { bottom - top }
    }

    var number: Int
    var lines: [Line]
}
