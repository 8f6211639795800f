import Foundation
import SECCost
import SECCostCSV
import SECCostReports
import SECCostTestSupport
import Testing

/// The workbench's pages show what the commands print: the same totals as `seccost totals`, the
/// same report as `seccost variance`, the same problems as `seccost validate`.
@Suite("Workbench pages against the commands")
struct WorkbenchCommandEqualityTests {
  private let paths = LocatedLedgers.seedPaths
  private let context = WorkbenchContext(files: [])
  private let day = CalendarDate(year: 2022, month: 6, day: 1)!

  /// The cells of a `totals` table row, split where two or more spaces part them.
  private func cells(_ row: Substring) -> [String] {
    row.split(separator: "  ", omittingEmptySubsequences: true)
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }

  @Test(
    "the releases page shows each release's total, TBC and not-provided counts as totals prints them"
  )
  func releasesMatchTotals() throws {
    let run = Seccost.run(["totals"] + paths + ["--by", "release"])
    #expect(run.status == 0)
    let lines = LocatedLedgers.lines()
    let list = try ReleaseList(lines: lines.map(\.line))
    let page = ReleasesPage.render(list, asOf: day, context: context)
    #expect(list.entries.count == 2)
    for entry in list.entries {
      let row = try #require(
        run.stdout.split(separator: "\n").first { $0.hasPrefix(entry.release) })
      let printed = cells(row)
      #expect(
        page.contains(
          "data-testid=\"release-total:\(entry.release)\">\(XMLText.escaped(printed[1]))"))
      // Release, Total, Firm, Estimate, TBC, Not provided, N/A.
      #expect(page.contains("data-testid=\"release-tbc:\(entry.release)\">\(printed[4])<"))
      #expect(page.contains("data-testid=\"release-not-provided:\(entry.release)\">\(printed[5])<"))
      #expect(run.stdout.contains("\(entry.release) \(entry.versions?.summary ?? "")"))
    }
  }

  @Test("a release page's total and totals by phase, modification and basis are totals' own")
  func releaseMatchesTotals() throws {
    let lines = LocatedLedgers.lines()
    for release in ["November 2022", "February 2021"] {
      let overview = try #require(try ReleaseOverview(release: release, lines: lines, name: "x"))
      let page = ReleasePage.render(overview, risks: [], context: context)
      for dimension in ["phase", "modification", "basis"] {
        let run = Seccost.run(["totals"] + paths + ["--release", release, "--by", dimension])
        #expect(run.status == 0)
        let rows = run.stdout.split(separator: "\n").dropFirst(3)
          .filter { !$0.hasPrefix("---") && !$0.hasPrefix("-") && $0.contains("£") }
        #expect(!rows.isEmpty)
        for row in rows where !row.hasPrefix(" ") {
          let printed = cells(row)
          guard printed.count > 2 else { continue }
          #expect(
            page.contains(
              "<th scope=\"row\">\(XMLText.escaped(printed[0]))</th><td>\(XMLText.escaped(printed[1]))</td>"
            ),
            "\(release) by \(dimension): \(row)")
        }
        // The last row is the overall total (a phase may be labelled "Total" too).
        let total = cells(try #require(rows.last))
        #expect(total[0] == "Total")
        #expect(page.contains("data-testid=\"release-total\">\(XMLText.escaped(total[1]))</span>"))
      }
    }
  }

  @Test("the variance page holds what seccost variance prints, for two versions and two files")
  func varianceMatches() throws {
    let baseline = "Ledgers/examples/2022-11-sec-release-v0.1-illustrative.csv"
    let current = "Ledgers/2022-11-sec-release.csv"
    let lines = LocatedLedgers.lines([baseline, current])
    let choices = VarianceChoices(lines: lines)
    #expect(choices.versions == ["0.1", "0.4"])
    let byVersion = try VarianceComparison.versions(from: "0.1", to: "v0.4", in: lines)
    let byFile = try VarianceComparison.files(baseline: baseline, current: current, in: lines)
    for (comparison, arguments) in [
      (byVersion, [baseline, current, "--from", "0.1", "--to", "v0.4"]),
      (byFile, [baseline, current]),
    ] {
      let run = Seccost.run(["variance"] + arguments)
      #expect(run.status == 0, "\(run.stderr)")
      let page = VariancePage.render(comparison, choices: choices, context: context)
      let text = run.stdout.trimmingCharacters(in: .newlines)
      #expect(!text.isEmpty)
      #expect(page.contains(XMLText.escaped(text)))
    }
    #expect(throws: VarianceComparison.Failure.self) {
      try VarianceComparison.versions(from: "0.1", to: "0.9", in: lines)
    }
  }

  @Test("the problems page lists every error and warning as validate prints it")
  func problemsMatchValidate() throws {
    let path = packageRoot.appendingPathComponent(
      "Tests/SECCostCommandsTests/Fixtures/hostile/basis-typos.csv"
    ).path
    let run = Seccost.run(["validate", path])
    #expect(run.status != 0 || !run.stderr.isEmpty)
    let reader = LedgerReader()
    reader.read(path) { _, _ in }
    let page = ProblemsPage.render(
      errors: reader.issues, warnings: reader.warnings, context: context)
    let printed = run.stderr.split(separator: "\n").filter { $0.hasPrefix(path) }
    #expect(!printed.isEmpty)
    for line in printed {
      #expect(page.contains("<code>\(XMLText.escaped(String(line)))</code>"), "\(line)")
    }
    #expect(
      WorkbenchCommandEqualityTests.count("<li><code>", in: page)
        == reader.issues.count + reader.warnings.count)
  }

  private static func count(_ needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
  }
}
