import Testing

@testable import SECCost

/// A hand-computed comparison with every status: the figures, changes and totals below were
/// worked out on paper.
///
/// | key          | before              | after            | status    |
/// | MP1 DBP      | firm £100,000       | firm £110,000    | changed   |
/// | MP1 SIT      | est. £40,000–60,000 | firm £50,000     | firmed    |
/// | MP1 UIT      | TBC                 | firm £30,000     | priced    |
/// | MP2 DBP      | firm £20,000        | TBC              | unpriced  |
/// | MP2 SIT      | firm £5,000         | firm £5,000      | unchanged |
/// | MP3 DBP      | est. £0–10,000      | —                | removed   |
/// | MP4 DBP      | —                   | est. £1,000–2,000| added     |
/// | SECAS PM     | est. £3,000         | est. £3,600      | changed   |
@Suite("Variance reports")
struct VarianceReportTests {
  static func pounds(_ value: Int64) -> Money { Money(pence: value * 100) }

  static func firm(_ value: Int64) -> CostFigure { .priced(.firm, CostRange(pounds(value))) }

  static func estimate(_ low: Int64, _ high: Int64) -> CostFigure {
    .priced(.estimate, (try? CostRange(low: pounds(low), high: pounds(high))) ?? .zero)
  }

  static func key(_ modification: String, _ phase: Phase) -> VarianceKey {
    VarianceKey(
      release: "November 2022", party: phase.party, modification: modification, phase: phase)
  }

  static let baseline: [VarianceKey: VarianceEntry] = [
    key("MP1", .designBuildPIT): VarianceEntry(figure: firm(100_000), version: "0.1"),
    key("MP1", .sit): VarianceEntry(figure: estimate(40_000, 60_000), version: "0.1"),
    key("MP1", .uit): VarianceEntry(figure: .tbc, version: "0.1"),
    key("MP2", .designBuildPIT): VarianceEntry(figure: firm(20_000), version: "0.1"),
    key("MP2", .sit): VarianceEntry(figure: firm(5_000), version: "0.1"),
    key("MP3", .designBuildPIT): VarianceEntry(
      figure: estimate(0, 10_000), version: "0.1", note: "withdrawn"),
    key("", .projectManagement): VarianceEntry(figure: estimate(3_000, 3_000), version: "0.1"),
  ]

  static let current: [VarianceKey: VarianceEntry] = [
    key("MP1", .designBuildPIT): VarianceEntry(
      figure: firm(110_000), version: "0.4", note: "Impact Assessment"),
    key("MP1", .sit): VarianceEntry(figure: firm(50_000), version: "0.4"),
    key("MP1", .uit): VarianceEntry(figure: firm(30_000), version: "0.4"),
    key("MP2", .designBuildPIT): VarianceEntry(figure: .tbc, version: "0.4"),
    key("MP2", .sit): VarianceEntry(figure: firm(5_000), version: "0.4"),
    key("MP4", .designBuildPIT): VarianceEntry(figure: estimate(1_000, 2_000), version: "0.4"),
    key("", .projectManagement): VarianceEntry(figure: estimate(3_600, 3_600), version: "0.4"),
  ]

  private func report(threshold: VarianceThreshold? = nil, onlyChanged: Bool = false) throws
    -> VarianceReport
  {
    try VarianceReport.compare(
      baseline: Self.baseline, current: Self.current, threshold: threshold,
      onlyChanged: onlyChanged)
  }

  private func line(_ report: VarianceReport, _ modification: String, _ phase: Phase) throws
    -> LineVariance
  {
    try #require(report.lines.first { $0.key == Self.key(modification, phase) })
  }

