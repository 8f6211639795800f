import Testing

@testable import SECCost

@Suite("Variance sources: versions, duplicates, spend")
struct VarianceSourceTests {
  private func line(
    _ modification: String, _ phase: Phase, _ figure: CostFigure, version: String,
    release: String = "November 2022", date: CalendarDate? = nil
  ) -> LedgerLine {
    LedgerLine(
      release: release, version: version, party: phase.party, modification: modification,
      phase: phase, figure: figure, date: date)
  }

  private func firm(_ pounds: Int64) -> CostFigure {
    .priced(.firm, CostRange(Money(pence: pounds * 100)))
  }

  private func key(_ modification: String, _ phase: Phase, release: String = "November 2022")
    -> VarianceKey
  {
    VarianceKey(release: release, party: phase.party, modification: modification, phase: phase)
  }

  @Test("with no version asked for, each key's latest version (natural order) is counted")
  func latest() throws {
    var source = VarianceSource()
    try source.add(line("MP1", .sit, firm(1), version: "0.4"))
    try source.add(line("MP1", .sit, firm(2), version: "0.10"))
    try source.add(line("MP1", .sit, firm(3), version: "0.9"))
    try source.add(line("MP2", .sit, firm(4), version: "0.4"))
    try source.add(line("MP9", .total, firm(5), version: "0.1", release: "February 2021"))
    let figures = try source.figures()
    #expect(figures.count == 3)
    #expect(figures[key("MP1", .sit)]?.figure == firm(2))
    #expect(figures[key("MP1", .sit)]?.version == "0.10")
    #expect(figures[key("MP2", .sit)]?.figure == firm(4))  // carried forward from 0.4
    #expect(figures[key("MP9", .total, release: "February 2021")]?.figure == firm(5))
    #expect(
      source.countedVersions().map { "\($0.release) \($0.version ?? "-")" } == [
        "February 2021 0.1", "November 2022 0.10",
      ])
    #expect(try source.figureTotals()["November 2022"]?.priced == CostRange(Money(pence: 600)))
  }

  @Test("a version asked for is the ledger as it stood at that version")
  func chosenVersion() throws {
    var source = VarianceSource()
    try source.add(line("MP1", .sit, firm(1), version: "0.4"))
    try source.add(line("MP1", .sit, firm(2), version: "0.10"))
    try source.add(line("MP2", .sit, .tbc, version: "0.4"))
    try source.add(line("MP3", .sit, .tbc, version: ""))
    let figures = try source.figures(version: "0.4")
    #expect(Set(figures.keys) == [key("MP1", .sit), key("MP2", .sit), key("MP3", .sit)])
    #expect(figures[key("MP1", .sit)]?.figure == firm(1))
    #expect(try source.figures(version: "0.10")[key("MP1", .sit)]?.figure == firm(2))
    #expect(try source.figures(version: "7").isEmpty)
    #expect(source.countedVersions(version: "7").isEmpty)
  }

  @Test("a versioned line supersedes an unversioned line of the same key")
  func unversioned() throws {
    var source = VarianceSource()
    try source.add(line("MP1", .sit, firm(1), version: "0.4"))
    try source.add(line("MP2", .sit, firm(2), version: ""))
    #expect(try source.figures().count == 2)
    try source.add(
      line("MP1", .sit, firm(3), version: ""), origin: LineOrigin(file: "a.csv", line: 7))
    #expect(try source.figures()[key("MP1", .sit)]?.figure == firm(1))
  }

  @Test("two sources merged: the same key and version twice is a duplicate, located")
  func merge() throws {
    var budget = VarianceSource()
    try budget.add(
      line("MP1", .sit, firm(1), version: "0.4"), origin: LineOrigin(file: "a.csv", line: 2))
    var other = VarianceSource()
    try other.add(
      line("MP1", .sit, firm(1), version: "0.4"), origin: LineOrigin(file: "b.csv", line: 5))
    #expect(
      throws: VarianceInputError.duplicate(
        key("MP1", .sit), version: "0.4", first: LineOrigin(file: "a.csv", line: 2),
        second: LineOrigin(file: "b.csv", line: 5))
    ) { try budget.add(other) }
    #expect(
      VarianceInputError.duplicate(
        key("", .secChanges), version: "", first: LineOrigin(file: "a.csv", line: 2),
        second: LineOrigin(file: "b.csv", line: 5)
      ).description
        == "b.csv:5: duplicate line: November 2022 SECAS release-level sec-changes in no version"
        + " is also given at a.csv:2")
  }

  /// Each source hashes its keys in its own order; held alive at once, forty sources of the
  /// same lines would report different duplicates if the first met in that order were reported.
  @Test("of several duplicates, the one on the earliest line is reported, on every run")
  func earliestDuplicate() throws {
    let modifications = (1...8).map { "MP\($0)" }
    var outcomes: [VarianceInputError?] = []
    var held: [VarianceSource] = []
    for _ in 0..<40 {
      var budget = VarianceSource()
      var other = VarianceSource()
      for (index, modification) in modifications.enumerated() {
        try budget.add(
          line(modification, .sit, firm(1), version: "0.4"),
          origin: LineOrigin(file: "a.csv", line: index + 2))
        try other.add(
          line(modification, .sit, firm(1), version: "0.4"),
          origin: LineOrigin(file: "b.csv", line: 9 - index))
      }
      held.append(other)
      do {
        try budget.add(other)
        outcomes.append(nil)
      } catch {
        outcomes.append(error)
      }
    }
    // MP8 is on b.csv's earliest line, 2.
    let expected = VarianceInputError.duplicate(
      key("MP8", .sit), version: "0.4", first: LineOrigin(file: "a.csv", line: 9),
      second: LineOrigin(file: "b.csv", line: 2))
    #expect(outcomes.allSatisfy { $0 == expected })
    #expect(held.count == 40)
  }

  @Test("actual spend is summed per key and day; it may repeat, in any version")
  func spend() throws {
    var source = VarianceSource()
    let day = try CalendarDate(isoParsing: "2023-01-31")
    let spend = CostFigure.priced(.actual, CostRange(Money(pence: 100)))
    try source.add(line("MP1", .sit, spend, version: "", date: day))
    try source.add(line("MP1", .sit, spend, version: "0.1", date: day))
    try source.add(line("MP1", .sit, spend, version: "0.4", date: nil))
    #expect(source.actualLines == 3)
    #expect(try source.figures().isEmpty)
    let record = try #require(source.spend[key("MP1", .sit)])
    #expect(record.byDate[day]?.amount == Money(pence: 200))
    #expect(record.byDate[day]?.lines == 2)
    #expect(record.byDate[nil]?.amount == Money(pence: 100))
  }
}
