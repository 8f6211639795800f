import Foundation
import SECCost
import SECCostCSV
import SECCostOOXML
import SECCostTestSupport
import Testing

/// A ledger with text a spreadsheet would turn into something else, characters XML 1.0 cannot
/// hold, a TBC-only phase, a TBC beside amounts, and SECAS effort.
enum HostileWorkbookLedger {
  static let note = "a _x0041_ b\u{1}c\rd\u{FFFF}"
  static let csv = """
    release,version,party,modification,title,phase,basis,date,low,high,likely,days,day_rate,note
    November 2022,0.10,DCC,MP001,=SUM(A1),design-build-pit,firm,,1000.50,1000.50,,,,
    November 2022,0.10,DCC,MP001,=SUM(A1),sit,tbc,,,,,,,
    November 2022,0.10,DCC,MP002,2023-01-31,design-build-pit,estimate,,2000,2000,,,,
    November 2022,0.10,DCC,MP002,2023-01-31,sit,tbc,,,,,,,
    November 2022,0.10,DCC,MP003,Third,design-build-pit,tbc,,,,,,,"\(note)"
    November 2022,0.10,SECAS,,Effort,sec-changes,estimate,,3000,3000,,5,600,

    """

  static func ledger() throws -> Ledger {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seccost-workbook-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("ledger.csv").path
    try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
    return try Ledger.load([path])
  }
}

@Suite("XLSX: the editable ledger workbook")
struct LedgerWorkbookTests {
  let bytes: [UInt8]
  let wide: String
  let ledgerSheet: String

  init() throws {
    bytes = try LedgerWorkbook.bytes(try HostileWorkbookLedger.ledger())
    wide = try Workbook.part(bytes, "xl/worksheets/sheet1.xml")
    ledgerSheet = try Workbook.part(bytes, "xl/worksheets/sheet2.xml")
  }

