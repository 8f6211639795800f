import SECCost

/// The page of one release (`/release/{name}`): its total, the totals by phase, modification and
/// basis as `seccost totals` prints them, the combined Preliminary Assessment against the
/// standalone sum, its scope, the RID cost section with its charts as `seccost report` draws
/// them, downloads, and every ledger line with its `FILE:LINE` (and, with editing allowed, a form
/// per line and one to add a line).
public enum ReleasePage {
  /// The downloads, relative to the release's URL: file name and what it is.
  public static let downloads: [(file: String, label: String)] = [
    ("download.csv", "Ledger CSV"), ("download.wide.csv", "Wide CSV"),
    ("download.xlsx", "Workbook (XLSX)"), ("download.docx", "RID section (DOCX)"),
    ("download.md", "RID section (Markdown)"),
  ]

  /// The page of `overview`, with `risks` (``CostReport/sectionRisks(_:)`` of its report, the
  /// risk curve of each section; none for no curve).
  public static func render(
    _ overview: ReleaseOverview, risks: [RiskReport], context: WorkbenchContext
  ) -> String {
    let e = WorkbenchHTML.e
    let totals = overview.byPhase
    let path = WorkbenchHTML.releasePath(overview.release)
    var body = "<h1>\(e(overview.release)) SEC Release</h1>\n"
    body +=
      "<p>Total: <span class=\"total-figure\" id=\"release-total\" data-testid=\"release-total\">"
      + "\(WorkbenchHTML.summary(totals.total))</span></p>\n"
    let counted = totals.versions.first.map(ReleasesPage.versions) ?? ""
    if !counted.isEmpty {
      body += "<p data-testid=\"release-versions\">Versions counted: \(e(counted))</p>\n"
    }
    if let draft = context.draft, context.allowEdit {
      body += "<section aria-labelledby=\"draft-heading\">\n"
      body += "<h2 id=\"draft-heading\">Your change, not saved</h2>\n"
      body += WorkbenchForms.add(
        release: overview.release, version: "", context: context, draft: draft)
      body += "</section>\n"
    }
    body +=
      "<nav aria-label=\"Downloads\"><h2 id=\"downloads\">Downloads</h2><ul class=\"downloads\">"
    for download in downloads {
      body +=
        "<li><a href=\"\(path)/\(download.file)\" data-testid=\"\(download.file)\""
        + " download=\"\">\(e(download.label))</a></li>"
    }
    body += "</ul></nav>\n"
    body += "<section aria-labelledby=\"totals-heading\">\n<h2 id=\"totals-heading\">Totals</h2>\n"
    body +=
      "<p>As <code>seccost totals --release \"\(e(overview.release))\" --by …</code> prints them."
      + "</p>\n"
    for (report, name) in [
      (overview.byPhase, "phase"), (overview.byModification, "modification"),
      (overview.byBasis, "basis"),
    ] {
      body += WorkbenchHTML.table(report.table, caption: "By \(name)", testID: "totals-\(name)")
    }
    body += WorkbenchHTML.paragraphs(totals.caveat)
    body += "</section>\n"
    body += combined(overview.combined)
    body += scope(overview)
    // The RID section as `seccost report` renders it, in a box that scrolls on a phone.
    body += "<div class=\"report-body\" data-testid=\"rid-section\">\n"
    for (index, section) in overview.report.sections.enumerated() {
      body += HTMLReport.render(section, index: index + 1, titled: false)
    }
    for (index, (section, risk)) in zip(overview.report.sections, risks).enumerated() {
      body += HTMLReport.riskChart(section, risk: risk, index: index + 1, titled: false)
    }
    body += "</div>\n"
    body += lines(overview, context: context)
    if context.allowEdit {
      body += "<section aria-labelledby=\"add-heading\">\n"
      body += "<h2 id=\"add-heading\">Add a line for a new version</h2>\n"
      body +=
        "<p>A line whose key (release, version, party, modification, phase) no ledger holds is"
        + " added to the first ledger, <code>\(e(context.files.first?.path ?? ""))</code>.</p>\n"
      let latest = overview.byPhase.releases.first?.version ?? ""
      body += WorkbenchForms.add(release: overview.release, version: latest, context: context)
      body += "</section>\n"
    }
    return WorkbenchLayout.page(
      title: "\(overview.release) SEC Release", place: .other, context: context, body: body)
  }

  private static func combined(_ combined: CombinedAssessment?) -> String {
    guard let combined else { return "" }
    let phases =
      combined.phases.isEmpty
      ? "the release as a whole" : combined.phases.map(\.label).joined(separator: ", ")
    return "<section aria-labelledby=\"combined-heading\" data-testid=\"combined\">\n"
      + "<h2 id=\"combined-heading\">Combined Preliminary Assessment</h2>\n"
      + "<p>The DCC's combined figures for \(WorkbenchHTML.e(phases)) replace the standalone"
      + " figures of each modification in the totals.</p>\n"
      + "<table>\n<caption>Combined against standalone</caption>\n<tbody>\n"
      + "<tr><th scope=\"row\">Combined Preliminary Assessment</th>"
      + "<td data-testid=\"combined-figure\">\(WorkbenchHTML.summary(combined.combined))</td></tr>\n"
      + "<tr><th scope=\"row\">Sum of the standalone figures</th>"
      + "<td data-testid=\"standalone-figure\">\(WorkbenchHTML.summary(combined.standalone))</td></tr>\n"
      + "</tbody>\n</table>\n</section>\n"
  }

