import Foundation
import SECCost
import SECCostCSV
import SECCostTestSupport
import Testing

@testable import SECCostReports

@Suite("Workbench pages")
struct WorkbenchPagesTests {
  private let day = CalendarDate(year: 2022, month: 6, day: 1)!

  private func releasePage(_ lines: [LocatedLine], _ release: String, _ context: WorkbenchContext)
    throws -> String
  {
    let overview = try #require(
      try ReleaseOverview(release: release, lines: lines, name: "ledgers"))
    return ReleasePage.render(overview, risks: try overview.report.sectionRisks(), context: context)
  }

  @Test("every page is well-formed XML")
  func wellFormed() throws {
    let lines = WorkbenchFixture.located()
    let context = WorkbenchFixture.context(allowEdit: true)
    let pages = [
      ReleasesPage.render(try ReleaseList(lines: lines.map(\.line)), asOf: day, context: context),
      try releasePage(lines, "November 2022", context),
      ModificationPage.render(
        try #require(try ModificationHistory(modification: "MP078", lines: lines)),
        context: context),
      VariancePage.render(
        nil, choices: VarianceChoices(lines: lines), failure: "no lines in version 9",
        context: context),
      ProblemsPage.render(
        errors: [LedgerIssue(file: "x.csv", line: 3, column: "low", message: "not <an> amount")],
        warnings: [], context: context),
    ]
    for page in pages {
      #expect(WorkbenchFixture.xmlError(page) == nil)
      #expect(page.contains("data-testid=\"ledger-changed\""))
      #expect(page.contains("role=\"status\""))
    }
  }

  @Test("hostile text in titles, notes, paths and tokens is escaped")
  func hostileEscaped() throws {
    let hostile = "<script>alert(1)</script>\"'&"
    let line = LedgerLine(
      release: "November 2022", version: "0.4", party: .dcc, modification: "MP078",
      title: hostile, phase: .sit, figure: .tbc, note: hostile)
    let path = "evil\"<b>.csv"
    let lines = [LocatedLine(line, origin: LineOrigin(file: path, line: 2))]
    let context = WorkbenchFixture.context([path], allowEdit: true, csrf: "\"><x>")
    let pages = [
      try releasePage(lines, "November 2022", context),
      ModificationPage.render(
        try #require(try ModificationHistory(modification: "MP078", lines: lines)),
        context: context),
      ProblemsPage.render(
        errors: [],
        warnings: [LedgerIssue(file: path, line: 2, message: hostile, severity: .warning)],
        context: context),
    ]
    for page in pages {
      #expect(!page.contains("<script>alert"))
      #expect(!page.contains("<b>"))
      #expect(!page.contains("\"><x>"))
      #expect(WorkbenchFixture.xmlError(page) == nil)
    }
    #expect(pages[0].contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;"))
  }

  @Test("every edit form carries the CSRF token and the hash of its line's file")
  func formsCarryTokenAndBase() throws {
    let lines = WorkbenchFixture.located()
    let context = WorkbenchFixture.context(allowEdit: true, csrf: "tok-42")
    let page = try releasePage(lines, "November 2022", context)
    let forms = WorkbenchFixture.count("<form method=\"post\" action=\"/edit\"", in: page)
    let november = lines.filter { $0.line.release == "November 2022" }
    #expect(forms == november.count + 1)
    #expect(WorkbenchFixture.count("name=\"csrf\" value=\"tok-42\"", in: page) == forms)
    // The November ledger is the second file; a new line goes to the first.
    let second = String(repeating: "2", count: 64)
    let first = String(repeating: "1", count: 64)
    #expect(WorkbenchFixture.count("name=\"base\" value=\"\(second)\"", in: page) == november.count)
    #expect(WorkbenchFixture.count("name=\"base\" value=\"\(first)\"", in: page) == 1)
    for field in [
      "release", "version", "party", "modification", "phase", "basis", "low", "high", "note",
    ] {
      #expect(WorkbenchFixture.count("name=\"\(field)\"", in: page) == forms, "\(field)")
    }
    for basis in Basis.allCases { #expect(page.contains("<option value=\"\(basis.id)\"")) }
    for phase in Phase.allCases { #expect(page.contains("<option value=\"\(phase.id)\"")) }
  }

  @Test("no form is rendered without editing allowed, whatever the context holds")
  func noFormWithoutEdit() throws {
    let lines = WorkbenchFixture.located()
    var context = WorkbenchFixture.context(allowEdit: false, csrf: "tok-42")
    context.draft = FigureDraft(lines[0].line, base: "abc")
    let page = try releasePage(lines, "November 2022", context)
    #expect(!page.contains("method=\"post\""))
    #expect(!page.contains("tok-42"))
    #expect(!page.contains("name=\"base\""))
  }

  @Test("a refused edit's conflict, messages and draft are shown again")
  func refusedEditShown() throws {
    let lines = WorkbenchFixture.located()
    var context = WorkbenchFixture.context(allowEdit: true)
    context.conflict = "Ledgers/2022-11-sec-release.csv changed on disk"
    context.problems = ["edit:1: low: not an amount"]
    context.draft = FigureDraft(
      release: "November 2022", version: "0.5", party: "DCC", modification: "MP078",
      phase: "sit", basis: "firm", low: "12x", high: "", note: "n", base: "oldhash")
    let page = try releasePage(lines, "November 2022", context)
    #expect(page.contains("data-testid=\"edit-conflict\""))
    #expect(page.contains("edit:1: low: not an amount"))
    #expect(page.contains("data-testid=\"draft-form\""))
    #expect(page.contains("value=\"12x\""))
    #expect(page.contains("name=\"base\" value=\"oldhash\""))
  }

  @Test("a TBC figure and a TBC total are never shown as £0")
  func tbcNeverZero() throws {
    let line = LedgerLine(
      release: "November 2022", version: "0.4", party: .dcc, modification: "MP078",
      phase: .total, figure: .tbc)
    let lines = [LocatedLine(line, origin: LineOrigin(file: "a.csv", line: 2))]
    let context = WorkbenchFixture.context(["a.csv"])
    let page = try releasePage(lines, "November 2022", context)
    #expect(page.contains("data-testid=\"release-total\">TBC</span>"))
    #expect(page.contains("data-testid=\"figure:0.4:DCC:MP078:total\">TBC</td>"))
    let list = ReleasesPage.render(
      try ReleaseList(lines: lines.map(\.line)), asOf: day, context: context)
    #expect(list.contains("data-testid=\"release-total:November 2022\">TBC</td>"))
    // A chart's axis starts at £0; no figure is £0.
    let figures = page.replacing(#/<svg[\s\S]*?</svg>/#, with: "")
    #expect(!list.contains(">£0<") && !figures.contains(">£0<"))
  }

  @Test("an estimate is in italics and every figure gives its FILE:LINE")
  func basisAndSource() throws {
    let lines = WorkbenchFixture.located()
    let history = try #require(try ModificationHistory(modification: "MP078", lines: lines))
    let page = ModificationPage.render(history, context: WorkbenchFixture.context())
    for figure in history.figures {
      #expect(page.contains("<code>\(figure.located.origin.description)</code>"))
      #expect(page.contains("#\(WorkbenchHTML.anchor(figure.located.origin))\""))
    }
    let release = try releasePage(lines, "November 2022", WorkbenchFixture.context())
    for line in lines where line.line.release == "November 2022" {
      #expect(release.contains("id=\"\(WorkbenchHTML.anchor(line.origin))\""))
    }
    // MP140's Design, Build & PIT estimate, in italics, said to screen readers.
    #expect(
      release.contains(
        "data-testid=\"figure:0.4:DCC:MP140:design-build-pit\"><em>£301,000 to £625,000</em>"
          + "<span class=\"sr\"> (estimate)</span>"))
    #expect(release.contains("data-testid=\"basis:0.4:DCC:MP140:design-build-pit\">estimate</td>"))
  }

  @Test("the variance forms offer every version and file, earliest against latest unless chosen")
  func varianceForms() {
    let paths = [
      "Ledgers/examples/2022-11-sec-release-v0.1-illustrative.csv",
      "Ledgers/2022-11-sec-release.csv",
    ]
    let lines = WorkbenchFixture.located(paths)
    let page = VariancePage.render(
      nil, choices: VarianceChoices(lines: lines), failure: "no lines in <version> 9",
      context: WorkbenchFixture.context(paths))
    #expect(
      page.contains(
        "<select id=\"v-from\" name=\"from\"><option value=\"0.1\" selected=\"selected\">v0.1</option><option value=\"0.4\">v0.4</option></select>"
      ))
    #expect(page.contains("<option value=\"0.4\" selected=\"selected\">v0.4</option></select>"))
    #expect(page.contains("<option value=\"\(paths[1])\" selected=\"selected\">"))
    #expect(page.contains("data-testid=\"variance-failure\"><p>no lines in &lt;version&gt; 9</p>"))
    #expect(WorkbenchFixture.xmlError(page) == nil)
  }

  @Test("the live-reload script polls /api/files every 2 s and has nothing XML refuses")
  func liveReload() {
    let script = WorkbenchLayout.script
    #expect(script.contains("'/api/files'"))
    #expect(script.contains("window.setInterval(check, 2000);"))
    #expect(!script.contains("<") && !script.contains("&"))
    let page = ReleasesPage.render(
      try! ReleaseList(lines: []), asOf: day,
      context: WorkbenchContext(files: [.init(path: "a.csv", sha256: "ab12")]))
    #expect(page.contains("<li data-path=\"a.csv\" data-sha256=\"ab12\">"))
  }
}

