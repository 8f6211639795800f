import SECCost
import SECCostTestSupport
import Testing

@testable import SECCostCSV

@Suite("Dated actual spend in the wide layout")
struct WideLayoutDateTests {
  @Test("a Date column appears when spend is dated; each day's spend gets its own row")
  func dates() throws {
    let spend = { (pounds: Int64, date: String?) throws -> LedgerLine in
      LedgerLine(
        release: "November 2022", party: .dcc, modification: "MP078", phase: .sit,
        figure: .priced(.actual, CostRange(Money(pence: pounds * 100))),
        date: try date.map { try CalendarDate(isoParsing: $0) })
    }
    let ledger = Ledger(lines: [
      try spend(100, "2022-02-28"), try spend(200, "2022-05-31"), try spend(50, nil),
      LedgerLine(
        release: "November 2022", party: .dcc, modification: "MP078", phase: .uit,
        figure: .notApplicable),
    ])
    let wide = String(decoding: try ledger.wideCSV(), as: UTF8.self)
    let rows = wide.split(separator: "\n")
    #expect(rows[0].hasPrefix("Release,Version,Party,Modification,Title,Basis,Date,"))
    #expect(rows.count == 4)
    #expect(wide.contains(",MP078,,actual,,,£50,N/A,"))
    #expect(wide.contains(",MP078,,actual,\"2022-02-28\",,£100,,"))
    #expect(wide.contains(",MP078,,actual,\"2022-05-31\",,£200,,"))
    let file = try TemporaryFile(bytes: Array(wide.utf8))
    defer { file.remove() }
    #expect(try Ledger.load([file.path]).canonicalLines == ledger.canonicalLines)
  }

  @Test("without dates, the wide header is as before")
  func noDates() throws {
    let ledger = Ledger(lines: [
      LedgerLine(release: "June 2023", party: .dcc, phase: .sit, figure: .tbc)
    ])
    let header = String(decoding: try ledger.wideCSV(), as: UTF8.self).prefix { $0 != "\n" }
    #expect(!header.contains("Date"))
  }
}
