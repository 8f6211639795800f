import Testing

@testable import SECCost

@Suite("The date column of ledger CSV v1")
struct DateColumnTests {
  private func row(_ values: [LedgerColumn: String]) -> LedgerRow {
    var base: [LedgerColumn: String] = [
      .release: "November 2022", .party: "DCC", .phase: "sit", .basis: "actual", .low: "1000",
    ]
    base.merge(values) { _, new in new }
    return LedgerRow(base)
  }

  private func issues(_ values: [LedgerColumn: String]) -> [String] {
    switch row(values).validated() {
    case .success: return []
    case .failure(let error): return error.issues.map(\.description)
    }
  }

  @Test("an actual line may carry a date, or none")
  func dated() throws {
    #expect(try row([.date: " 2023-01-31 "]).validated().get().date?.iso == "2023-01-31")
    #expect(try row([:]).validated().get().date == nil)
  }

  @Test(
    "a bad date is a clear error in the date column",
    arguments: [
      (
        "31/01/2023",
        "date: \"31/01/2023\" is not an ISO 8601 date (expected YYYY-MM-DD, e.g. 2023-01-31;"
          + " a spreadsheet may have reformatted it: format the column as text and export again)"
      ),
      (
        "2023-02-29",
        "date: \"2023-02-29\" is not a day of the calendar (February 2023 has 28 days)"
      ),
      ("2023-13-01", "date: \"2023-13-01\" has no such month (months run from 01 to 12)"),
    ])
  func badDate(text: String, expected: String) {
    #expect(issues([.date: text]) == [expected])
  }

  @Test("a date is only for actual spend")
  func onlyActual() {
    #expect(
      issues([.basis: "firm", .date: "2023-01-31"])
        == ["date: is for actual spend; it must be empty on a firm line"])
    #expect(
      issues([.basis: "tbc", .low: "", .date: "2023-01-31"])
        == ["date: is for actual spend; it must be empty on a tbc line"])
  }

  @Test("the column is read under its name, in any case")
  func header() {
    #expect(LedgerColumn(header: "Date") == .date)
    #expect(
      LedgerColumn.allCases.map(\.name).joined(separator: ",")
        == "release,version,party,modification,title,phase,basis,date,low,high,likely,days,day_rate,note"
    )
  }

  @Test("canonical order puts undated spend first, then by day, before the amount")
  func order() throws {
    func spend(_ pence: Int64, _ date: String?) throws -> LedgerLine {
      LedgerLine(
        release: "November 2022", party: .dcc, phase: .sit,
        figure: .priced(.actual, CostRange(Money(pence: pence))),
        date: try date.map { try CalendarDate(isoParsing: $0) })
    }
    let lines = [
      try spend(1, "2023-02-01"), try spend(9, "2023-01-31"), try spend(5, nil),
      try spend(2, "2023-01-31"),
    ]
    let ordered = Ledger(lines: lines).canonicalLines
    #expect(ordered.map(\.figure.range?.low.pence) == [5, 2, 9, 1])
  }
}
