import Foundation
import SECCost
import SECCostOOXML
import SECCostTestSupport
import Testing
import ZIPFoundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

@testable import SECCostReports

/// Reading back a generated workbook with ZIPFoundation.
enum Workbook {
  /// The entries of an .xlsx, in archive order: path, bytes, and the entry itself.
  static func entries(_ bytes: [UInt8]) throws -> [(path: String, text: String, entry: Entry)] {
    let archive = try Archive(data: Data(bytes), accessMode: .read)
    var result: [(String, String, Entry)] = []
    for entry in archive {
      var data = Data()
      _ = try archive.extract(entry) { data.append($0) }
      result.append((entry.path, String(decoding: data, as: UTF8.self), entry))
    }
    return result
  }

  /// The text of one part.
  static func part(_ bytes: [UInt8], _ path: String) throws -> String {
    try #require(try entries(bytes).first { $0.path == path }).text
  }
}

@Suite("XLSX: a workbook for Excel and LibreOffice")
struct XLSXReportTests {
  @Test("the package: parts in a fixed order, stored, dated 1980-01-01, every part well-formed XML")
  func package() throws {
    let bytes = try XLSXReport.render(try SeedLedgers.novemberReport(withBaseline: true))
    let entries = try Workbook.entries(bytes)
    #expect(
      entries.map(\.path) == [
        "[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml",
        "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml",
      ])
    for (path, text, entry) in entries {
      #expect(entry.fileAttributes[.modificationDate] as? Date == OOXMLPackage.entryDate, "\(path)")
      #expect(entry.compressedSize == entry.uncompressedSize, "\(path) is stored")
      let parser = XMLParser(data: Data(text.utf8))
      #expect(
        parser.parse(), "\(path) is not well-formed XML: \(String(describing: parser.parserError))")
    }
    let workbook = try Workbook.part(bytes, "xl/workbook.xml")
    #expect(workbook.contains("<sheet name=\"Costs\" sheetId=\"1\" r:id=\"rId1\"/>"))
    #expect(workbook.contains("<sheet name=\"Notes\" sheetId=\"2\" r:id=\"rId2\"/>"))
    #expect(workbook.contains("<sheet name=\"Ledger\" sheetId=\"3\" r:id=\"rId3\"/>"))
    #expect(workbook.contains("<sheet name=\"Variance\" sheetId=\"4\" r:id=\"rId4\"/>"))
    #expect(workbook.contains("fullCalcOnLoad=\"1\""))
    let styles = try Workbook.part(bytes, "xl/styles.xml")
    #expect(styles.contains("<numFmt numFmtId=\"164\" formatCode=\"£#,##0\"/>"))
  }

  @Test("the same report gives the same bytes")
  func deterministic() throws {
    let first = try XLSXReport.render(try SeedLedgers.novemberReport(withBaseline: true))
    let second = try XLSXReport.render(try SeedLedgers.novemberReport(withBaseline: true))
    #expect(first == second)
    #expect(
      try HTMLPage.of(try SeedLedgers.novemberReport(withBaseline: true))
        == HTMLPage.of(try SeedLedgers.novemberReport(withBaseline: true)))
  }

  @Test("the breakdown: numbers as £#,##0 cells, estimates italic, TBC and N/A as text, SUMs")
  func breakdown() throws {
    let sheet = try Workbook.part(
      try XLSXReport.render(try SeedLedgers.novemberReport()),
      "xl/worksheets/sheet1.xml")
    let money = XLSXStyle.money.rawValue
    let italic = XLSXStyle.moneyItalic.rawValue
    // Row 7 is SECMP0015 (title, two lines of text, the breakdown title, two header rows).
    #expect(sheet.contains("<c r=\"A7\" s=\"1\" t=\"inlineStr\"><is><t>SECMP0015</t></is></c>"))
    #expect(
      sheet.contains(
        "<c r=\"C7\" s=\"\(money)\"><v>1335568</v></c><c r=\"D7\" s=\"\(money)\"><v>1335568</v></c>"
      ))
    // MP140 (row 11): an estimate range in italics, TBC as text.
    #expect(
      sheet.contains(
        "<c r=\"C11\" s=\"\(italic)\"><v>301000</v></c><c r=\"D11\" s=\"\(italic)\"><v>625000</v></c>"
      ))
    #expect(
      sheet.contains(
        "<c r=\"E11\" s=\"\(XLSXStyle.figureText.rawValue)\" t=\"inlineStr\"><is><t>TBC</t></is></c>"
      ))
    #expect(
      sheet.contains(
        "<c r=\"G8\" s=\"\(XLSXStyle.figureText.rawValue)\" t=\"inlineStr\"><is><t>N/A</t></is></c>"
      ))
    // The row total and the totals row: live formulas with their values.
    // (A number where no cell is TBC; text made by the formula where one is.)
    _ = money
    let bold = XLSXStyle.moneyBold.rawValue
    let text = XLSXStyle.totalText.rawValue
    let rowTotal = XLSXColumnTotal(ranges: ["C9", "E9", "G9", "I9", "K9"], countsOtherText: false)
    #expect(
      sheet.contains(
        "<c r=\"M9\" s=\"\(bold)\"><f>\(XMLText.escaped(rowTotal.formula))</f><v>2635546</v></c>"))
    #expect(sheet.contains("<c r=\"M11\" s=\"\(text)\" t=\"str\"><f>"))
    #expect(sheet.contains("<v>£301,000 + 4 TBC</v></c><c r=\"N11\""))
    let design = XLSXColumnTotal(ranges: ["C7:C13"], countsOtherText: false)
    #expect(
      sheet.contains(
        "<c r=\"C14\" s=\"\(bold)\"><f>\(XMLText.escaped(design.formula))</f><v>5270792</v></c>"))
    #expect(sheet.contains("<c r=\"G14\" s=\"\(text)\" t=\"str\"><f>"))
    #expect(sheet.contains("<v>TBC</v></c><c r=\"H14\""), "UIT: only TBCs")
    #expect(sheet.contains("<v>£1,573,801 + 2 TBC</v></c><c r=\"F14\""))
    #expect(sheet.contains("<v>£7,355,083 + 8 TBC</v></c>"))
    #expect(sheet.contains("TBC&quot;,&quot;&quot;)</f><v>+ 8 TBC</v>"), "computed, not typed")
    #expect(sheet.contains("<f>COUNTIF(E7:E13,&quot;TBC&quot;)</f><v>2</v>"))
    #expect(sheet.contains("<t>[2] Application Support</t>"))
    #expect(sheet.contains("<mergeCell ref=\"C5:D5\"/>"))
    // Printed A4 landscape, one page wide; the sentences wrapped across the table.
    #expect(sheet.contains("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"))
    #expect(
      sheet.contains(
        "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"))
    #expect(sheet.contains("<mergeCell ref=\"A3:O3\"/>"))
    #expect(sheet.contains("<c r=\"A3\" s=\"\(XLSXStyle.wrap.rawValue)\" t=\"inlineStr\">"))
  }

  @Test("the notes and ledger sheets")
  func notesAndLedger() throws {
    let bytes = try XLSXReport.render(try SeedLedgers.novemberReport())
    let notes = try Workbook.part(bytes, "xl/worksheets/sheet2.xml")
    #expect(notes.contains("<t>This is a one-off charge for the DSP only.</t>"))
    #expect(notes.contains("<t>footnote</t>"))
    #expect(notes.contains("<t>remark</t>"))
    let ledger = try Workbook.part(bytes, "xl/worksheets/sheet3.xml")
    for column in XLSXReport.ledgerColumns {
      #expect(ledger.contains("<t>\(column)</t>"))
    }
    #expect(ledger.contains("<v>1886716.00</v>"))
    #expect(ledger.contains("<t>0.4</t>"), "the version is text")
  }

  @Test("pence get a £#,##0.00 format; SECAS effort and totals are there")
  func penceAndSECAS() throws {
    let lines = [
      LedgerLine(
        release: "June 2022", version: "1", party: .dcc, modification: "MP1", phase: .sit,
        figure: .priced(.firm, CostRange(Money(pence: 150)))),
      LedgerLine(
        release: "June 2022", version: "1", party: .secas, phase: .secChanges,
        figure: .priced(.estimate, CostRange(Money(pence: 150_000))),
        effort: SECASEffort(days: Days(2), dayRate: Money(pence: 75_000))),
    ]
    let sheet = try Workbook.part(
      try XLSXReport.render(try CostReport(name: "x.csv", lines: lines)), "xl/worksheets/sheet1.xml"
    )
    #expect(sheet.contains("s=\"\(XLSXStyle.moneyPence.rawValue)\"><v>1.50</v>"))
    #expect(sheet.contains("<t>SEC changes</t>"))
    #expect(sheet.contains("s=\"\(XLSXStyle.moneyItalic.rawValue)\"><f>C14*D14</f><v>1500</v>"))
  }
}
