import Foundation
internal import Plot

/// The client report as one self-contained HTML file: inline CSS and SVG, no script, no fetch.
/// Plot escapes every text node and attribute, so proposal text — untrusted — can never become markup.
public struct HTMLReportRenderer: Renderer {
    public init() {}

    /// `html`, the default of `mspvet report`.
    public var format: OutputFormat { OutputFormat(name: "html", family: .report, summary: "one self-contained page with charts (needs --out)") }

    /// The report as UTF-8 HTML.
    public func render(_ report: ClientReport, options: RenderOptions) -> Data {
        Data(render(report).utf8)
    }

    /// The report as one HTML page.
    public func render(_ report: ClientReport) -> String {
        let title = (report.audit.map { "Audit of " + CalendarFile.name(of: $0.terms.file) } ?? "MSP bids")
            + (report.client.map { " for \($0.name)" } ?? "")
        let html = HTML(
            .attribute(named: "lang", value: "en"),
            .head(
                .meta(.attribute(named: "charset", value: "utf-8")),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                // Plot's .title() also writes unescaped og:/twitter: meta attributes; a plain element does not.
                .element(named: "title", literal: title),
                .style(ReportStylesheet.css)
            ),
            .body(.main(
                .header(
                    .h1(.literal(title)),
                    .p(.class("sub"), .literal(report.audit == nil
                        ? "\(report.ranking.proposals.count) bids scored against \(report.criteria.categories.count) categories by mspvet \(MSPVetVersion.current)"
                        : "One contract scored against \(report.criteria.categories.count) categories by mspvet \(MSPVetVersion.current)")),
                    .if(report.blind, .p(.class("note"), .literal(ClientReport.blindNote)))
                ),
                report.audit.map(keyDates) ?? summary(report),
                .unwrap(report.service) { serviceLevels($0) },
                .unwrap(report.rfp) { RFPSections(evaluation: $0).node },
                .if(!report.overrides.isEmpty, AuditTrailSection(report: report).node),
                chart(report),
                terms(report),
                negotiation(report),
                matrix(report),
                bids(report),
                methodology(report)
            ))
        )
        // Compact: indentation would put line breaks inside inline text.
        return html.render() + "\n"
    }

    /// An audit leads with when the client can leave and by when it must say so.
    private func keyDates(_ dates: ContractDates) -> Node<HTML.BodyContext> {
        let schedule = dates.schedule
        return .section(.id("dates"),
            .h2("Key dates"),
            .p(.class("verdict"), .literal(schedule.summary)),
            .p(.class("note"), .literal("As of \(schedule.asOf.long).")),
            .div(.class("scroll"), .table(
                .thead(.tr(.th("Term"), .th("As stated"), .th("Source"))),
                .tbody(.forEach(KeyTermRow.rows(dates.terms)) { row in
                    .tr(
                        .td(.literal(row.label)),
                        .td(.literal(row.value), .if(row.note != nil, .span(.class("note"), .literal(" (\(row.note ?? ""))")))),
                        .td(.unwrap(row.source) { source in
                            .blockquote(.element(named: "bdi", literal: "“\(source.text)” "), .element(named: "cite", literal: source.citationInWords))
                        })
                    )
                })
            )),
            .if(!schedule.terms.isEmpty, .div(.class("scroll"), .table(
                .thead(.tr(.th("Term"), .th("From"), .th("To"))),
                .tbody(.forEach(schedule.terms) { term in
                    .tr(.td(.literal(term.name + (term == schedule.current ? " (now)" : ""))), .td(.literal(term.start.words)), .td(.literal(term.end.words)))
                })
            )))
        )
    }

