internal import Plot

/// Each priority's 90th-percentile and median times against its target, as one SVG: a row per
/// priority and measure, scaled so the target always sits on the same dashed line; a bar past
/// the line is a p90 over target. Every figure is also text, and the chart has a title and
/// description for screen readers.
struct ServiceLevelChart {
    var report: SLAReport

    private let labelWidth = 200.0
    private let plotWidth = 420.0
    private let rowHeight = 30.0
    /// Where the target falls, as a share of the plot: times up to 2.5 × the target fit.
    private let targetAt = 0.4

    private struct Row {
        var label: String
        var target: Double
        var p90: Double
        var median: Double
        var clock: SLATarget.Clock
    }

    private var rows: [Row] {
        report.targets.flatMap { target -> [Row] in
            guard let group = report.priorities.first(where: { $0.priority == target.priority }) else { return [] }
            var rows: [Row] = []
            func add(_ name: String, _ minutes: Double?, _ clock: SLATarget.Clock, _ figures: SLAReport.Figures) {
                let p90 = clock == .business ? figures.p90Business : figures.p90Calendar
                let median = clock == .business ? figures.medianBusiness : figures.medianCalendar
                guard let minutes, let p90, let median else { return }
                rows.append(Row(label: "P\(target.priority) \(name)", target: minutes, p90: p90, median: median, clock: clock))
            }
            add("response", target.responseMinutes, target.responseClock, group.response)
            add("resolution", target.resolutionMinutes, target.resolutionClock, group.resolution)
            return rows
        }
    }

    var node: Node<HTML.BodyContext> {
        let rows = self.rows
        let height = 34 + rowHeight * Double(rows.count) + 8
        let width = labelWidth + plotWidth + 150
        let line = labelWidth + plotWidth * targetAt
        let description = rows.map { "\($0.label): 90th percentile \(SLAWords.duration($0.p90)), median \(SLAWords.duration($0.median)), target \(SLAWords.duration($0.target)) \($0.clock.rawValue)" }
            .joined(separator: "; ")
        var nodes: [Node<HTML.BodyContext>] = [
            .element(named: "title", nodes: [.attribute(named: "id", value: "sla-title"), .literal("90th percentile and median time against the target, per priority")]),
            .element(named: "desc", nodes: [.attribute(named: "id", value: "sla-desc"), .literal(description)]),
            text("target", x: line - 16, y: 14, size: 11, fill: "#57606a"),
            .element(named: "line", nodes: [
                .attribute(named: "x1", value: line.compact), .attribute(named: "x2", value: line.compact),
                .attribute(named: "y1", value: "20"), .attribute(named: "y2", value: (height - 4).compact),
                .attribute(named: "stroke", value: "#24292f"), .attribute(named: "stroke-dasharray", value: "4 3"),
            ]),
        ]
        for (index, row) in rows.enumerated() {
            let y = 28 + rowHeight * Double(index)
            let scale = plotWidth * targetAt / row.target
            let over = row.p90 > row.target
            let bar = min(plotWidth, max(1, row.p90 * scale))
            nodes.append(text(row.label, x: 0, y: y + 16, size: 13, fill: nil))
            nodes.append(.element(named: "rect", nodes: [
                .attribute(named: "x", value: labelWidth.compact), .attribute(named: "y", value: (y + 4).compact),
                .attribute(named: "width", value: bar.compact), .attribute(named: "height", value: "16"),
                .attribute(named: "fill", value: over ? "#D55E00" : "#009E73"),
                .element(named: "title", nodes: [.literal("\(row.label): p90 \(SLAWords.duration(row.p90)) against \(SLAWords.duration(row.target))")]),
            ]))
            let tick = labelWidth + min(plotWidth, row.median * scale)
            nodes.append(.element(named: "line", nodes: [
                .attribute(named: "x1", value: tick.compact), .attribute(named: "x2", value: tick.compact),
                .attribute(named: "y1", value: (y + 1).compact), .attribute(named: "y2", value: (y + 23).compact),
                .attribute(named: "stroke", value: "#24292f"), .attribute(named: "stroke-width", value: "2"),
            ]))
            nodes.append(text("p90 \(SLAWords.duration(row.p90)) / \(SLAWords.duration(row.target))\(over ? " over" : "")",
                              x: labelWidth + plotWidth + 8, y: y + 16, size: 12, fill: nil))
        }
        return .element(named: "svg", nodes: [
            .attribute(named: "viewBox", value: "0 0 \(width.compact) \(height.compact)"),
            .attribute(named: "width", value: width.compact),
            .attribute(named: "role", value: "img"),
            .attribute(named: "aria-labelledby", value: "sla-title sla-desc"),
        ] + nodes)
    }

    private func text(_ content: String, x: Double, y: Double, size: Int, fill: String?) -> Node<HTML.BodyContext> {
        .element(named: "text", nodes: [.attribute(named: "x", value: x.compact), .attribute(named: "y", value: y.compact),
                                        .attribute(named: "font-size", value: String(size))]
                 + (fill.map { [.attribute(named: "fill", value: $0)] } ?? []) + [.literal(content)])
    }
}
