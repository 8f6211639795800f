import SECCost

/// The variance page (`/variance`): a form to pick two versions (`?from=&to=`) or two files
/// (`?baseline=&current=`), and what `seccost variance` reports for them: its text, exactly,
/// and the report's chart and tables.
public enum VariancePage {
  /// The page: the forms (with `from`, `to`, `baseline` and `current` chosen), then
  /// `comparison` when one was made, or `failure` (the command's message) when it could not be.
  public static func render(
    _ comparison: VarianceComparison?, choices: VarianceChoices, from: String = "",
    to: String = "", baseline: String = "", current: String = "", failure: String? = nil,
    context: WorkbenchContext
  ) -> String {
    let e = WorkbenchHTML.e
    // Unchosen: the earliest against the latest version, the first file against the second.
    let from = from.isEmpty ? choices.versions.first ?? "" : from
    let to = to.isEmpty ? choices.versions.last ?? "" : to
    let baseline = baseline.isEmpty ? choices.files.first ?? "" : baseline
    let current = current.isEmpty && choices.files.count > 1 ? choices.files[1] : current
    var body = "<h1>Variance</h1>\n"
    body +=
      "<p>What changed between two document versions in the ledgers, or between two ledger"
      + " files, as <code>seccost variance</code> reports it.</p>\n"
    body +=
      "<form method=\"get\" action=\"/variance\" class=\"query\" data-testid=\"variance-versions\">"
      + "<fieldset><legend>Two versions</legend>"
      + select("from", "From version", choices.versions.map { ($0, "v" + $0) }, from)
      + select("to", "To version", choices.versions.map { ($0, "v" + $0) }, to)
      + "<div><button type=\"submit\">Compare versions</button></div></fieldset></form>\n"
    if choices.files.count > 1 {
      body +=
        "<form method=\"get\" action=\"/variance\" class=\"query\" data-testid=\"variance-files\">"
        + "<fieldset><legend>Two files</legend>"
        + select("baseline", "Baseline file", choices.files.map { ($0, $0) }, baseline)
        + select("current", "Current file", choices.files.map { ($0, $0) }, current)
        + "<div><button type=\"submit\">Compare files</button></div></fieldset></form>\n"
    }
    if let failure {
      body +=
        "<div class=\"alert\" role=\"alert\" data-testid=\"variance-failure\"><p>\(e(failure))</p>"
        + "</div>\n"
    }
    if let comparison {
      let heading = VarianceHeading(
        baseline: VarianceSide(
          label: comparison.baselineLabel, releases: comparison.baselineReleases),
        current: VarianceSide(label: comparison.currentLabel, releases: comparison.currentReleases),
        ignoredSpendLines: comparison.ignoredSpendLines)
      body += "<div class=\"report-body\" data-testid=\"variance-report\">\n"
      body += HTMLReport.render(
        comparison.report,
        baselineLabel: CostReportVariance.label(
          comparison.baselineLabel, comparison.baselineReleases),
        currentLabel: CostReportVariance.label(comparison.currentLabel, comparison.currentReleases))
      body += "</div>\n"
      body +=
        "<section aria-labelledby=\"variance-text-heading\">\n"
        + "<h2 id=\"variance-text-heading\">The report as <code>seccost variance</code> prints it</h2>\n"
        + "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"The variance report\">"
        + "<pre class=\"report\" data-testid=\"variance-text\">"
        + "\(e(comparison.report.plainText(heading)))</pre></div>\n</section>\n"
    }
    return WorkbenchLayout.page(title: "Variance", place: .variance, context: context, body: body)
  }

  private static func select(
    _ name: String, _ label: String, _ options: [(String, String)], _ value: String
  ) -> String {
    let e = WorkbenchHTML.e
    var html =
      "<div><label for=\"v-\(name)\">\(e(label))</label><select id=\"v-\(name)\" name=\"\(name)\">"
    for (option, text) in options {
      html +=
        "<option value=\"\(e(option))\"\(option == value ? " selected=\"selected\"" : "")>"
        + "\(e(text))</option>"
    }
    return html + "</select></div>"
  }
}