    /// What the tickets say of the service, beside what the contract promised.
    private func serviceLevels(_ service: ServiceLevels) -> Node<HTML.BodyContext> {
        let report = service.report
        let tickets = report.total
        return .section(.id("service-levels"),
            .h2("Service levels, recomputed from tickets"),
            .p(.class("note"), .literal("\(tickets) tickets from \(service.sources.map { CalendarFile.name(of: $0.path) + " (" + $0.preset + ")" }.joined(separator: ", ")); \(report.excluded) excluded, \(report.unresolved) open. Calendar: \(SLAWords.calendar(service.calendar)). Medians and 90th percentiles are nearest-rank.")),
            .if(!report.targets.isEmpty, .div(.class("scroll"), ServiceLevelChart(report: report).node)),
            .div(.class("scroll"), .table(
                .thead(.tr(.th("Priority"), .th("Target"), .th(.class("num"), .literal("Tickets")), .th("Response in target"), .th("Response median / p90"),
                           .th("Resolution in target"), .th("Resolution median / p90"))),
                .tbody(.forEach(report.priorities) { group in
                    let target = report.targets.first { $0.priority == group.priority }
                    let clock = (target?.responseClock ?? .calendar, target?.resolutionClock ?? .calendar)
                    return .tr(
                        .td(.literal(SLAWords.priority(group.priority))),
                        .td(.literal(target.map { "\(SLAWords.target($0.responseMinutes, $0.responseClock)) / \(SLAWords.target($0.resolutionMinutes, $0.resolutionClock))" } ?? "none")),
                        .td(.class("num"), .literal("\(group.tickets)")),
                        .td(.literal(SLAWords.share(group.response))),
                        .td(.literal(Self.spread(group.response, clock.0))),
                        .td(.literal(SLAWords.share(group.resolution))),
                        .td(.literal(Self.spread(group.resolution, clock.1)))
                    )
                })
            )),
            .h3(.literal("Where the vendor's own flags disagree (\(report.disagreementCount))")),
            .ul(.forEach(report.disagreements.prefix(50)) { disagreement in
                .li(.literal("\(SLAWords.id(disagreement.ticket.ticket.id)) \(SLAWords.priority(disagreement.ticket.ticket.priority)) \(disagreement.measure): the vendor says \(disagreement.vendorMet ? "met" : "missed"), recomputed \(disagreement.recomputedMet ? "met" : "missed")"))
            })
        )
    }

    private static func spread(_ figures: SLAReport.Figures, _ clock: SLATarget.Clock) -> String {
        clock == .business
            ? "\(SLAWords.duration(figures.medianBusiness)) / \(SLAWords.duration(figures.p90Business)) business"
            : "\(SLAWords.duration(figures.medianCalendar)) / \(SLAWords.duration(figures.p90Calendar))"
    }

    private func summary(_ report: ClientReport) -> Node<HTML.BodyContext> {
        let verdict: Node<HTML.BodyContext>
        if let winner = report.winner {
            verdict = .p(.class("verdict"), .literal("Leading bid: "), .strong(.literal(winner.name)),
                         .literal(" with \(winner.score.oneDecimal)/100\(report.marginClause())."))
        } else {
            verdict = .p(.class("verdict"), .literal(ClientReport.noLeader))
        }
        let lowEvidence = report.ranking.proposals.filter(\.lowEvidence)
        return .section(.id("summary"),
            .h2("Summary"),
            verdict,
            .div(.class("scroll"), .table(
                .thead(.tr(.th("Rank"), .th("Bid"), .th(.class("num"), .literal("Total")), .th(.class("barcol"), .literal("Score")), .th(.class("num"), .literal("Coverage")))),
                .tbody(.forEach(report.ranking.proposals) { proposal in
                    .tr(
                        .td(.class("num"), .literal("\(proposal.rank)")),
                        .td(.literal(proposal.name), .if(proposal.lowEvidence, .group(.literal(" "), .span(.class("badge"), .literal("low evidence"))))),
                        .td(.class("num"), .literal(proposal.score.oneDecimal)),
                        .td(.class("barcol"), .span(.class("bar"), .style("width: \(Int(proposal.score.rounded()) * 2)px"), .attribute(named: "aria-hidden", value: "true"))),
                        .td(.class("num"), .literal(proposal.coverage.percent))
                    )
                })
            )),
            .if(!lowEvidence.isEmpty, .p(.class("note"), .literal(
                "Low evidence: \(lowEvidence.map(\.name).joined(separator: ", ")) addressed less than \(report.ranking.policy.minimumCoverage.percent) of what the criteria weigh, so \(lowEvidence.count == 1 ? "it is" : "they are") ranked last whatever \(lowEvidence.count == 1 ? "its score" : "their scores").")))
        )
    }

