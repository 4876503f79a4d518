internal import Plot

/// The RFP in the HTML report: the ranking with price, the bids excluded and why, each bid's
/// cost line by line with its quote or assumption, and how robust the leader is.
struct RFPSections {
    var evaluation: RFPEvaluation

    var node: Node<HTML.BodyContext> {
        let rfp = evaluation.rfp
        return .group(
            .section(.id("rfp-ranking"),
                .h2("Ranking under the RFP"),
                .p(.class("note"), .literal(ReviewWords.priceRule(evaluation))),
                .div(.class("scroll"), .table(
                    .thead(.tr(.forEach(Array(ReviewWords.rankingHeaders(evaluation).enumerated())) { index, header in
                        index == 1 ? .th(.literal(header)) : .th(.class("num"), .literal(header))
                    })),
                    .tbody(.forEach(ReviewWords.rankingRows(evaluation)) { row in
                        .tr(.forEach(Array(row.enumerated())) { index, cell in
                            index == 1 ? .td(.literal(cell)) : .td(.class("num"), .literal(cell))
                        })
                    })
                )),
                .unwrap(ReviewWords.clarifications(evaluation)) { .p(.class("note"), .literal($0)) }
            ),
            .section(.id("excluded"),
                .h2("Excluded: must-haves not met (\(evaluation.excluded.count))"),
                .div(.class("scroll"), .table(
                    .thead(.tr(.th("Bid"), .th("Must-have"), .th("Why it matters"), .th("What the bid says"))),
                    .tbody(.forEach(ReviewWords.exclusions(evaluation)) { bid, mustHave, quote in
                        .tr(.td(.literal(bid)),
                            .td(.code(.literal(mustHave.check.description)), .literal(": \(mustHave.requirement)")),
                            .td(.literal(mustHave.reason)),
                            .td(.unwrap(quote, { Self.quote($0, limit: 240) }, else: .literal("not stated"))))
                    })
                ))
            ),
            .if(!evaluation.priceSealed, .section(.id("costs"),
                .h2("Cost over \(rfp.horizonMonths) months for \(rfp.seats) seats"),
                .div(.class("scroll"), CostChart(bids: evaluation.ranked + evaluation.excluded, rfp: rfp).node),
                .forEach(evaluation.ranked + evaluation.excluded) { bid in
                    .unwrap(bid.cost) { cost in
                        .div(.class("cost"),
                            .h3(.literal(ReviewWords.costHeading(bid, cost))),
                            .ul(.forEach(cost.lines) { line in
                                .li(.literal("\(line.label): \(ReviewWords.money(line.amount))"),
                                    .if(line.assumption != nil, .span(.class("note"), .literal(" — assumption: \(line.assumption ?? "")"))),
                                    .unwrap(line.source) { Self.quote($0, limit: 200) })
                            })
                        )
                    }
                }
            )),
            .unwrap(evaluation.sensitivity) { sensitivity in
                .section(.id("sensitivity"),
                    .h2("How robust the ranking is"),
                    .ul(.forEach(sensitivity.sentences) { .li(.literal($0)) }),
                    .p(.class("note"), .literal(ReviewWords.leaveOneOut(sensitivity)))
                )
            }
        )
    }

    private static func quote(_ evidence: Evidence, limit: Int) -> Node<HTML.BodyContext> {
        .blockquote(.element(named: "bdi", literal: "“\(Quote.trimmed(evidence.text, limit: limit))” "), .element(named: "cite", literal: evidence.citationInWords))
    }
}
