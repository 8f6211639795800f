import SECCost

/// One self-contained HTML page (inline CSS and SVG; no scripts, no fonts or images fetched): the
/// RID cost section's text and tables, a chart of the DCC costs by phase, and with a baseline the
/// variance, readable on screen and printable on A4.
public enum HTMLReport {
  /// The page as text, with a risk chart for each section that `risks` gives a run with ranges
  /// for: the risk of each section in order, as ``CostReport/sectionRisks(_:)`` computes it (the
  /// renderer simulates nothing; with fewer risks than sections, the rest get no chart).
  ///
  /// In the `rid` style (``ReportStyle``) the page holds what the RID prints: the text, the table
  /// without totals, the footnotes; no charts, summary tables or notes on the ledger (`risks` is
  /// not used).
  public static func render(
    _ report: CostReport, risks: [RiskReport], style: ReportStyle = .panel
  ) -> String {
    var body = "<header><h1>\(e(report.title))</h1>"
    body +=
      "<p class=\"source\">From the ledger <code>\(e(report.name))</code>: the release's cost"
      + " section as its Release Implementation Document (RID) prints it, with charts drawn by"
      + " seccost.</p></header>\n"
    if report.sections.isEmpty { body += "<p>The ledger has no lines.</p>\n" }
    for (index, section) in report.sections.enumerated() {
      body += render(
        section, index: index + 1, titled: report.sections.count > 1, style: style)
    }
    for (index, (section, risk)) in zip(report.sections, style == .panel ? risks : []).enumerated()
    {
      body += riskChart(section, risk: risk, index: index + 1, titled: report.sections.count > 1)
    }
    if let variance = report.variance { body += render(variance) }
    if style == .panel { body += remarks(report) }
    return "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
      + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      + "<title>\(e(report.title))</title>\n<style>\n\(HTMLStyle.css)\n</style>\n</head>\n"
      + "<body>\n<main>\n\(body)</main>\n</body>\n</html>\n"
  }

  private static func e(_ text: String) -> String { XMLText.escaped(text) }

  /// A figure in RID notation, escaped, with no line break inside `+ 2 TBC` or `2 × TBC` (a cell
  /// may wrap only around "to").
  private static func n(_ text: String) -> String {
    XMLText.escaped(text).replacing(" TBC", with: "&nbsp;TBC").replacing("+ ", with: "+&nbsp;")
      .replacing(" ×", with: "&nbsp;×")
  }

  /// A footnote marker linking to its text.
  private static func marker(_ number: Int?, section: Int) -> String {
    guard let number else { return "" }
    return "<sup><a href=\"#fn-\(section)-\(number)\" id=\"ref-\(section)-\(number)\""
      + " aria-label=\"footnote \(number)\">\(number)</a></sup>"
  }

  /// A figure cell: italics and a hidden "(estimate)" for screen readers when it is an estimate.
  private static func figure(_ text: String, estimate: Bool) -> String {
    estimate ? "<em>\(n(text))</em><span class=\"sr\"> (estimate)</span>" : n(text)
  }