    private func chart(_ report: ClientReport) -> Node<HTML.BodyContext> {
        .section(.id("categories"),
            .h2("Category scores"),
            .div(.class("scroll"), CategoryChart(proposals: report.ranking.proposals, criteria: report.criteria).node)
        )
    }

    private func terms(_ report: ClientReport) -> Node<HTML.BodyContext> {
        .section(.id("terms"),
            .h2("Terms side by side"),
            .div(.class("scroll"), .table(
                .thead(.tr(.th("Term"), .forEach(report.ranking.proposals) { .th(.literal($0.name)) })),
                .tbody(.forEach(report.terms) { row in
                    .tr(.th(.literal(row.label)), .forEach(row.values) { value in
                        .td(.class(value.value == nil ? "unknown" : value.outcome.rawValue),
                            .literal(row.unit.format(value.value)))
                    })
                })
            ))
        )
    }

    private func negotiation(_ report: ClientReport) -> Node<HTML.BodyContext> {
        .section(.id("negotiate"),
            .h2("What to negotiate"),
            .p(.class("note"), .literal(report.negotiationNote)),
            .forEach(report.negotiations) { negotiation in
                .group(
                    .h3(.literal("\(negotiation.bid.rank). \(negotiation.bid.name)")),
                    negotiation.items.isEmpty
                        ? .p(.literal(report.nothingToNegotiate))
                        : .ul(.class("findings"), .forEach(negotiation.items) { item in
                            .li(.strong(.literal(report.label(of: item))), .literal(" (\(ClientReport.mark(item.outcome).word))"),
                                quote(item), item.openAsk == nil ? .literal(report.ask(for: item))
                                    : .p(.class("ask"), .strong(.literal(ClientReport.askLead)), .literal(item.openAsk ?? "")))
                        }),
                    .if(!negotiation.unstated.isEmpty, .p(.strong(.literal(ClientReport.unstatedLead)),
                        .literal(negotiation.unstated.map(report.label).joined(separator: "; ") + ".")))
                )
            }
        )
    }

    private func matrix(_ report: ClientReport) -> Node<HTML.BodyContext> {
        .section(.id("matrix"),
            .h2("Every check, every bid"),
            .p(.class("note"), .literal("✓ pass · ◐ partial · ✗ fail · ? not addressed; values are the figures read (months, days, dollars, minutes)\(report.overrides.isEmpty ? "" : "; * overridden by evaluators (see the audit trail)").")),
            .div(.class("scroll"), .table(.class("matrix"),
                .thead(.tr(.th("Check"), .forEach(report.ranking.proposals) { .th(.literal($0.name)) })),
                .tbody(.forEach(report.criteria.categories) { category in
                    .group(
                        .tr(.th(.attribute(named: "colspan", value: "\(report.ranking.proposals.count + 1)"),
                                .literal("\(category.title) — \((report.criteria.categoryShares[category.id] ?? 0).percent) of the total"))),
                        .forEach(category.checks) { check in
                            .tr(.td(.literal(check.title)), .forEach(report.ranking.proposals) { proposal in
                                cell(proposal.result(for: check.id))
                            })
                        }
                    )
                })
            ))
        )
    }

    private func cell(_ result: CheckResult?) -> Node<HTML.TableRowContext> {
        let outcome = result?.outcome ?? .unknown
        let mark = ClientReport.mark(outcome)
        let value = result?.value.map { " \($0.compact)" } ?? ""
        // An overridden verdict is starred, and its title says so.
        let overridden = result?.override != nil
        return .td(.class(outcome.rawValue), .escapedAttribute(named: "title", value: mark.word + (overridden ? ", overridden by evaluators" : "")),
                   .literal(mark.symbol + value + (overridden ? " *" : "")))
    }