  private static func scope(_ overview: ReleaseOverview) -> String {
    let e = WorkbenchHTML.e
    guard let day = overview.asOf else { return "" }
    var html =
      "<section aria-labelledby=\"scope-heading\" data-testid=\"scope\">\n"
      + "<h2 id=\"scope-heading\">Scope as of \(e(day.long))</h2>\n"
    guard let scope = overview.scope else {
      return html + "<p>The register does not list the release by then.</p>\n</section>\n"
    }
    html +=
      "<p>From the listing of \(e(scope.listedOn.long)). Go-live:"
      + " \(e(scope.goLive?.long ?? "not given in the register")).</p>\n"
    for section in ScopeStanding.Section.allCases {
      let items = scope.items(in: section, kind: .modification)
      guard !items.isEmpty else { continue }
      html +=
        "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"\(e(section.title))\">"
        + "<table data-testid=\"scope-\(section.id)\">\n<caption>\(e(section.title))"
        + " (\(items.count))</caption>\n<thead><tr><th scope=\"col\">Modification</th>"
        + "<th scope=\"col\">Title</th><th scope=\"col\">Cut-off</th>"
        + "<th scope=\"col\">Standing</th></tr></thead>\n<tbody>\n"
      for item in items {
        html +=
          "<tr><th scope=\"row\"><a href=\"\(WorkbenchHTML.modificationPath(item.entry.modification))\">"
          + "\(e(item.entry.modification))</a></th><td>\(e(item.entry.title))</td>"
          + "<td>\(e(item.entry.cutOff?.long ?? ""))</td>"
          + "<td data-testid=\"standing:\(e(item.entry.modification))\">"
          + "\(e(ReleaseScope.standingText(item.standing)))</td></tr>\n"
      }
      html += "</tbody>\n</table></div>\n"
    }
    return html + "</section>\n"
  }

  /// Every line of the release, with its basis, whether it counts and its source; with editing
  /// allowed, a form per line.
  private static func lines(_ overview: ReleaseOverview, context: WorkbenchContext) -> String {
    let e = WorkbenchHTML.e
    var html =
      "<section aria-labelledby=\"lines-heading\">\n<h2 id=\"lines-heading\">Ledger lines</h2>\n"
      + "<p>Every line of the release in every version; a line a later version replaces is"
      + " shown struck through and not counted.</p>\n"
      + "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Ledger lines\">"
      + "<table data-testid=\"ledger-lines\">\n<caption>Ledger lines of \(e(overview.release))</caption>\n"
      + "<thead><tr><th scope=\"col\">Modification</th><th scope=\"col\">Version</th>"
      + "<th scope=\"col\">Party</th><th scope=\"col\">Phase</th><th scope=\"col\">Basis</th>"
      + "<th scope=\"col\" class=\"num\">Figure</th><th scope=\"col\">Counted</th>"
      + "<th scope=\"col\">Note</th><th scope=\"col\">Source</th></tr></thead>\n<tbody>\n"
    for (index, figure) in overview.lines.enumerated() {
      let line = figure.located.line
      let testID = figureTestID(figure.located)
      let modification =
        line.modification.isEmpty
        ? "(release-level)"
        : "<a href=\"\(WorkbenchHTML.modificationPath(line.modification))\">\(e(line.modification))</a>"
      html +=
        "<tr id=\"\(WorkbenchHTML.anchor(figure.located.origin))\""
        + (figure.isCounted ? "" : " class=\"superseded\"") + ">"
        + "<th scope=\"row\">\(modification)</th><td>\(e(line.version))</td>"
        + "<td>\(e(line.party.id))</td><td>\(e(line.phase.label))</td>"
        + "<td data-testid=\"basis:\(e(testID))\">\(WorkbenchHTML.basis(line.figure.basis))</td>"
        + "<td class=\"num fig\" data-testid=\"figure:\(e(testID))\">"
        + "\(WorkbenchHTML.figure(line.figure))</td>"
        + "<td>\(figure.isCounted ? "yes" : "no (replaced)")</td><td>\(e(line.note))</td>"
        + "<td><code>\(e(figure.located.origin.description))</code></td>"
      html += "</tr>\n"
      if context.allowEdit {
        // The form under its line, as wide as the table.
        html +=
          "<tr class=\"edit-row\"><td colspan=\"9\">"
          + "\(WorkbenchForms.edit(figure.located, number: index + 1, testID: testID, context: context))</td></tr>\n"
      }
    }
    return html + "</tbody>\n</table></div>\n</section>\n"
  }

  /// A line's stable test id: `0.4:DCC:MP078:sit` (its key), with `:LINE` for actual spend,
  /// which may repeat a key.
  static func figureTestID(_ located: LocatedLine) -> String {
    let line = located.line
    var id = [line.version, line.party.id, line.modification, line.phase.id]
      .joined(separator: ":")
    if line.figure.basis == .actual { id += ":\(located.origin.line)" }
    return id
  }
}
