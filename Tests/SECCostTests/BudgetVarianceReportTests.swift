import Testing

@testable import SECCost

/// A hand-computed budget against actual spend.
///
/// Budget (version 0.2; a 0.1 line is superseded):
///   MP1 DBP estimate £100,000–£150,000; MP1 SIT firm £50,000; MP1 UIT TBC; MP2 DBP firm £20,000;
///   MP2 SIT N/A.
/// Spend: MP1 DBP £60,000 (2023-01-10) + £50,000 (2023-02-10); MP1 SIT £55,000 (2023-03-01);
///   MP1 UIT £7,000 (2023-01-20); MP2 SIT £1,000 (2023-02-01); MP3 DBP £4,000 (2023-01-05,
///   no budget line); MP2 DBP £2,500 (no date).
@Suite("Budget against actual spend")
struct BudgetVarianceReportTests {
  private static func pounds(_ value: Int64) -> Money { Money(pence: value * 100) }

  private static func key(_ modification: String, _ phase: Phase) -> VarianceKey {
    VarianceKey(release: "June 2023", party: phase.party, modification: modification, phase: phase)
  }

  private static func source() throws -> VarianceSource {
    var source = VarianceSource()
    func add(_ modification: String, _ phase: Phase, _ figure: CostFigure, _ version: String) throws
    {
      try source.add(
        LedgerLine(
          release: "June 2023", version: version, party: phase.party, modification: modification,
          title: "\(modification) title", phase: phase, figure: figure))
    }
    func spend(_ modification: String, _ phase: Phase, _ amount: Int64, _ date: String?) throws {
      try source.add(
        LedgerLine(
          release: "June 2023", party: phase.party, modification: modification,
          title: "\(modification) spend", phase: phase,
          figure: .priced(.actual, CostRange(pounds(amount))),
          date: try date.map { try CalendarDate(isoParsing: $0) }))
    }
    try add("MP1", .designBuildPIT, .priced(.estimate, CostRange(pounds(90_000))), "0.1")
    try add(
      "MP1", .designBuildPIT,
      .priced(.estimate, try CostRange(low: pounds(100_000), high: pounds(150_000))), "0.2")
    try add("MP1", .sit, .priced(.firm, CostRange(pounds(50_000))), "0.2")
    try add("MP1", .uit, .tbc, "0.2")
    try add("MP2", .designBuildPIT, .priced(.firm, CostRange(pounds(20_000))), "0.2")
    try add("MP2", .sit, .notApplicable, "0.2")
    try spend("MP1", .designBuildPIT, 60_000, "2023-01-10")
    try spend("MP1", .designBuildPIT, 50_000, "2023-02-10")
    try spend("MP1", .sit, 55_000, "2023-03-01")
    try spend("MP1", .uit, 7_000, "2023-01-20")
    try spend("MP2", .sit, 1_000, "2023-02-01")
    try spend("MP3", .designBuildPIT, 4_000, "2023-01-05")
    try spend("MP2", .designBuildPIT, 2_500, nil)
    return source
  }

  private func line(_ report: BudgetVarianceReport, _ modification: String, _ phase: Phase) throws
    -> BudgetLine
  {
    try #require(report.lines.first { $0.key == Self.key(modification, phase) })
  }