    private func bids(_ report: ClientReport) -> Node<HTML.BodyContext> {
        .section(.id("bids"),
            .h2("Each bid"),
            .forEach(report.ranking.proposals) { proposal in
                let highlights = Highlights(proposal)
                return .div(.class("bid"),
                    .h3(.literal("\(proposal.rank). \(proposal.name) — \(proposal.score.oneDecimal)/100"),
                        .if(proposal.lowEvidence, .group(.literal(" "), .span(.class("badge"), .literal("low evidence"))))),
                    .p(.class("muted"), .literal("\(proposal.file) · coverage \(proposal.coverage.percent)")),
                    findings("Overridden by evaluators", highlights.overridden),
                    findings("Strengths", highlights.strengths),
                    findings("Red flags ruled out", highlights.ruledOut),
                    findings("Red flags", highlights.redFlags),
                    findings("Partly addressed", highlights.partial),
                    .if(!highlights.unaddressed.isEmpty, .p(.strong("Not addressed: "),
                        .literal(highlights.unaddressed.map(\.title).joined(separator: "; ") + ".")))
                )
            }
        )
    }

    private func findings(_ title: String, _ results: [CheckResult]) -> Node<HTML.BodyContext> {
        .if(!results.isEmpty, .group(
            .h4(.literal(title)),
            .ul(.class("findings"), .forEach(results) { result in
                .li(.span(.class(result.outcome.rawValue), .literal(ClientReport.mark(result.outcome).symbol + " ")),
                    .strong(.literal(result.title)), .literal(result.value.map { " (\($0.compact))" } ?? ""),
                    .if(result.override != nil, .group(.literal(" "), .span(.class("badge"), .literal("overridden")))),
                    quote(result),
                    .unwrap(result.override) { .p(.class("note"), .literal(ReviewWords.overrideNote($0))) })
            })
        ))
    }

    private func quote(_ result: CheckResult) -> Node<HTML.BodyContext> {
        guard let evidence = result.decidingEvidence else { return .empty }
        // <bdi> isolates the quote's direction, so right-to-left text in it cannot reorder the
        // location cited after it.
        return .blockquote(.element(named: "bdi", literal: "“\(Quote.trimmed(evidence.text, limit: 240))” "),
                           .element(named: "cite", literal: evidence.citationInWords))
    }

    private func methodology(_ report: ClientReport) -> Node<HTML.BodyContext> {
        .section(.id("method"),
            .h2("How this was scored"),
            .p(.literal("Each check gives pass, partial, fail or not addressed, with a score from 0 to 1 (unaddressed red flags 0.5, unaddressed strengths 0). A category is the weighted mean of its checks, the total the weighted mean of categories × 100. Bids addressing less than \(report.ranking.policy.minimumCoverage.percent) of the total weight are low-evidence and ranked last.")),
            .div(.class("scroll"), .table(
                .thead(.tr(.th("Category"), .th(.class("num"), .literal("Share")), .th("Checks (share of the total)"))),
                .tbody(.forEach(report.criteria.categories) { category in
                    .tr(.td(.literal(category.title)), .td(.class("num"), .literal((report.criteria.categoryShares[category.id] ?? 0).percent)),
                        .td(.literal(category.checks.map { "\($0.title) \(((report.criteria.effectiveWeights[$0.id] ?? 0) * 100).formatted(places: 1))%" }.joined(separator: "; "))))
                })
            )),
            .if(report.client != nil, .p(.strong("Client profile: "), .literal(report.client.map { client in
                "\(client.name) — " + client.stack.keys.sorted().map { "\($0): \(client.stack[$0]!.joined(separator: ", "))" }.joined(separator: "; ")
            } ?? ""))),
            .unwrap(report.inputs) { inputs in
                .group(
                    .p(.strong("Reproduce: "), .literal("mspvet \(MSPVetVersion.current) with the inputs below (SHA-256); combined digest "),
                       .element(named: "code", literal: inputs.combined), .literal(".")),
                    .div(.class("scroll"), .table(
                        .thead(.tr(.th("Input"), .th("File"), .th("SHA-256"))),
                        .tbody(.forEach(inputs.files) { file in
                            .tr(.td(.literal(file.role)), .td(.literal(file.path)), .td(.element(named: "code", literal: file.sha256)))
                        })
                    ))
                )
            }
        )
    }
}
