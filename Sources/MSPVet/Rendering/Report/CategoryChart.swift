internal import Plot

/// The category scores of every bid as one SVG: a row per bid, a column per category, each cell a
/// bar with its score written beside it. Colour marks the category (Okabe–Ito), but every value is
/// also text, every bar has a title, and the chart has a title and description for screen readers.
struct CategoryChart {
    var proposals: [ProposalScore]
    var criteria: CriteriaSet

    private var categories: [Category] { criteria.categories }

    private let labelWidth = 230.0
    private let columnWidth = 104.0
    private let rowHeight = 34.0
    private let headerHeight = 50.0

    var node: Node<HTML.BodyContext> {
        let width = labelWidth + columnWidth * Double(categories.count) + 8
        let height = headerHeight + rowHeight * Double(proposals.count) + 8
        let description = proposals.map { proposal in
            "\(proposal.name): " + proposal.categories.map { "\($0.id) \(percent($0.score))" }.joined(separator: ", ")
        }.joined(separator: "; ")
        var nodes: [Node<HTML.BodyContext>] = [
            .element(named: "title", nodes: [.attribute(named: "id", value: "chart-title"), .literal("Category scores by bid, 0 to 100")]),
            .element(named: "desc", nodes: [.attribute(named: "id", value: "chart-desc"), .literal(description)]),
        ]
        for (column, category) in categories.enumerated() {
            let x = labelWidth + columnWidth * Double(column)
            // A long title takes two lines rather than running into the next column.
            let lines = Self.wrap(category.title, width: 15)
            for (index, line) in lines.enumerated() {
                nodes.append(text(line, x: x, y: 28 - 13 * Double(lines.count - 1 - index), attributes: [("font-weight", "600"), ("font-size", "12")]))
            }
            nodes.append(text("weight \((criteria.categoryShares[category.id] ?? 0).percent)", x: x, y: 42,
                              attributes: [("font-size", "10"), ("fill", "#57606a")]))
        }
        for (row, proposal) in proposals.enumerated() {
            let y = headerHeight + rowHeight * Double(row)
            let name = "\(proposal.rank). \(proposal.name)" + (proposal.lowEvidence ? " (low evidence)" : "")
            nodes.append(text(name, x: 0, y: y + 21, attributes: [("font-size", "13")]))
            for (column, category) in categories.enumerated() {
                let score = proposal.categories.first { $0.id == category.id }?.score ?? 0
                let x = labelWidth + columnWidth * Double(column)
                let barWidth = max(1, (columnWidth - 40) * score)
                let colour = ReportStylesheet.palette[column % ReportStylesheet.palette.count]
                nodes.append(.element(named: "rect", nodes: [
                    .attribute(named: "x", value: format(x)), .attribute(named: "y", value: format(y + 8)),
                    .attribute(named: "width", value: format(barWidth)), .attribute(named: "height", value: "16"),
                    .attribute(named: "fill", value: colour),
                    .element(named: "title", nodes: [.literal("\(proposal.name), \(category.title): \(percent(score))")]),
                ]))
                nodes.append(text(percent(score), x: x + barWidth + 4, y: y + 21, attributes: [("font-size", "12")]))
            }
        }
        return .element(named: "svg", nodes: [
            .attribute(named: "viewBox", value: "0 0 \(format(width)) \(format(height))"),
            .attribute(named: "width", value: format(width)),
            .attribute(named: "role", value: "img"),
            .attribute(named: "aria-labelledby", value: "chart-title chart-desc"),
        ] + nodes)
    }

    /// Splits at the space nearest the middle when the title is longer than `width` characters.
    static func wrap(_ title: String, width: Int) -> [String] {
        guard title.count > width else { return [title] }
        let middle = title.count / 2
        let spaces = title.indices.filter { title[$0] == " " }
        guard let split = spaces.min(by: { abs(title.distance(from: title.startIndex, to: $0) - middle) < abs(title.distance(from: title.startIndex, to: $1) - middle) }) else {
            return [title]
        }
        return [String(title[..<split]), String(title[title.index(after: split)...])]
    }

    private func text(_ content: String, x: Double, y: Double, attributes: [(String, String)]) -> Node<HTML.BodyContext> {
        .element(named: "text", nodes: [.attribute(named: "x", value: format(x)), .attribute(named: "y", value: format(y))]
                 + attributes.map { .attribute(named: $0.0, value: $0.1) } + [.literal(content)])
    }

    private func percent(_ score: Double) -> String { String(Int((score * 100).rounded())) }

    private func format(_ value: Double) -> String { value.compact }
}
