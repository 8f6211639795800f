import Foundation
import SECCost
import SECCostCSV
import SECCostOOXML
import SECCostTestSupport
import Testing

/// The ledger workbook evaluated by the real client: headless LibreOffice opens it, recalculates
/// every formula and converts each sheet to CSV.
@Suite(
  "XLSX ledger workbook through LibreOffice", .enabled(if: Calc.isAvailable || Calc.isRequired),
  .tags(.endToEnd))
struct LedgerWorkbookLibreOfficeTests {
  @Test("it opens; the totals row reads TBC and + N TBC; SECAS cost is days × rate; text stays text")
  func evaluate() throws {
    let soffice = try #require(Calc.path, "LibreOffice (soffice) is not installed")
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seccost-ledger-xlsx-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let hostile = directory.appendingPathComponent("hostile.xlsx").path
    try Data(try LedgerWorkbook.bytes(try HostileWorkbookLedger.ledger()))
      .write(to: URL(fileURLWithPath: hostile))
    let november = directory.appendingPathComponent("november.xlsx").path
    try Data(try LedgerWorkbook.bytes(Ledger(lines: try SeedLedgers.november2022)))
      .write(to: URL(fileURLWithPath: november))
    let profile = directory.appendingPathComponent("profile")
    for (folder, formulas) in [("values", false), ("formulas", true)] {
      try Calc.run(
        soffice,
        [
          "--convert-to", XLSXLibreOfficeTests.filter(asShown: true, formulas: formulas),
          "--outdir", directory.appendingPathComponent(folder).path, hostile, november,
        ], profile: profile)
    }
    func rows(_ folder: String, _ sheet: String, of book: String = "hostile") throws -> [[String]] {
      let path = directory.appendingPathComponent(folder)
        .appendingPathComponent("\(book)-\(sheet).csv").path
      var rows: [[String]] = []
      try CSVReader(path: path).forEachRow { record in
        rows.append((0..<record.count).map { record.text(at: $0) ?? "" })
      }
      return rows
    }
    let wide = try rows("values", "Wide")
    let header = try #require(wide.first)
    func column(_ name: String) throws -> Int { try #require(header.firstIndex(of: name)) }
    let total = try #require(wide.last)
    #expect(wide.count == 6, "header, four rows, totals directly below")
    #expect(total.first == "Total")
    #expect(total[try column("Design, Build & PIT")] == "£3,000.50 + 1 TBC")
    #expect(total[try column("SIT")] == "TBC")
    #expect(total[try column("SEC changes")] == "£3,000")
    let secas = try #require(wide.first { $0[try column("Party")] == "SECAS" })
    #expect(secas[try column("SEC changes")] == "£3,000")
    let formulas = try rows("formulas", "Wide")
    #expect(formulas[4][try column("SEC changes")] == "=M5*N5")
    // Text came through as text, the escaped characters decoded.
    #expect(wide[1].prefix(5) == ["November 2022", "0.10", "DCC", "MP001", "=SUM(A1)"])
    #expect(wide[2][4] == "2023-01-31")
    let ledger = try rows("values", "Ledger")
    let noted = try #require(ledger.first { $0[3] == "MP003" })
    #expect(noted.last?.unicodeScalars.map(\.value) == HostileWorkbookLedger.note.unicodeScalars.map(\.value))
    // November 2022: footnoted amounts (`£1,335,568 [1]`) are added, ranges added as intervals.
    let novemberWide = try rows("values", "Wide", of: "november")
    #expect(
      novemberWide.last == [
        "Total", "", "", "", "", "", "£5,270,792 to £5,744,792", "£1,573,801 + 2 TBC", "TBC",
        "£26,571 + 2 TBC", "£9,919 + 2 TBC", "£3,000", "£12,000", "", "", "",
      ])
    // The same amounts, ranges and TBC counts as `seccost totals` gives for each phase (which
    // also counts phases not provided, which a column of cells cannot show).
    let ledgerPath = SeedLedgers.root.appendingPathComponent("Ledgers/2022-11-sec-release.csv").path
    let totals = Seccost.run(["totals", ledgerPath, "--by", "phase"])
    #expect(totals.status == 0)
    let phases = try #require(novemberWide.first)
    for (index, total) in try #require(novemberWide.last).enumerated()
    where index >= 6 && !total.isEmpty && total != "TBC" {
      let line = try #require(
        totals.stdout.split(separator: "\n").first { $0.hasPrefix(phases[index] + " ") })
      let figure = line.dropFirst(phases[index].count).drop { $0 == " " }
      #expect(figure.hasPrefix(total), "\(line)")
    }
    #expect(try rows("values", LedgerFingerprint.sheetName).first?.prefix(2).elementsEqual(
      [LedgerFingerprint.label, LedgerFingerprint.of(try HostileWorkbookLedger.ledger())]) == true)
  }
}
