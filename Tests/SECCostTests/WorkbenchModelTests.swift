import SECCost
import Testing

@Suite("Workbench models")
struct WorkbenchModelTests {
  private static func money(_ pounds: Int64) -> Money { Money(pence: pounds * 100) }

  private static func line(
    _ version: String, _ modification: String, _ phase: Phase, _ figure: CostFigure,
    release: String = "November 2022", party: Party = .dcc
  ) -> LedgerLine {
    LedgerLine(
      release: release, version: version, party: party, modification: modification, phase: phase,
      figure: figure)
  }

  private static func estimate(_ low: Int64, _ high: Int64) throws -> CostFigure {
    .priced(.estimate, try CostRange(low: money(low), high: money(high)))
  }

  private static func firm(_ amount: Int64) -> CostFigure {
    .priced(.firm, CostRange(money(amount)))
  }

  /// MP1 estimated in v0.4 (two phases, one TBC), firmed in v0.5 for one phase only.
  private static func revised() throws -> [LocatedLine] {
    let lines = [
      line("0.4", "MP1", .designBuildPIT, try estimate(100, 200)),
      line("0.4", "MP1", .sit, .tbc),
      line("0.4", "MP2", .total, firm(50)),
      line("0.5", "MP1", .designBuildPIT, firm(150)),
    ]
    return lines.enumerated().map {
      LocatedLine($0.element, origin: LineOrigin(file: "a.csv", line: $0.offset + 2))
    }
  }

  @Test("a modification's history: the replaced line not counted, its total at each version")
  func modificationHistory() throws {
    let history = try #require(try ModificationHistory(modification: "mp1", lines: Self.revised()))
    #expect(history.modification == "MP1")
    #expect(history.figures.map(\.located.origin.line) == [2, 3, 5])
    #expect(history.figures.map(\.isCounted) == [false, true, true])
    #expect(history.stages.map(\.version) == ["0.4", "0.5"])
    #expect(history.stages[0].summary.ridNotation == "£100 to £200 + 1 TBC + 3 not provided")
    #expect(history.stages[1].summary.ridNotation == "£150 + 1 TBC + 3 not provided")
    #expect(try ModificationHistory(modification: "MP9", lines: Self.revised()) == nil)
  }

  @Test("a release's overview counts as totals does and flags replaced lines")
  func releaseOverview() throws {
    let lines = try Self.revised()
    let overview = try #require(
      try ReleaseOverview(release: "november 2022", lines: lines, name: "a.csv"))
    var totals = CostTotals(by: .phase, release: "November 2022")
    for located in lines { totals.add(located.line) }
    #expect(overview.byPhase == (try totals.report()))
    #expect(overview.byPhase.total.ridNotation == "£200 + 1 TBC + 3 not provided")
    #expect(overview.lines.filter { !$0.isCounted }.map(\.located.origin.line) == [2])
    #expect(overview.combined == nil)
    #expect(overview.scope == nil && overview.asOf == nil)
    #expect(try ReleaseOverview(release: "June 2023", lines: lines, name: "a.csv") == nil)
  }

  @Test("the combined Preliminary Assessment against the standalone figures it replaces")
  func combinedAssessment() throws {
    let lines = [
      Self.line("0.4", "MP1", .designBuildPIT, Self.firm(300)),
      Self.line("0.4", "MP2", .designBuildPIT, Self.firm(200)),
      Self.line("0.4", "", .designBuildPIT, try Self.estimate(350, 400)),
    ].map { LocatedLine($0, origin: LineOrigin(file: "a.csv", line: 2)) }
    let overview = try #require(
      try ReleaseOverview(release: "November 2022", lines: lines, name: "a.csv"))
    let combined = try #require(overview.combined)
    #expect(combined.combined.ridNotation == "£350 to £400")
    #expect(combined.standalone.ridNotation == "£500")
    #expect(combined.phases == [.designBuildPIT])
    #expect(overview.byPhase.total.ridNotation == "£350 to £400 + 8 not provided")
  }

  @Test("the release list is totals by release, with the versions counted")
  func releaseList() throws {
    let lines =
      try Self.revised().map(\.line) + [
        Self.line("0.1", "MP7", .total, .tbc, release: "February 2021")
      ]
    let list = try ReleaseList(lines: lines)
    var totals = CostTotals(by: .release)
    for line in lines { totals.add(line) }
    let report = try totals.report()
    #expect(list.entries.map(\.release) == ["February 2021", "November 2022"])
    #expect(list.entries.map(\.summary) == report.groups.map(\.summary))
    #expect(list.entries[0].summary.ridNotation == "TBC")
    #expect(
      list.entries[1].versions?.summary == "v0.5 (1 line) over v0.4 (2 lines carried forward)")
    #expect(list.total == report.total)
    #expect(list.asOf == nil && list.entries.allSatisfy { $0.scope == nil })
  }

  @Test("variance between versions, and the command's message for a version no line has")
  func varianceComparison() throws {
    let lines = try Self.revised()
    let comparison = try VarianceComparison.versions(from: "v0.4", to: "0.5", in: lines)
    #expect(comparison.baselineLabel == "version 0.4")
    #expect(comparison.currentLabel == "version 0.5")
    #expect(comparison.report.counts[.firmed] == 1)
    #expect(VarianceChoices(lines: lines).versions == ["0.4", "0.5"])
    #expect(
      throws: VarianceComparison.Failure(
        description: "no lines in version 0.9 in a.csv (versions: 0.4, 0.5)")
    ) {
      try VarianceComparison.versions(from: "0.4", to: "0.9", in: lines)
    }
  }
}
