import Testing

@testable import SECCost

@Suite("Cost totals")
struct CostTotalsTests {
  private func line(
    _ modification: String, _ phase: Phase, _ figure: CostFigure, version: String = "0.4",
    release: String = "November 2022"
  ) -> LedgerLine {
    LedgerLine(
      release: release, version: version, party: phase.party, modification: modification,
      phase: phase, figure: figure)
  }

  private func pounds(_ value: Int64) -> Money { Money(pence: value * 100) }

  @Test("ranges add as intervals; TBC and N/A are counted, not added")
  func intervals() throws {
    var totals = CostTotals(by: .phase)
    try totals.add(
      line(
        "MP140", .designBuildPIT,
        .priced(.estimate, try CostRange(low: pounds(301_000), high: pounds(625_000)))))
    try totals.add(line("MP141", .designBuildPIT, .priced(.firm, CostRange(pounds(124_301)))))
    try totals.add(
      line(
        "MP143", .designBuildPIT,
        .priced(.estimate, try CostRange(low: .zero, high: pounds(150_000)))))
    try totals.add(line("MP140", .sit, .tbc))
    try totals.add(line("MP141", .sit, .priced(.firm, CostRange(pounds(68_967)))))
    try totals.add(line("MP099", .uit, .notApplicable))
    let report = try totals.report()
    // Every modification here gives only some DCC phases: the others are not provided.
    #expect(
      report.groups.map(\.key) == [
        "design-build-pit", "sit", "uit", "implement-to-live", "application-support",
      ])
    let design = report.groups[0].summary
    #expect(design.priced == (try CostRange(low: pounds(425_301), high: pounds(899_301))))
    #expect(design.firm == CostRange(pounds(124_301)))
    #expect(design.estimate == (try CostRange(low: pounds(301_000), high: pounds(775_000))))
    #expect(report.groups[1].summary.ridNotation == "£68,967 + 1 TBC + 2 not provided")
    #expect(report.groups[2].summary.notApplicable == 1)
    #expect(report.groups[2].summary.ridNotation == "3 not provided")
    #expect(report.total.tbc == 1)
    #expect(report.total.notApplicable == 1)
    #expect(report.total.lines == 6)
  }

  @Test("each key's latest version counts; actual spend always does")
  func versions() throws {
    var totals = CostTotals(by: .release)
    try totals.add(
      line("MP141", .sit, .priced(.estimate, CostRange(pounds(50_000))), version: "0.1"))
    try totals.add(line("MP141", .sit, .priced(.firm, CostRange(pounds(68_967))), version: "0.10"))
    try totals.add(line("MP141", .sit, .priced(.actual, CostRange(pounds(1_000))), version: ""))
    try totals.add(line("MP141", .sit, .priced(.firm, CostRange(pounds(60_000))), version: "0.4"))
    let report = try totals.report()
    #expect(
      report.releases == [TotalsReport.CountedRelease(release: "November 2022", version: "0.10")])
    #expect(report.total.priced == CostRange(pounds(69_967)))
    #expect(report.total.actual == CostRange(pounds(1_000)))
  }

  @Test("DCC and SECAS apart and together; a release filter")
  func parties() throws {
    var totals = CostTotals(by: .party, release: "november 2022")
    try totals.add(line("MP078", .sit, .priced(.firm, CostRange(pounds(727_257)))))
    try totals.add(line("", .secChanges, .priced(.estimate, CostRange(pounds(3_000)))))
    try totals.add(
      line(
        "MP122", .total, .priced(.estimate, CostRange(pounds(340_000))), release: "February 2021"))
    let report = try totals.report()
    #expect(report.groups.map(\.key) == ["DCC", "SECAS"])
    #expect(
      report.parties.map(\.summary.priced) == [
        CostRange(pounds(727_257)), CostRange(pounds(3_000)),
      ])
    #expect(report.total.priced == CostRange(pounds(730_257)))
  }

  @Test("a sum beyond the representable range is an error, not a wrap")
  func overflow() throws {
    var totals = CostTotals(by: .phase)
    totals.add(line("A", .sit, .priced(.firm, CostRange(.max))))
    totals.add(line("B", .sit, .priced(.firm, CostRange(Money(pence: 1)))))
    #expect(throws: MoneyError.overflow) { try totals.report() }
  }
}
