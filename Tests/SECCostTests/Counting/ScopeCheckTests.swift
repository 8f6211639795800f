import Testing

@testable import SECCost

@Suite("Scope checks of a ledger's costs")
struct ScopeCheckTests {
  private static func day(_ text: String) -> CalendarDate {
    (try? CalendarDate(parsing: text)) ?? CalendarDate(year: 1, month: 1, day: 1)!
  }

  private static let register = ScopeRegister(entries: [
    ScopeEntry(
      release: "November 2022", modification: "MP078", status: .targeted, dccSystems: .yes,
      asOf: day("2021-11-23")),
    ScopeEntry(
      release: "November 2022", modification: "MP141", status: .approved, dccSystems: .yes,
      asOf: day("2021-11-23")),
    ScopeEntry(
      release: "November 2022", modification: "MP143", status: .targeted, dccSystems: .no,
      asOf: day("2021-11-23")),
    ScopeEntry(
      release: "November 2022", modification: "MP107", status: .withdrawn, dccSystems: .yes,
      asOf: day("2021-11-23")),
  ])

  private func line(_ modification: String, _ figure: CostFigure, release: String = "November 2022")
    -> LedgerLine
  {
    LedgerLine(
      release: release, version: "0.4", party: .dcc, modification: modification, phase: .total,
      figure: figure)
  }

  private func findings(_ lines: [LedgerLine]) -> [ScopeFinding] {
    var ledger = CountedLedger()
    ledger.add(contentsOf: lines)
    return ScopeCheck.findings(of: ledger.counted(), register: Self.register)
  }

  @Test("each kind of disagreement, in release and modification order")
  func kinds() {
    let found = findings([
      line("MP078", .tbc), line("MP143", .priced(.estimate, CostRange(Money(pence: 1)))),
      line("MP107", .tbc), line("MP999", .notApplicable),
      line("MP122", .tbc, release: "February 2021"),
    ])
    #expect(
      found.map { "\($0.release) \($0.modification) \($0.kind)" } == [
        "February 2021  releaseNotListed",
        "November 2022 MP107 notInScope",
        "November 2022 MP143 notDCCImpacting",
        "November 2022 MP999 notInScope",
        "November 2022 MP141 noCostLine",
      ])
    #expect(found[1].detail == "withdrawn")
    #expect(found[3].detail == "not listed")
    #expect(!found[4].isAboutLedgerLines)
  }

  @Test("N/A on a modification that is not DCC impacting is not a cost; a line of any kind is one")
  func notApplicableIsNoCost() {
    #expect(
      findings([line("MP078", .notApplicable), line("MP141", .notApplicable), line("MP143", .notApplicable)])
        .isEmpty)
  }
}
