/// The report's only styling, inlined so the file stands alone: readable on a phone, clean on paper.
enum ReportStylesheet {
    /// Okabe–Ito: distinguishable with every common form of colour blindness.
    static let palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]

    static let css = """
    :root { --ink: #1b1f23; --muted: #57606a; --line: #d0d7de; --pass: #00734d; --fail: #b3261e; --partial: #8a5a00; --soft: #f6f8fa; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 15px/1.5 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
    main { max-width: 1040px; margin: 0 auto; padding: 24px 16px 48px; }
    h1 { font-size: 1.7em; margin: 0 0 4px; }
    h2 { font-size: 1.3em; margin: 36px 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
    h3 { font-size: 1.1em; margin: 24px 0 8px; }
    .sub, .note, cite, .muted { color: var(--muted); }
    cite { font-style: normal; font-size: .85em; white-space: nowrap; }
    .verdict { font-size: 1.15em; background: var(--soft); border-left: 4px solid var(--pass); padding: 12px 16px; }
    .scroll { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; margin: 8px 0; }
    th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
    th { background: var(--soft); font-weight: 600; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    .badge { display: inline-block; font-size: .78em; padding: 1px 6px; border-radius: 8px; background: #fff4d6; color: #6b4700; border: 1px solid #e9c46a; }
    .bar { display: inline-block; height: 10px; background: #0072B2; border-radius: 2px; vertical-align: middle; }
    .pass { color: var(--pass); } .fail { color: var(--fail); } .partial { color: var(--partial); } .unknown { color: var(--muted); }
    .matrix td { text-align: center; white-space: nowrap; } .matrix td:first-child { text-align: left; white-space: normal; }
    blockquote { margin: 4px 0 10px; padding: 4px 12px; border-left: 3px solid var(--line); color: #32383f; }
    ul.findings { padding-left: 18px; } ul.findings li { margin: 6px 0; }
    p.ask { margin: 2px 0 8px; padding: 4px 12px; border-left: 3px solid #2f7d4f; background: #f3f8f4; }
    .bid { border-top: 1px solid var(--line); padding-top: 4px; }
    svg { height: auto; }
    svg text { font-family: inherit; }
    @media (max-width: 600px) { body { font-size: 14px; } main { padding: 16px 10px; } th, td { padding: 4px; } .barcol { display: none; } }
    @media print {
      body { font-size: 10.5pt; } main { max-width: none; padding: 0; } svg { max-width: 100%; }
      h2 { break-after: avoid; } section, .bid, tr, blockquote { break-inside: avoid; }
      .scroll { overflow: visible; } a { color: inherit; text-decoration: none; }
    }
    """
}
