import SECCost
import Testing

@Suite("Scenario totals: approved only vs all targeted, from a scope register")
struct ScenarioTotalsTests {
  private static func day(_ text: String) -> CalendarDate {
    (try? CalendarDate(parsing: text)) ?? CalendarDate(year: 1, month: 1, day: 1)!
  }

  /// The November 2022 scope as RID v0.4 (23 November 2021) lists it.
  private static let register = ScopeRegister(entries: [
    ScopeEntry(
      release: "November 2022", modification: "SECMP0015", status: .approved,
      asOf: day("2021-11-23")),
    ScopeEntry(
      release: "November 2022", modification: "MP078", status: .targeted,
      cutOff: ScheduledDate(day("2022-03-03")), asOf: day("2021-11-23")),
    ScopeEntry(
      release: "November 2022", modification: "MP140", status: .targeted,
      cutOff: ScheduledDate(day("2022-02-23"), isEstimated: true), asOf: day("2021-11-23")),
    ScopeEntry(
      release: "November 2022", modification: "MP107", status: .withdrawn,
      asOf: day("2021-11-23")),
  ])

  private static func pounds(_ amount: Int64) -> Money { Money(pence: amount * 100) }

  private static func line(
    _ modification: String, _ phase: Phase, _ figure: CostFigure, version: String = "0.4"
  ) -> LedgerLine {
    LedgerLine(
      release: "November 2022", version: version, party: phase.party, modification: modification,
      phase: phase, figure: figure)
  }

  /// The RID's figures for three modifications, SECAS effort, one line of an older version, and
  /// a modification the register does not know.
  private static let lines: [LedgerLine] = [
    line("SECMP0015", .designBuildPIT, .priced(.firm, CostRange(pounds(1_335_568)))),
    line("MP078", .designBuildPIT, .priced(.firm, CostRange(pounds(1_886_716)))),
    line("MP078", .designBuildPIT, .priced(.firm, CostRange(pounds(500))), version: "0.3"),
    line(
      "MP140", .designBuildPIT,
      .priced(.estimate, (try? CostRange(low: pounds(301_000), high: pounds(625_000))) ?? .zero)),
    line("MP140", .sit, .tbc),
    line("", .secChanges, .priced(.estimate, CostRange(pounds(3_000)))),
    line("MP999", .sit, .priced(.firm, CostRange(pounds(1_000)))),
  ]

  private func report(asOf: String?) throws -> ScenarioReport {
    var totals = ScenarioTotals(
      by: .modification, register: Self.register, asOf: asOf.map(Self.day))
    for line in Self.lines { totals.add(line) }
    return try totals.report()
  }

  @Test("as the RID stands: approved £1,338,568; all targeted adds MP078 and MP140")
  func asTheRIDStands() throws {
    let report = try report(asOf: nil)
    #expect(report.asOf == Self.day("2021-11-23"))
    // 1,335,568 + 3,000 (SECAS, release-level: in both scenarios)
    #expect(report.approved.total.priced == CostRange(Self.pounds(1_338_568)))
    // SECMP0015 gives one DCC phase of five: four are not provided, counted, never £0.
    #expect(report.approved.total.ridNotation == "£1,338,568 + 4 not provided")
    // + 1,886,716 + 301,000 to 625,000, MP140's TBC SIT counted, MP078 and MP140's gaps too
    #expect(
      report.allTargeted.total.ridNotation == "£3,526,284 to £3,850,284 + 1 TBC + 11 not provided")
    #expect(report.gap.total.ridNotation == "£2,187,716 to £2,511,716 + 1 TBC + 7 not provided")
    #expect(report.gap.groups.map(\.key) == ["MP078", "MP140"])
    #expect(report.outside.count == 1)
    #expect(report.outside.first?.modification == "MP999")
    #expect(report.outside.first?.reason == .notListed(nowIn: [], inRegister: false))
    #expect(report.outside.first?.summary.ridNotation == "£1,000")
  }

  @Test("as of 4 March 2022, MP078 and MP140 have lapsed: both scenarios agree")
  func afterTheCutOffs() throws {
    let report = try report(asOf: "2022-03-04")
    #expect(report.allTargeted.total.ridNotation == "£1,338,568 + 4 not provided")
    #expect(report.gap.total.lines == 0)
    #expect(report.outside.map(\.modification) == ["MP078", "MP140", "MP999"])
    #expect(
      report.outside.first?.reason == .standing(.lapsed(cutOffPassed: true, nextRelease: nil)))
    #expect(report.outside.first?.summary.ridNotation == "£1,886,716")
  }

  @Test("a release the register does not list is reported, its release-level lines still count")
  func unlistedRelease() throws {
    let other = LedgerLine(
      release: "February 2021", version: "0.1", party: .dcc, modification: "MP122", phase: .total,
      figure: .priced(.estimate, CostRange(Self.pounds(340_000))))
    let secas = LedgerLine(
      release: "February 2021", version: "0.1", party: .secas, phase: .secChanges,
      figure: .priced(.estimate, CostRange(Self.pounds(1_200))))
    var totals = ScenarioTotals(by: .release, register: Self.register)
    totals.add(other)
    totals.add(secas)
    let report = try totals.report()
    #expect(report.outside.map(\.reason) == [.releaseNotListed])
    #expect(report.approved.total.ridNotation == "£1,200")
  }

  @Test("law: all targeted = approved + gap, line for line")
  func allTargetedIsApprovedPlusGap() throws {
    for day in ["2021-11-23", "2022-02-24", "2022-03-03", "2022-03-04"] {
      let report = try report(asOf: day)
      var sum = report.approved.total
      try sum.add(report.gap.total)
      #expect(sum == report.allTargeted.total)
    }
  }
}