  @Test("per key: budget, spent, remaining against low and high, % spent, status")
  func lines() throws {
    let report = try BudgetVarianceReport.compare(try Self.source())
    #expect(
      report.lines.map(\.key) == [
        Self.key("MP1", .designBuildPIT), Self.key("MP1", .sit), Self.key("MP1", .uit),
        Self.key("MP2", .designBuildPIT), Self.key("MP2", .sit), Self.key("MP3", .designBuildPIT),
      ])
    let range = try line(report, "MP1", .designBuildPIT)
    #expect(range.budget?.version == "0.2")
    #expect(range.spent == Self.pounds(110_000))
    #expect(range.spendLines == 2)
    #expect(range.status == .withinRange)
    #expect(range.remaining?.low == Self.pounds(-10_000))
    #expect(range.remaining?.high == Self.pounds(40_000))
    #expect(range.percentOfLow?.plainDecimal == "110.0")
    #expect(range.percentOfHigh?.plainDecimal == "73.3")
    let over = try line(report, "MP1", .sit)
    #expect(over.status == .overBudget)
    #expect(over.remaining == CostRange(Self.pounds(-5_000)))
    #expect(over.percentOfHigh?.plainDecimal == "110.0")
    let tbc = try line(report, "MP1", .uit)
    #expect(tbc.status == .budgetTBC)
    #expect(tbc.remaining == nil)
    #expect(tbc.percentOfLow == nil)
    let under = try line(report, "MP2", .designBuildPIT)
    #expect(under.spent == Self.pounds(2_500))  // undated spend counts when there is no as-of
    #expect(under.status == .underLow)
    #expect(under.remaining == CostRange(Self.pounds(17_500)))
    #expect(under.percentOfLow?.plainDecimal == "12.5")
    let notApplicable = try line(report, "MP2", .sit)
    #expect(notApplicable.status == .overBudget)
    #expect(notApplicable.remaining == CostRange(Self.pounds(-1_000)))
    #expect(notApplicable.percentOfLow == nil)
    let unbudgeted = try line(report, "MP3", .designBuildPIT)
    #expect(unbudgeted.budget == nil)
    #expect(unbudgeted.status == .unbudgeted)
    #expect(unbudgeted.spent == Self.pounds(4_000))
    #expect(unbudgeted.title == "MP3 spend")
    #expect(unbudgeted.remaining == nil)
  }

  @Test("in total: every spend counted, the remaining is budget less all of it, reconciled")
  func total() throws {
    let report = try BudgetVarianceReport.compare(try Self.source())
    #expect(
      report.budget.priced == (try CostRange(low: Self.pounds(170_000), high: Self.pounds(220_000)))
    )
    #expect(report.budget.tbc == 1)
    #expect(report.budget.notApplicable == 1)
    // 60,000 + 50,000 + 55,000 + 7,000 + 1,000 + 4,000 + 2,500
    #expect(report.spent.amount == Self.pounds(179_500))
    #expect(report.spent.lines == 7)
    #expect(report.remaining.low == Self.pounds(-9_500))
    #expect(report.remaining.high == Self.pounds(40_500))
    #expect(report.percentOfLow?.plainDecimal == "105.6")  // 179.5 / 170 = 105.588…%
    #expect(report.percentOfHigh?.plainDecimal == "81.6")  // 179.5 / 220 = 81.590…%
    #expect(report.status == .withinRange)
    #expect(report.unbudgeted == SpendRecord.Amount(amount: Self.pounds(4_000), lines: 1))
    #expect(report.againstTBC == SpendRecord.Amount(amount: Self.pounds(7_000), lines: 1))
    #expect(report.later.lines == 0 && report.undated.lines == 0)
    #expect(report.releases.map(\.version) == ["0.2"])
    #expect(report.reconciliation.isReconciled)
    #expect(report.reconciliation.lineCount == 6)
    let spent = try report.lines.reduce(Money.zero) { try $0.adding($1.spent) }
    #expect(spent == report.spent.amount)
  }

  @Test("as of a date: later and undated spend left out and accounted for")
  func asOf() throws {
    let report = try BudgetVarianceReport.compare(
      try Self.source(), asOf: try CalendarDate(isoParsing: "2023-02-10"))
    // 60,000 + 50,000 (on the day itself) + 7,000 + 1,000 + 4,000
    #expect(report.spent == SpendRecord.Amount(amount: Self.pounds(122_000), lines: 5))
    #expect(report.later == SpendRecord.Amount(amount: Self.pounds(55_000), lines: 1))
    #expect(report.undated == SpendRecord.Amount(amount: Self.pounds(2_500), lines: 1))
    #expect(try line(report, "MP1", .sit).status == .underLow)
    #expect(try line(report, "MP1", .sit).spent == .zero)
    #expect(try line(report, "MP2", .designBuildPIT).spent == .zero)
    #expect(report.remaining.low == Self.pounds(48_000))
    #expect(report.remaining.high == Self.pounds(98_000))
    #expect(report.percentOfLow?.plainDecimal == "71.8")  // 122 / 170
    #expect(report.percentOfHigh?.plainDecimal == "55.5")  // 122 / 220 = 55.45…%
    #expect(report.status == .underLow)
    #expect(report.reconciliation.isReconciled)
  }

  @Test("unbudgeted spend wholly after the as-of date is not listed, but is accounted for")
  func unbudgetedLater() throws {
    let report = try BudgetVarianceReport.compare(
      try Self.source(), asOf: try CalendarDate(isoParsing: "2023-01-01"))
    #expect(!report.lines.contains { $0.status == .unbudgeted })
    #expect(report.spent.lines == 0)
    #expect(report.later.lines == 6)
    #expect(report.undated.lines == 1)
  }

  @Test("spend given as a range is refused, located")
  func actualRange() throws {
    var source = VarianceSource()
    try source.add(
      LedgerLine(
        release: "June 2023", party: .dcc, phase: .sit,
        figure: .priced(.actual, try CostRange(low: Self.pounds(1), high: Self.pounds(2)))),
      origin: LineOrigin(file: "spend.csv", line: 4))
    #expect(throws: VarianceInputError.actualRange(LineOrigin(file: "spend.csv", line: 4))) {
      try BudgetVarianceReport.compare(source)
    }
  }

  @Test("statuses against a range, at its edges")
  func edges() throws {
    let range = try CostRange(low: Self.pounds(10), high: Self.pounds(20))
    #expect(BudgetStatus(spent: Self.pounds(10), within: range) == .withinRange)
    #expect(BudgetStatus(spent: Self.pounds(20), within: range) == .withinRange)
    #expect(BudgetStatus(spent: Money(pence: 999), within: range) == .underLow)
    #expect(BudgetStatus(spent: Money(pence: 2001), within: range) == .overBudget)
    #expect(BudgetStatus(spent: .zero, against: .notApplicable) == .withinRange)
    #expect(BudgetStatus(spent: .zero, against: nil) == .unbudgeted)
    #expect(BudgetStatus(spent: .zero, against: .tbc) == .budgetTBC)
  }
}
