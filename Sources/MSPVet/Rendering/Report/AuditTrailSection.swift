internal import Plot

/// Every evaluator's override in the HTML report, oldest first: who, when, what they recorded
/// beside what mspvet read, how a disagreement was settled, why, and the file and line.
struct AuditTrailSection {
    var report: ClientReport

    var node: Node<HTML.BodyContext> {
        .section(.id("audit-trail"),
            .h2("Audit trail: evaluators' overrides (\(report.overrides.count))"),
            .p(.class("note"), .literal("Each override replaces mspvet's verdict in every score above; the bid's own words stay quoted beside it.")),
            .div(.class("scroll"), .table(
                .thead(.tr(.forEach(ReviewWords.trailHeaders) { .th(.literal($0)) })),
                .tbody(.forEach(ReviewWords.trailRows(report)) { row in
                    .tr(.forEach(row) { .td(.literal($0)) })
                })
            ))
        )
    }
}