  static func render(
    _ section: CostSection, index: Int, titled: Bool, style: ReportStyle = .panel
  ) -> String {
    var html = "<section aria-labelledby=\"section-\(index)\">\n"
    let heading = titled ? section.title : CostSection.heading
    html += "<h2 id=\"section-\(index)\">\(e(heading))</h2>\n"
    html += "<p>\(e(CostSection.introduction))</p>\n"
    html +=
      "<h3>\(e(CostSection.dccHeading))</h3>\n<p>\(e(section.dccTotalSentences(style)))</p>\n"
    let breakdown = section.breakdown
    if style == .rid {
      if breakdown.hasPhasedFigures {
        html += "<p>\(e(CostSection.breakdownIntroduction))</p>\n"
        html += table(breakdown, section: index, style: style)
        html += section.paragraphsUnderTable(style).map { "<p>\(e($0))</p>\n" }.joined()
      } else {
        html += section.paragraphsWithoutTable(style).map { "<p>\(e($0))</p>\n" }.joined()
      }
    } else if !breakdown.rows.isEmpty {
      if breakdown.hasPhasedFigures {
        html += "<p>\(e(CostSection.breakdownIntroduction))</p>\n"
      }
      html += table(breakdown, section: index)
      var legend: [String] = []
      if breakdown.hasEstimates { legend.append(CostSection.italicsSentence) }
      legend.append(CostSection.totalsSentence)
      html += "<p>\(e(legend.joined(separator: " ")))</p>\n"
      if let combined = section.combinedSentence { html += "<p>\(e(combined))</p>\n" }
      html += phaseChart(section, index: index)
    }
    html += "<h3>\(e(CostSection.secasHeading))</h3>\n<p>"
    html += section.secasSentences.map { e($0.text) + marker($0.footnote, section: index) }
      .joined(separator: " ")
    html += "</p>\n"
    if style == .panel {
      if !section.secas.isEmpty { html += secasTable(section) }
      html += summaryTable(section)
    }
    if !section.footnotes.isEmpty {
      html += "<div class=\"footnotes\" role=\"note\"><strong>Footnotes</strong><ol>"
      for footnote in section.footnotes {
        html +=
          "<li id=\"fn-\(index)-\(footnote.number)\" value=\"\(footnote.number)\">"
          + "\(e(footnote.text)) <a href=\"#ref-\(index)-\(footnote.number)\""
          + " aria-label=\"back to the table\">↩</a></li>"
      }
      html += "</ol></div>\n"
    }
    return html + "</section>\n"
  }

  private static func table(
    _ breakdown: CostBreakdown, section: Int, style: ReportStyle = .panel
  ) -> String {
    let showsRowTotal = style.showsTotals && breakdown.phases.count > 1
    var html = "<table>\n<caption>\(e(CostSection.breakdownTitle))</caption>\n<thead><tr>"
    html += "<th scope=\"col\">Modification</th>"
    for phase in breakdown.phases {
      html += "<th scope=\"col\" class=\"num\">\(e(phase.label))</th>"
    }
    if showsRowTotal { html += "<th scope=\"col\" class=\"num\">Total</th>" }
    html += "</tr></thead>\n<tbody>\n"
    for row in breakdown.rows {
      html += "<tr><th scope=\"row\">\(e(row.label))"
      if !row.title.isEmpty { html += "<span class=\"title\">\(e(row.title))</span>" }
      html += "</th>"
      for phase in breakdown.phases {
        guard let cell = row.cells[phase] else {
          html += "<td class=\"num\">\(style.showsTotals ? e(row.text(for: phase)) : "")</td>"
          continue
        }
        html +=
          "<td class=\"num\">\(figure(cell.ridNotation, estimate: cell.isEstimate))"
          + "\(marker(cell.footnote, section: section))</td>"
      }
      if showsRowTotal { html += "<td class=\"num\">\(n(row.total.ridNotation))</td>" }
      html += "</tr>\n"
    }
    guard style.showsTotals else { return html + "</tbody>\n</table>\n" }
    html += "<tr class=\"total\"><th scope=\"row\">Total</th>"
    for phase in breakdown.phases {
      html += "<td class=\"num\">\(n(breakdown.phaseTotals[phase]?.ridNotation ?? ""))</td>"
    }
    if showsRowTotal { html += "<td class=\"num\">\(n(breakdown.total.ridNotation))</td>" }
    return html + "</tr>\n</tbody>\n</table>\n"
  }