  @Test("sheets Wide, Ledger and the hidden fingerprint sheet, in that order")
  func sheets() throws {
    let workbook = try Workbook.part(bytes, "xl/workbook.xml")
    #expect(
      workbook.contains(
        "<sheet name=\"Wide\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Ledger\" sheetId=\"2\""
          + " r:id=\"rId2\"/><sheet name=\"\(LedgerFingerprint.sheetName)\" sheetId=\"3\""
          + " state=\"hidden\" r:id=\"rId3\"/>"))
    let fingerprint = try Workbook.part(bytes, "xl/worksheets/sheet3.xml")
    let expected = LedgerFingerprint.of(try HostileWorkbookLedger.ledger())
    #expect(
      fingerprint.contains(
        "<c r=\"A1\" t=\"inlineStr\"><is><t>\(LedgerFingerprint.label)</t></is></c>"
          + "<c r=\"B1\" t=\"inlineStr\"><is><t>\(expected)</t></is></c>"))
  }

  @Test("the Wide header is the wide CSV's header")
  func wideHeader() throws {
    let ledger = try HostileWorkbookLedger.ledger()
    let csvHeader = String(decoding: try ledger.wideCSV(), as: UTF8.self).split(separator: "\n")[0]
    let headers = try WideTable(ledger).columns.map(\.header)
    #expect(headers.joined(separator: ",") == csvHeader.replacingOccurrences(of: "\"", with: ""))
    for (index, header) in headers.enumerated() {
      #expect(wide.contains("<c r=\"\(XLSXSheet.column(index))1\" s=\"3\" t=\"inlineStr\"><is><t>"
        + XLSXText.escaped(header) + "</t>"))
    }
  }

  @Test("text that looks like a formula, a number or a date is an inline string in both sheets")
  func textIsText() {
    for sheet in [wide, ledgerSheet] {
      for text in ["=SUM(A1)", "0.10", "2023-01-31", "November 2022"] {
        #expect(sheet.contains("t=\"inlineStr\"><is><t>\(text)</t></is>"), "\(text)")
      }
      #expect(!sheet.contains("<f>SUM(A1)"))
    }
  }

  @Test("characters XML cannot hold are escaped as _xHHHH_, a literal _x0041_ as _x005F_x0041_")
  func escapes() {
    #expect(
      XLSXText.escaped(HostileWorkbookLedger.note)
        == "a _x005F_x0041_ b_x0001_c_x000D_d_x" + "FFFF_")
    #expect(XLSXText.escaped("_x12_ _xABCD") == "_x12_ _xABCD")
    #expect(ledgerSheet.contains("<t>a _x005F_x0041_ b_x0001_c_x000D_d_xFFFF_</t>"))
    #expect(wide.contains("[1] a _x005F_x0041_ b_x0001_c_x000D_d_xFFFF_</t>"))
  }

  @Test("a <t> keeps white space at its ends, a line feed or two spaces with xml:space=preserve")
  func preserve() {
    for text in [" a", "a ", "a\nb", "a  b", "\ta", "a\r", "\n", " "] {
      #expect(XLSXText.needsPreserve(text), "\(text.debugDescription)")
    }
    for text in ["", "a b", "a\tb", "a\rb", "£1 – é", "a b c"] {
      #expect(!XLSXText.needsPreserve(text), "\(text.debugDescription)")
    }
  }

  @Test("amounts are numbers with the ledger's exact pence; estimates italic; SECAS cost =days×rate")
  func amounts() {
    let italic = XLSXStyle.moneyItalic.rawValue
    #expect(wide.contains("<c r=\"G2\" s=\"\(XLSXStyle.moneyPence.rawValue)\"><v>1000.50</v></c>"))
    #expect(wide.contains("<c r=\"G3\" s=\"\(italic)\"><v>2000</v></c>"))
    #expect(wide.contains("<c r=\"H2\" s=\"\(XLSXStyle.figureText.rawValue)\" t=\"inlineStr\"><is><t>TBC</t>"))
    #expect(wide.contains("<c r=\"L5\" s=\"\(italic)\"><f>M5*N5</f><v>3000</v></c>"))
    #expect(ledgerSheet.contains("<v>1000.50</v></c><c r=\"J2\" s=\"7\"><v>1000.50</v>"))
  }

  @Test("a SECAS cost with a footnote marker is still days × rate: a text formula, cached as the RID writes it")
  func markedEffort() throws {
    let bytes = try LedgerWorkbook.bytes(Ledger(lines: SeedLedgers.november2022))
    let wide = try Workbook.part(bytes, "xl/worksheets/sheet1.xml")
    let product = "N9*O9"
    #expect(
      wide.contains(
        "t=\"str\"><f>IF((\(product))=INT(\(product)),TEXT(\(product),&quot;£#,##0&quot;),"
          + "TEXT(\(product),&quot;£#,##0.00&quot;))&amp;&quot; [1]&quot;</f><v>£3,000 [1]</v>"))
  }

  @Test("the totals row: Total, then formulas; a TBC-only phase reads TBC, a TBC beside amounts + N TBC")
  func totals() throws {
    let row = try #require(wide.firstRange(of: "<row r=\"6\">").map { wide[$0.lowerBound...] })
    #expect(row.hasPrefix("<row r=\"6\"><c r=\"A6\" s=\"16\" t=\"inlineStr\"><is><t>Total</t>"))
    let cells = row.components(separatedBy: "<c r=\"").dropFirst(2)
    #expect(cells.allSatisfy { $0.contains("<f t=\"array\"") })
    #expect(row.contains(">£3,000.50 + 1 TBC</v>"))
    #expect(row.contains("<c r=\"H6\" s=\"19\" t=\"str\"><f t=\"array\" ref=\"H6\">"))
    #expect(row.contains(">TBC</v></c><c r=\"I6\""))
    #expect(row.contains("COUNTIF(G2:G5,&quot;TBC*&quot;)"))
    #expect(row.contains("<c r=\"G6\" s=\"19\" t=\"str\"><f t=\"array\" ref=\"G6\">"))
    #expect(row.contains("_xlfn.NUMBERVALUE(SUBSTITUTE(LEFT(G2:G5,FIND("))
    // Footnoted amounts are added, ranges as intervals (the cached values, as LibreOffice computes).
    let november = try Workbook.part(
      try LedgerWorkbook.bytes(Ledger(lines: try SeedLedgers.november2022)),
      "xl/worksheets/sheet1.xml")
    #expect(november.contains("<v>£5,270,792 to £5,744,792</v>"))
    #expect(!november.contains("not summed</v>"))
    // Under Excel's limit of 8,192 characters a formula, even over a column of a million rows.
    let total = XLSXColumnTotal(ranges: ["G2:G1048576"]).formula
    #expect(total.count < 8_192, "\(total.count) characters")
    #expect(total.contains(" to "))
    #expect(november.contains("<v>£9,919 + 2 TBC</v>"))
  }

  @Test("drop-down lists of the accepted ids, frozen header, A4 landscape one page wide")
  func layout() {
    let parties = Party.allCases.map(\.id).joined(separator: ",")
    let phases = Phase.allCases.map(\.id).joined(separator: ",")
    let bases = Basis.allCases.map(\.id).joined(separator: ",")
    #expect(wide.contains("sqref=\"C2:C1048576\"><formula1>&quot;\(parties)&quot;</formula1>"))
    #expect(wide.contains("sqref=\"F2:F1048576\"><formula1>&quot;firm,estimate,actual&quot;"))
    #expect(ledgerSheet.contains("sqref=\"F2:F1048576\"><formula1>&quot;\(phases)&quot;"))
    #expect(ledgerSheet.contains("sqref=\"G2:G1048576\"><formula1>&quot;\(bases)&quot;"))
    for sheet in [wide, ledgerSheet] {
      #expect(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
      #expect(sheet.contains("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"))
      #expect(sheet.contains("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"))
      // A text column takes what is typed in it as text (`@`): a version 0.10 stays 0.10.
      let text = XLSXStyle.textEntry.rawValue
      #expect(sheet.contains("<col min=\"5\" max=\"5\" width=\"40\" style=\"\(text)\" customWidth=\"1\"/>"))
      #expect(sheet.contains("<c r=\"B2\" s=\"\(text)\" t=\"inlineStr\"><is><t>0.10</t>"))
    }
    #expect(XLSXWorkbook.styles.contains("<xf numFmtId=\"49\""))
  }

  @Test("the same ledger gives the same bytes")
  func deterministic() throws {
    #expect(try LedgerWorkbook.bytes(try HostileWorkbookLedger.ledger()) == bytes)
    let november = Ledger(lines: try SeedLedgers.november2022)
    #expect(try LedgerWorkbook.bytes(november) == (try LedgerWorkbook.bytes(november)))
  }
}