  @Test("lines in report order, each with its status")
  func statuses() throws {
    let report = try report()
    #expect(
      report.lines.map { "\($0.key.modification) \($0.key.phase.id) \($0.status.id)" } == [
        "MP1 design-build-pit changed", "MP1 sit firmed", "MP1 uit priced",
        "MP2 design-build-pit unpriced", "MP2 sit unchanged", "MP3 design-build-pit removed",
        "MP4 design-build-pit added", " project-management changed",
      ])
    #expect(
      report.counts == [
        .unchanged: 1, .changed: 2, .added: 1, .removed: 1, .firmed: 1, .priced: 1, .unpriced: 1,
      ])
    #expect(report.releases == ["November 2022"])
  }

  @Test("changes in pounds and percent, n/a where the baseline is zero or not a figure")
  func changes() throws {
    let report = try report()
    let changed = try line(report, "MP1", .designBuildPIT).change
    #expect(changed.low == Self.pounds(10_000))
    #expect(changed.lowPercent?.plainDecimal == "10.0")
    let firmed = try line(report, "MP1", .sit).change
    #expect(firmed.low == Self.pounds(10_000))
    #expect(firmed.lowPercent?.plainDecimal == "25.0")
    #expect(firmed.high == Self.pounds(-10_000))
    #expect(firmed.highPercent?.plainDecimal == "-16.7")
    let priced = try line(report, "MP1", .uit).change
    #expect(priced.low == Self.pounds(30_000))
    #expect(priced.lowPercent == nil)
    let unpriced = try line(report, "MP2", .designBuildPIT).change
    #expect(unpriced.low == Self.pounds(-20_000))
    #expect(unpriced.lowPercent?.plainDecimal == "-100.0")
    let removed = try line(report, "MP3", .designBuildPIT).change
    #expect(removed.low == .zero)
    #expect(removed.lowPercent == nil)  // the baseline low is £0
    #expect(removed.high == Self.pounds(-10_000))
    #expect(removed.highPercent?.plainDecimal == "-100.0")
    let added = try line(report, "MP4", .designBuildPIT).change
    #expect(added.low == Self.pounds(1_000))
    #expect(added.high == Self.pounds(2_000))
    #expect(added.lowPercent == nil && added.highPercent == nil)
    let unchanged = try line(report, "MP2", .sit).change
    #expect(unchanged.isZero)
    #expect(unchanged.lowPercent?.plainDecimal == "0.0")
  }

  @Test("notes are carried through: the current line's, or the baseline's when removed")
  func notes() throws {
    let report = try report()
    #expect(try line(report, "MP1", .designBuildPIT).note == "Impact Assessment")
    #expect(try line(report, "MP3", .designBuildPIT).note == "withdrawn")
    #expect(try line(report, "MP2", .sit).note == "")
  }

  @Test("overall total: before, after, change, TBC counts on both sides")
  func total() throws {
    let total = try report().total
    // 100,000 + 40,000 + 20,000 + 5,000 + 0 + 3,000 ; 100,000 + 60,000 + 20,000 + 5,000
    // + 10,000 + 3,000
    #expect(
      total.before.priced == (try CostRange(low: Self.pounds(168_000), high: Self.pounds(198_000))))
    #expect(total.before.tbc == 1)
    // 110,000 + 50,000 + 30,000 + 5,000 + 1,000 + 3,600 ; … + 2,000 …
    #expect(
      total.after.priced == (try CostRange(low: Self.pounds(199_600), high: Self.pounds(200_600))))
    #expect(total.after.tbc == 1)
    #expect(total.change.low == Self.pounds(31_600))
    #expect(total.change.lowPercent?.plainDecimal == "18.8")  // 31,600 / 168,000 = 18.809…%
    #expect(total.change.high == Self.pounds(2_600))
    #expect(total.change.highPercent?.plainDecimal == "1.3")  // 2,600 / 198,000 = 1.313…%
    #expect(total.tbcChange == 0)
  }

  @Test("per phase: a total that fell because a figure became TBC shows one more TBC")
  func phases() throws {
    let phases = try report().phases
    #expect(phases.map(\.key) == ["design-build-pit", "sit", "uit", "project-management"])
    let design = phases[0]
    #expect(
      design.before.priced == (try CostRange(low: Self.pounds(120_000), high: Self.pounds(130_000)))
    )
    #expect(
      design.after.priced == (try CostRange(low: Self.pounds(111_000), high: Self.pounds(112_000))))
    #expect(design.change.low == Self.pounds(-9_000))
    #expect(design.change.lowPercent?.plainDecimal == "-7.5")
    #expect(design.change.high == Self.pounds(-18_000))
    #expect(design.change.highPercent?.plainDecimal == "-13.8")  // 18/130 = 13.846…%
    #expect(design.before.tbc == 0 && design.after.tbc == 1 && design.tbcChange == 1)
    #expect(design.after.ridNotation == "£111,000 to £112,000 + 1 TBC")
    let sit = phases[1]
    #expect(sit.change.lowPercent?.plainDecimal == "22.2")  // 10/45
    #expect(sit.change.highPercent?.plainDecimal == "-15.4")  // 10/65
    let uit = phases[2]
    #expect(uit.change.low == Self.pounds(30_000))
    #expect(uit.change.lowPercent == nil)  // nothing priced before: TBC only
    #expect(uit.tbcChange == -1)
    #expect(phases[3].change.lowPercent?.plainDecimal == "20.0")
  }

  @Test("per modification: added and removed modifications, release-level last")
  func modifications() throws {
    let groups = try report().modifications
    #expect(groups.map(\.key) == ["MP1", "MP2", "MP3", "MP4", ""])
    #expect(groups.map(\.label).last == "(release-level)")
    let mp1 = groups[0]
    #expect(mp1.before.ridNotation == "£140,000 to £160,000 + 1 TBC")
    #expect(mp1.after.ridNotation == "£190,000")
    #expect(mp1.change.lowPercent?.plainDecimal == "35.7")  // 50/140
    #expect(mp1.change.highPercent?.plainDecimal == "18.8")  // 30/160 = 18.75, half-even
    #expect(groups[1].change.low == Self.pounds(-20_000))
    #expect(groups[1].change.lowPercent?.plainDecimal == "-80.0")
    let removed = groups[2]
    #expect(removed.after.lines == 0)
    #expect(removed.change.high == Self.pounds(-10_000))
    #expect(removed.change.lowPercent == nil)
    let added = groups[3]
    #expect(added.before.lines == 0)
    #expect(added.change.lowPercent == nil)
    #expect(added.change.high == Self.pounds(2_000))
  }

  @Test("the changes of the lines add up to the change of the total")
  func linesAddUp() throws {
    let report = try report()
    let low = try report.lines.reduce(Money.zero) { try $0.adding($1.change.low) }
    let high = try report.lines.reduce(Money.zero) { try $0.adding($1.change.high) }
    #expect(low == report.total.change.low)
    #expect(high == report.total.change.high)
  }

  @Test("a percentage threshold flags lines strictly over it, and lines from nothing")
  func percentThreshold() throws {
    let report = try report(threshold: .percent(hundredths: 2000))
    let flagged = report.lines.filter(\.flagged).map { "\($0.key.modification) \($0.key.phase.id)" }
    // MP1 SIT +25% low; MP1 UIT from TBC; MP2 DBP -100%; MP3 high -100%; MP4 from nothing.
    // MP1 DBP (+10%) and SECAS PM (exactly +20.0%) are not over 20%.
    #expect(
      flagged == [
        "MP1 sit", "MP1 uit", "MP2 design-build-pit", "MP3 design-build-pit",
        "MP4 design-build-pit",
      ])
    #expect(report.flaggedCount == 5)
  }

  @Test("an amount threshold flags lines whose change is over it")
  func amountThreshold() throws {
    let report = try report(threshold: .amount(Self.pounds(10_000)))
    let flagged = report.lines.filter(\.flagged).map { "\($0.key.modification) \($0.key.phase.id)" }
    #expect(flagged == ["MP1 uit", "MP2 design-build-pit"])
  }

  @Test("only changed: unchanged lines are left out of the list, not out of the totals")
  func onlyChanged() throws {
    let full = try report()
    let report = try report(onlyChanged: true)
    #expect(report.lines.count == 7)
    #expect(!report.lines.contains { $0.status == .unchanged })
    #expect(report.hiddenUnchanged == 1)
    #expect(report.total == full.total)
    #expect(report.counts[.unchanged] == 1)
  }

  @Test("identical sides: everything unchanged, no change anywhere")
  func identical() throws {
    let report = try VarianceReport.compare(baseline: Self.baseline, current: Self.baseline)
    #expect(report.lines.allSatisfy { $0.status == .unchanged && $0.change.isZero })
    #expect(report.total.change.isZero)
    #expect(report.counts[.unchanged] == 7)
  }
}