@Suite("Workbench pages: scope")
struct WorkbenchScopePagesTests {
  @Test("scope as of a day: approved, targeted with days to cut-off, lapsed")
  func scopeAsOf() throws {
    let lines = WorkbenchFixture.located()
    let register = try ScopeRegister.load(
      SeedLedgers.root.appendingPathComponent("Ledgers/scope/scope-register.csv").path)
    let day = CalendarDate(year: 2022, month: 3, day: 1)!
    let context = WorkbenchFixture.context()
    let overview = try #require(
      try ReleaseOverview(
        release: "November 2022", lines: lines, name: "x", register: register, asOf: day))
    let page = ReleasePage.render(overview, risks: [], context: context)
    #expect(page.contains("Scope as of 1 March 2022"))
    #expect(page.contains("data-testid=\"scope-approved\""))
    #expect(page.contains("data-testid=\"standing:MP078\">targeted, 2 days to cut-off</td>"))
    #expect(page.contains("data-testid=\"standing:MP141\">lapsed (cut-off passed)"))
    let list = ReleasesPage.render(
      try ReleaseList(lines: lines.map(\.line), register: register, asOf: day), asOf: day,
      context: context)
    #expect(
      list.contains(
        "data-testid=\"release-scope:November 2022\">3 approved, 3 targeted, 2 lapsed,"
          + " 1 withdrawn (as of 1 March 2022)</td>"))
    #expect(list.contains("name=\"as-of\" type=\"date\" value=\"2022-03-01\""))
    #expect(WorkbenchFixture.xmlError(page) == nil)
  }
}
