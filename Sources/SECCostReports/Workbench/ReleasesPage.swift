import SECCost

/// The workbench's first page (`/`): every release with its total as `seccost totals` prints
/// it, its TBC and not-provided counts, the versions counted, and its scope as of a day.
public enum ReleasesPage {
  /// The page of `list`; `asOf` is the day shown in the scope form (today, or `?as-of=`).
  public static func render(
    _ list: ReleaseList, asOf: CalendarDate, context: WorkbenchContext
  ) -> String {
    let e = WorkbenchHTML.e
    var body = "<h1>Releases</h1>\n"
    body +=
      "<p>Every figure as <code>seccost totals</code> counts it: each key's latest version,"
      + " ranges added low to low and high to high, TBC and phases not provided counted and"
      + " never taken as £0.</p>\n"
    body +=
      "<form method=\"get\" action=\"/\" class=\"query\" aria-label=\"Scope as of a day\">"
      + "<div><label for=\"as-of\">Scope as of</label><input id=\"as-of\" name=\"as-of\""
      + " type=\"date\" value=\"\(e(asOf.iso))\" /></div>"
      + "<div><button type=\"submit\">Show</button></div></form>\n"
    if list.entries.isEmpty {
      body += "<p data-testid=\"no-releases\">The ledgers have no lines.</p>\n"
      return WorkbenchLayout.page(title: "Releases", place: .releases, context: context, body: body)
    }
    body +=
      "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Releases\">"
      + "<table data-testid=\"releases\">\n<caption>Releases and their totals</caption>\n"
      + "<thead><tr><th scope=\"col\">Release</th><th scope=\"col\">Total</th>"
      + "<th scope=\"col\" class=\"num\">TBC</th><th scope=\"col\" class=\"num\">Not provided</th>"
      + "<th scope=\"col\">Versions counted</th><th scope=\"col\">Scope</th></tr></thead>\n<tbody>\n"
    for entry in list.entries {
      let key = e(entry.release)
      body +=
        "<tr data-testid=\"release-row\" data-release=\"\(key)\"><th scope=\"row\">"
        + "<a href=\"\(WorkbenchHTML.releasePath(entry.release))\">\(key)</a></th>"
        + "<td data-testid=\"release-total:\(key)\">\(WorkbenchHTML.summary(entry.summary))"
      if let standalone = entry.standalone {
        body +=
          "<br /><span class=\"muted\">combined Preliminary Assessment in place of standalone"
          + " figures of \(WorkbenchHTML.summary(standalone))</span>"
      }
      body +=
        "</td><td class=\"num\" data-testid=\"release-tbc:\(key)\">\(entry.summary.tbc)</td>"
        + "<td class=\"num\" data-testid=\"release-not-provided:\(key)\">\(entry.summary.missing)</td>"
        + "<td data-testid=\"release-versions:\(key)\">\(e(versions(entry.versions)))</td>"
        + "<td data-testid=\"release-scope:\(key)\">\(scope(entry.scope, asOf: list.asOf))</td></tr>\n"
    }
    body +=
      "<tr class=\"total\"><th scope=\"row\">Total</th><td data-testid=\"grand-total\">"
      + "\(WorkbenchHTML.summary(list.total))</td><td class=\"num\">\(list.total.tbc)</td>"
      + "<td class=\"num\">\(list.total.missing)</td><td></td><td></td></tr>\n"
    body += "</tbody>\n</table></div>\n"
    if list.asOf == nil {
      body += "<p class=\"muted\">No scope register was given: scope is not shown.</p>\n"
    }
    return WorkbenchLayout.page(title: "Releases", place: .releases, context: context, body: body)
  }

  /// `v0.5 (1 line) over v0.4 (30 lines carried forward)`, as `totals` heads its report.
  static func versions(_ versions: ReleaseVersions?) -> String {
    guard let versions else { return "" }
    let summary = versions.summary
    return summary.isEmpty ? "lines with no version" : summary
  }

  /// `3 approved, 2 targeted, 1 lapsed (as of 4 March 2022)`.
  static func scope(_ scope: ReleaseScope?, asOf: CalendarDate?) -> String {
    guard let asOf else { return "" }
    guard let scope else { return "not yet listed on \(WorkbenchHTML.e(asOf.long))" }
    let counts = ScopeStanding.Section.allCases.compactMap { section -> String? in
      let count = scope.items(in: section, kind: .modification).count
      return count == 0 ? nil : "\(count) \(section.title.lowercased())"
    }
    return WorkbenchHTML.e(
      (counts.isEmpty ? "no modifications listed" : counts.joined(separator: ", "))
        + " (as of \(asOf.long))")
  }
}