  private static func secasTable(_ section: CostSection) -> String {
    var html =
      "<table>\n<caption>SECAS effort</caption>\n<thead><tr><th scope=\"col\">Activity</th>"
      + "<th scope=\"col\" class=\"num\">Days</th><th scope=\"col\" class=\"num\">Day rate</th>"
      + "<th scope=\"col\" class=\"num\">Cost</th></tr></thead>\n<tbody>\n"
    for cost in section.secas {
      let activity = cost.phase.label + (cost.modification.isEmpty ? "" : " (\(cost.modification))")
      html +=
        "<tr><th scope=\"row\">\(e(activity))</th>"
        + "<td class=\"num\">\(e(cost.effort?.days.plainDecimal ?? ""))</td>"
        + "<td class=\"num\">\(e(cost.effort?.dayRate.formatted ?? ""))</td>"
        + "<td class=\"num\">"
        + "\(figure(cost.figure.ridNotation, estimate: cost.figure.basis == .estimate))</td></tr>\n"
    }
    html +=
      "<tr class=\"total\"><th scope=\"row\">SECAS total</th><td></td><td></td>"
      + "<td class=\"num\">\(e(section.secasTotal.ridNotation))</td></tr>\n"
    return html + "</tbody>\n</table>\n"
  }

  private static func summaryTable(_ section: CostSection) -> String {
    var html =
      "<table>\n<caption>Summary: \(e(section.releaseName))</caption>\n<thead><tr>"
      + "<th scope=\"col\">Party</th><th scope=\"col\" class=\"num\">Total</th>"
      + "<th scope=\"col\" class=\"num\">Firm</th><th scope=\"col\" class=\"num\">Estimate</th>"
      + "<th scope=\"col\" class=\"num\">TBC</th><th scope=\"col\" class=\"num\">N/A</th>"
      + "</tr></thead>\n<tbody>\n"
    func row(_ label: String, _ summary: CostSummary, total: Bool = false) -> String {
      "<tr\(total ? " class=\"total\"" : "")><th scope=\"row\">\(e(label))</th>"
        + "<td class=\"num\">\(n(summary.lines == 0 ? "-" : summary.ridNotation))</td>"
        + "<td class=\"num\">\(e(summary.firm == .zero ? "-" : summary.firm.ridNotation))</td>"
        + "<td class=\"num\">\(e(summary.estimate == .zero ? "-" : summary.estimate.ridNotation))"
        + "</td><td class=\"num\">\(summary.tbc)</td>"
        + "<td class=\"num\">\(summary.notApplicable)</td></tr>\n"
    }
    html += row("DCC", section.dccTotal)
    html += row("SECAS", section.secasTotal)
    html += row("Total", section.total, total: true)
    html += "</tbody>\n</table>\n"
    if section.total.tbc > 0 {
      let costs = section.total.tbc == 1 ? "1 cost is" : "\(section.total.tbc) costs are"
      html +=
        "<p class=\"notice\">\(costs) TBC and not in the sums: the true total is at least the"
        + " amount shown.</p>\n"
    }
    return html
  }

  /// The DCC costs by phase: a bar per phase, stacked by modification.
  static func phaseChart(_ section: CostSection, index: Int) -> String {
    let breakdown = section.breakdown
    let modifications = breakdown.rows.map(\.label)
    var rows: [HorizontalBarChart.Row] = []
    for phase in breakdown.phases {
      var segments: [HorizontalBarChart.Segment] = []
      var isRange = false
      for (series, row) in breakdown.rows.enumerated() {
        guard let cell = row.cells[phase], let range = cell.figure.range else { continue }
        if range.high > range.low { isRange = true }
        let basis = cell.isEstimate ? " (estimate)" : ""
        segments.append(
          .init(
            label: row.label, amount: range.low, series: series,
            detail: "\(row.label), \(phase.label): \(cell.ridNotation)\(basis)"))
      }
      let summary = breakdown.phaseTotals[phase] ?? CostSummary()
      rows.append(
        .init(
          label: phase.label,
          bars: [
            .init(
              segments: segments, high: isRange ? summary.priced.high : nil, tbc: summary.tbc,
              value: summary.lines == 0 ? "-" : summary.ridNotation)
          ]))
    }
    let chart = HorizontalBarChart(
      id: "phases-\(index)",
      title: "DCC implementation costs by phase, \(section.releaseName)",
      description: "A bar per phase, stacked by modification ("
        + modifications.joined(separator: ", ")
        + "); whiskers span the low to high sums of estimated ranges; dashed boxes mark costs"
        + " still TBC. The figure of each phase is written beside its bar.",
      rows: rows,
      legend: modifications.enumerated().map { .init(series: $0.offset, text: $0.element) })
    return "<figure>\n\(chart.svg)\n<figcaption>DCC implementation costs by phase, stacked by"
      + " modification (the low end of ranges in the bar, the rest of the range as a whisker)."
      + " Costs still TBC are marked with a dashed box and counted in the figure, never taken as"
      + " £0.</figcaption>\n</figure>\n"
  }

  /// The risk of the release's total, `risk` (a Monte Carlo run of its lines, by default with
  /// `seccost risk`'s defaults: 100,000 PERT simulations, seed 1, independent ranges, TBC
  /// excluded), drawn as an S-curve; nothing when no figure is a range.
  static func riskChart(_ section: CostSection, risk report: RiskReport, index: Int, titled: Bool)
    -> String
  {
    guard report.total.uncertain > 0 else { return "" }
    let options = report.options
    let curve = RiskCurve(report: report, id: "risk-\(index)", releaseName: section.releaseName)
    let tbc = report.total.tbc
    var html = "<section aria-labelledby=\"risk-heading-\(index)\">\n"
    html +=
      "<h2 id=\"risk-heading-\(index)\">Risk\(titled ? ": " + e(section.releaseName) : "")</h2>\n"
    html +=
      "<p>The estimated ranges simulated together (as <code>seccost risk</code> does by default:"
      + " \(options.simulations / 1000),000 simulations, PERT ranges, independent, seed"
      + " \(options.seed)). The single-figure base estimate adds each range's midpoint;"
      + " contingency is P80 − base.\(tbc > 0 ? " \(tbc == 1 ? "1 cost is" : "\(tbc) costs are") TBC and left out: the true cost is higher." : "")</p>\n"
    html +=
      "<figure>\n\(curve.svg)\n<figcaption>\(e(curve.description))</figcaption>\n</figure>\n"
    return html + "</section>\n"
  }

  static func render(_ variance: CostReportVariance) -> String {
    render(
      variance.report, baselineLabel: variance.baselineLabel, currentLabel: variance.currentLabel)
  }

  /// The variance section of `report`, its sides named `baselineLabel` and `currentLabel`: a
  /// chart and table by modification, and the figures that changed.
  static func render(_ report: VarianceReport, baselineLabel: String, currentLabel: String)
    -> String
  {
    var html = "<section aria-labelledby=\"variance\">\n"
    html += "<h2 id=\"variance\">Changes since the baseline</h2>\n"
    html +=
      "<p>Baseline: <code>\(e(baselineLabel))</code>. Current:"
      + " <code>\(e(currentLabel))</code>. Lines are matched on release, party,"
      + " modification and phase.</p>\n"
    var rows: [HorizontalBarChart.Row] = []
    for group in report.modifications {
      func bar(_ name: String, _ summary: CostSummary, series: Int?) -> HorizontalBarChart.Bar {
        .init(
          name: name,
          segments: [
            .init(
              label: "", amount: summary.priced.low, series: series,
              detail: "\(group.label), \(name.lowercased()): \(VarianceCells.summary(summary))")
          ],
          high: summary.priced.high > summary.priced.low ? summary.priced.high : nil,
          tbc: summary.tbc, value: VarianceCells.summary(summary))
      }
      rows.append(
        .init(
          label: group.label,
          bars: [bar("Before", group.before, series: nil), bar("After", group.after, series: 0)]))
    }
    let chart = HorizontalBarChart(
      id: "variance", title: "Costs by modification: baseline and current",
      description: "Two bars per modification: the baseline (hatched) and the current figures"
        + " (solid); whiskers span ranges, dashed boxes mark costs TBC. Figures are written beside"
        + " each bar.",
      rows: rows,
      legend: [
        .init(series: nil, text: "Before: \(baselineLabel)"),
        .init(series: 0, text: "After: \(currentLabel)"),
      ])
    html +=
      "<figure>\n\(chart.svg)\n<figcaption>Baseline (hatched) and current (solid) costs of each"
      + " modification; release-level lines are SECAS effort and DCC figures without a"
      + " modification.</figcaption>\n</figure>\n"
    html +=
      "<table>\n<caption>Totals by modification</caption>\n<thead><tr>"
      + "<th scope=\"col\">Modification</th><th scope=\"col\" class=\"num\">Before</th>"
      + "<th scope=\"col\" class=\"num\">After</th><th scope=\"col\" class=\"num\">Change low</th>"
      + "<th scope=\"col\" class=\"num\">Change high</th></tr></thead>\n<tbody>\n"
    for group in report.modifications + [report.total] {
      let isTotal = group.label == "Total" && group.key.isEmpty
      html +=
        "<tr\(isTotal ? " class=\"total\"" : "")><th scope=\"row\">\(e(group.label))</th>"
        + "<td class=\"num\">\(n(VarianceCells.summary(group.before)))</td>"
        + "<td class=\"num\">\(n(VarianceCells.summary(group.after)))</td>"
        + "<td class=\"num\">\(e(VarianceCells.change(group.change.low)))</td>"
        + "<td class=\"num\">\(e(VarianceCells.change(group.change.high)))</td></tr>\n"
    }
    html += "</tbody>\n</table>\n"
    let changed = report.lines.filter { $0.status != .unchanged }
    if changed.isEmpty {
      html += "<p>No figure changed.</p>\n"
    } else {
      html +=
        "<table>\n<caption>Figures that changed</caption>\n<thead><tr>"
        + "<th scope=\"col\">Modification</th><th scope=\"col\">Phase</th>"
        + "<th scope=\"col\" class=\"num\">Before</th><th scope=\"col\" class=\"num\">After</th>"
        + "<th scope=\"col\">Status</th></tr></thead>\n<tbody>\n"
      for line in changed {
        html +=
          "<tr><th scope=\"row\">\(e(VarianceCells.modification(line.key.modification)))</th>"
          + "<td>\(e(line.key.phase.label))</td>"
          + "<td class=\"num\">\(e(VarianceCells.figure(line.before?.figure)))</td>"
          + "<td class=\"num\">\(e(VarianceCells.figure(line.after?.figure)))</td>"
          + "<td>\(e(line.status.id))</td></tr>\n"
      }
      html += "</tbody>\n</table>\n"
    }
    html += "<p>\(e(VarianceCells.statusCounts(report)))</p>\n"
    return html + "</section>\n"
  }

  private static func remarks(_ report: CostReport) -> String {
    let labelled = report.sections.count > 1
    let remarks = report.sections.flatMap { section in
      section.remarks.map { remark in
        (labelled ? "\(section.release), " : "") + "\(remark.place): \(remark.text)"
      }
    }
    let items =
      report.sections.compactMap(\.versionsNote).map { "Figures counted: \($0)." }
      + remarks
    let leftOut = report.sections.reduce(0) { $0 + $1.actualLinesLeftOut }
    guard !items.isEmpty || leftOut > 0 else { return "" }
    var html =
      "<section aria-labelledby=\"remarks\" class=\"remarks\">\n"
      + "<h2 id=\"remarks\">Notes on the ledger</h2>\n<p>These are the ledger's notes on its"
      + " figures (transcription choices, sources), not part of the RID's text.</p>\n<ul>\n"
    for item in items { html += "<li>\(e(item))</li>\n" }
    if leftOut > 0 {
      html +=
        "<li>\(leftOut) \(leftOut == 1 ? "line" : "lines") of actual spend left out: a RID's cost"
        + " section gives budgets.</li>\n"
    }
    return html + "</ul>\n</section>\n"
  }
}
