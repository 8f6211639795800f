import Foundation
import SECCost
import Testing

@testable import SECCostCSV

/// Amounts of £10 trillion or more have 16 significant digits, one more than a spreadsheet's
/// numbers hold: they are quoted, so that a spreadsheet importing with "quoted fields as text"
/// keeps every digit. The boundary, on both sides, by both writers (cells and the export's
/// direct writer).
@Suite("amounts from £10 trillion up are quoted in CSV")
struct AmountQuotingTests {
  /// £10,000,000,000,000.00 in pence: the smallest amount quoted.
  static let threshold: Int64 = 1_000_000_000_000_000

  /// (pence, expected cell bytes): just below, at and just above the threshold, either sign.
  static let boundary: [(Int64, String)] = [
    (threshold - 1, "9999999999999.99"),
    (threshold, "\"10000000000000.00\""),
    (threshold + 1, "\"10000000000000.01\""),
    (-(threshold - 1), "-9999999999999.99"),
    (-threshold, "\"-10000000000000.00\""),
    (-(threshold + 1), "\"-10000000000000.01\""),
    (999_999_999_999_900, "9999999999999.00"),
    (Int64.max, "\"92233720368547758.07\""),
    (0, "0.00"),
  ]

  @Test("CSVCell.amount: a number below £10 trillion, an exact (quoted) number from it up")
  func cells() {
    for (pence, expected) in Self.boundary {
      let money = Money(pence: pence)
      let cell = CSVCell.amount(money)
      if expected.hasPrefix("\"") {
        #expect(cell == .exactNumber(money.plainDecimal), "\(pence)")
      } else {
        #expect(cell == .number(money.plainDecimal), "\(pence)")
      }
      var writer = CSVWriter()
      writer.writeRow([cell])
      #expect(String(decoding: writer.bytes, as: UTF8.self) == expected + "\n", "\(pence)")
    }
    #expect(CSVCell.amount(nil) == .number(""))
  }

  @Test("the export's direct writer (appendAmount) quotes from the same amount")
  func directWriter() {
    for (pence, expected) in Self.boundary {
      var writer = CSVWriter()
      writer.appendAmount(Money(pence: pence))
      writer.endRow()
      #expect(String(decoding: writer.bytes, as: UTF8.self) == expected + "\n", "\(pence)")
    }
    var empty = CSVWriter()
    empty.appendAmount(nil)
    #expect(empty.bytes.isEmpty)
  }

  @Test(
    "an exported ledger: low, high, likely and day rate quoted from £10 trillion, and read back")
  func exportedLedger() throws {
    func line(_ modification: String, _ pence: Int64) -> LedgerLine {
      LedgerLine(
        release: "November 2022", version: "0.4", party: .dcc, modification: modification,
        phase: .sit, figure: .priced(.firm, CostRange(Money(pence: pence))))
    }
    let below = Self.threshold - 1
    let ledger = Ledger(lines: [
      line("MP1", below), line("MP2", Self.threshold), line("MP3", Self.threshold + 1),
      LedgerLine(
        release: "November 2022", version: "0.4", party: .dcc, modification: "MP4", phase: .sit,
        figure: .priced(
          .estimate,
          try CostRange(low: Money(pence: below - 1), high: Money(pence: Self.threshold + 1))),
        likely: Money(pence: Self.threshold)),
      LedgerLine(
        release: "November 2022", version: "0.4", party: .secas, phase: .secChanges,
        figure: .priced(.firm, CostRange(Money(pence: Self.threshold))),
        effort: SECASEffort(days: Days(1), dayRate: Money(pence: Self.threshold))),
      LedgerLine(
        release: "November 2022", version: "0.4", party: .secas, phase: .projectManagement,
        figure: .priced(.firm, CostRange(Money(pence: below))),
        effort: SECASEffort(days: Days(1), dayRate: Money(pence: below))),
    ])
    let text = String(decoding: ledger.canonicalCSV(), as: UTF8.self)
    let rows = text.split(separator: "\n").map(String.init)
    #expect(
      rows[1...] == [
        "November 2022,\"0.4\",DCC,MP1,,sit,firm,,9999999999999.99,9999999999999.99,,,,",
        "November 2022,\"0.4\",DCC,MP2,,sit,firm,,\"10000000000000.00\",\"10000000000000.00\",,,,",
        "November 2022,\"0.4\",DCC,MP3,,sit,firm,,\"10000000000000.01\",\"10000000000000.01\",,,,",
        "November 2022,\"0.4\",DCC,MP4,,sit,estimate,,9999999999999.98,\"10000000000000.01\","
          + "\"10000000000000.00\",,,",
        "November 2022,\"0.4\",SECAS,,,sec-changes,firm,,\"10000000000000.00\","
          + "\"10000000000000.00\",,1,\"10000000000000.00\",",
        "November 2022,\"0.4\",SECAS,,,project-management,firm,,9999999999999.99,"
          + "9999999999999.99,,1,9999999999999.99,",
      ])
    // The cells path writes the same bytes.
    var writer = CSVWriter()
    writer.writeRow(LedgerColumn.allCases.map(\.name))
    for line in ledger.canonicalLines { writer.writeRow(line.canonicalCells) }
    #expect(String(decoding: writer.bytes, as: UTF8.self) == text)
    // Quoted or not, the amounts read back exactly.
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("seccost-quoting-\(UUID().uuidString).csv").path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(try Ledger.load([path]).canonicalLines == ledger.canonicalLines)
  }

  @Test("the wide layout quotes a day rate from £10 trillion, as the ledger layout does")
  func wideDayRate() throws {
    func effort(_ phase: Phase, _ pence: Int64) -> LedgerLine {
      LedgerLine(
        release: "November 2022", version: "0.4", party: .secas, phase: phase,
        figure: .priced(.firm, CostRange(Money(pence: pence))),
        effort: SECASEffort(days: Days(1), dayRate: Money(pence: pence)))
    }
    let ledger = Ledger(lines: [
      effort(.secChanges, Self.threshold), effort(.projectManagement, Self.threshold - 1),
    ])
    let text = String(decoding: try ledger.wideCSV(), as: UTF8.self)
    #expect(text.contains(",\"10000000000000.00\","), "\(text)")
    #expect(text.contains(",9999999999999.99,"), "\(text)")
    #expect(!text.contains(",10000000000000.00,"), "\(text)")
  }
}
