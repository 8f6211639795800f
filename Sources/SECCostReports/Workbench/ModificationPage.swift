import SECCost

/// The page of one modification (`/modification/{id}`): its figures across releases and
/// versions, from estimate to firm figure to actual spend, as a table (each figure with its
/// basis and its `FILE:LINE`, linking to the line on its release's page) and a small chart of its
/// total at each version.
public enum ModificationPage {
  /// The page of `history`.
  public static func render(_ history: ModificationHistory, context: WorkbenchContext) -> String {
    let e = WorkbenchHTML.e
    var body = "<h1>\(e(history.modification))</h1>\n"
    if !history.title.isEmpty {
      body += "<p data-testid=\"modification-title\">\(e(history.title))</p>\n"
    }
    body += "<section aria-labelledby=\"stages-heading\">\n"
    body += "<h2 id=\"stages-heading\">Its total at each version</h2>\n"
    body +=
      "<p>As <code>seccost totals --by modification</code> counts it over the lines up to each"
      + " version (later versions replace the figures they give; the rest carry forward).</p>\n"
    body += chart(history)
    body +=
      "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Totals at each version\">"
      + "<table data-testid=\"stages\">\n<caption>Totals of \(e(history.modification)) by version</caption>\n"
      + "<thead><tr><th scope=\"col\">Release</th><th scope=\"col\">Version</th>"
      + "<th scope=\"col\">Total</th></tr></thead>\n<tbody>\n"
    for stage in history.stages {
      body +=
        "<tr><th scope=\"row\"><a href=\"\(WorkbenchHTML.releasePath(stage.release))\">"
        + "\(e(stage.release))</a></th><td>\(e(label(stage)))</td>"
        + "<td data-testid=\"stage:\(e(stage.release)):\(e(label(stage)))\">"
        + "\(WorkbenchHTML.summary(stage.summary))</td></tr>\n"
    }
    body += "</tbody>\n</table></div>\n</section>\n"
    body += "<section aria-labelledby=\"figures-heading\">\n"
    body += "<h2 id=\"figures-heading\">Every figure</h2>\n"
    body +=
      "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Every figure\">"
      + "<table data-testid=\"modification-figures\">\n<caption>Figures of"
      + " \(e(history.modification)) in the ledgers</caption>\n<thead><tr>"
      + "<th scope=\"col\">Release</th><th scope=\"col\">Version</th><th scope=\"col\">Party</th>"
      + "<th scope=\"col\">Phase</th><th scope=\"col\">Basis</th>"
      + "<th scope=\"col\" class=\"num\">Figure</th><th scope=\"col\">Counted</th>"
      + "<th scope=\"col\">Source</th></tr></thead>\n<tbody>\n"
    for figure in history.figures {
      let line = figure.located.line
      let testID = ReleasePage.figureTestID(figure.located)
      var counted = figure.isCounted ? "yes" : "no (replaced by a later version)"
      if figure.isCoveredByCombined {
        counted += "; replaced in the release's totals by the combined Preliminary Assessment"
      }
      body +=
        "<tr\(figure.isCounted ? "" : " class=\"superseded\"")><th scope=\"row\">"
        + "\(e(line.release))</th><td>\(e(line.version))</td><td>\(e(line.party.id))</td>"
        + "<td>\(e(line.phase.label))</td><td>\(WorkbenchHTML.basis(line.figure.basis))</td>"
        + "<td class=\"num fig\" data-testid=\"figure:\(e(line.release)):\(e(testID))\">"
        + "\(WorkbenchHTML.figure(line.figure))</td><td>\(e(counted))</td>"
        + "<td>\(WorkbenchHTML.source(figure.located.origin, release: line.release))</td></tr>\n"
    }
    body += "</tbody>\n</table></div>\n</section>\n"
    return WorkbenchLayout.page(
      title: history.modification, place: .other, context: context, body: body)
  }

  /// `v0.4`, `lines with no version`, or `actual spend`.
  private static func label(_ stage: ModificationHistory.Stage) -> String {
    if stage.isActual { return "actual spend" }
    return stage.version.isEmpty ? "lines with no version" : "v\(stage.version)"
  }

  /// A bar per stage: the low sum, a whisker to the high sum, a dashed box for costs TBC or not
  /// provided, the figure beside it (the report's bar chart).
  private static func chart(_ history: ModificationHistory) -> String {
    guard !history.stages.isEmpty else { return "" }
    let rows = history.stages.map { stage -> HorizontalBarChart.Row in
      let summary = stage.summary
      let text = label(stage)
      return HorizontalBarChart.Row(
        label: "\(stage.release) \(text)",
        bars: [
          .init(
            segments: [
              .init(
                label: text, amount: summary.priced.low, series: stage.isActual ? 1 : 0,
                detail: "\(stage.release) \(text): \(summary.ridNotation)")
            ],
            high: summary.priced.high > summary.priced.low ? summary.priced.high : nil,
            tbc: summary.tbc + summary.missing, value: summary.ridNotation)
        ])
    }
    let chart = HorizontalBarChart(
      id: "modification", title: "\(history.modification): total at each version",
      description: "A bar per release and version: the low sum as the bar, a whisker to the high"
        + " sum of ranges, a dashed box where costs are TBC or not provided; the figure is written"
        + " beside each bar.",
      rows: rows,
      legend: [
        .init(series: 0, text: "Budget figures (estimate or firm)"),
        .init(series: 1, text: "Actual spend"),
      ])
    return "<figure data-testid=\"modification-chart\">\n\(chart.svg)\n<figcaption>The total of"
      + " \(WorkbenchHTML.e(history.modification)) at each version; costs TBC or not provided are"
      + " marked, never taken as £0.</figcaption>\n</figure>\n"
  }
}
