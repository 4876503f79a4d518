internal import Plot

/// Each bid's total over the RFP's horizon as a bar, with the budget cap and floor as lines, so a
/// reader sees both the ranking on price and the absolute scale it was scored on. Every bar has
/// a title and its figure beside it.
struct CostChart {
    var bids: [RFPEvaluation.Bid]
    var rfp: RFP

    private let labelWidth = 240.0
    private let plotWidth = 460.0
    private let rowHeight = 28.0

    var node: Node<HTML.BodyContext> {
        let costed = bids.compactMap { bid in bid.cost.map { (bid.proposal.name, $0.total) } }
        let top = max(rfp.budgetCap * 1.1, costed.map(\.1).max() ?? 0)
        let scale = plotWidth / top
        let height = 30 + rowHeight * Double(costed.count) + 8
        var nodes: [Node<HTML.BodyContext>] = [
            .element(named: "title", nodes: [.attribute(named: "id", value: "cost-title"), .literal("Total cost over \(rfp.horizonMonths) months, with the budget cap and floor")]),
            .element(named: "desc", nodes: [.attribute(named: "id", value: "cost-desc"),
                                            .literal(costed.map { "\($0.0): \(ReviewWords.money($0.1))" }.joined(separator: "; "))]),
        ]
        for (label, amount) in [("floor", rfp.priceFloor), ("cap", rfp.budgetCap)] {
            let x = labelWidth + amount * scale
            nodes.append(.element(named: "line", nodes: [
                .attribute(named: "x1", value: x.compact), .attribute(named: "x2", value: x.compact),
                .attribute(named: "y1", value: "18"), .attribute(named: "y2", value: (height - 4).compact),
                .attribute(named: "stroke", value: "#24292f"), .attribute(named: "stroke-dasharray", value: "4 3"),
            ]))
            nodes.append(.element(named: "text", nodes: [.attribute(named: "x", value: (x - 30).compact), .attribute(named: "y", value: "13"),
                                                          .attribute(named: "font-size", value: "11"), .literal("\(label) \(ReviewWords.money(amount))")]))
        }
        for (index, (name, total)) in costed.enumerated() {
            let y = 24 + rowHeight * Double(index)
            nodes.append(.element(named: "text", nodes: [.attribute(named: "x", value: "0"), .attribute(named: "y", value: (y + 14).compact),
                                                          .attribute(named: "font-size", value: "13"), .literal(name)]))
            nodes.append(.element(named: "rect", nodes: [
                .attribute(named: "x", value: labelWidth.compact), .attribute(named: "y", value: (y + 2).compact),
                .attribute(named: "width", value: max(1, total * scale).compact), .attribute(named: "height", value: "16"),
                .attribute(named: "fill", value: total > rfp.budgetCap ? "#D55E00" : "#0072B2"),
                .element(named: "title", nodes: [.literal("\(name): \(ReviewWords.money(total))")]),
            ]))
            nodes.append(.element(named: "text", nodes: [.attribute(named: "x", value: (labelWidth + plotWidth + 8).compact),
                                                          .attribute(named: "y", value: (y + 14).compact), .attribute(named: "font-size", value: "12"),
                                                          .literal(ReviewWords.money(total))]))
        }
        return .element(named: "svg", nodes: [
            .attribute(named: "viewBox", value: "0 0 \((labelWidth + plotWidth + 110).compact) \(height.compact)"),
            .attribute(named: "width", value: (labelWidth + plotWidth + 110).compact),
            .attribute(named: "role", value: "img"),
            .attribute(named: "aria-labelledby", value: "cost-title cost-desc"),
        ] + nodes)
    }
}
