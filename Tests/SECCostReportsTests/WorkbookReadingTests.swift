import Foundation
import PropertyBased
import SECCost
import SECCostCSV
import SECCostTestSupport
import Testing

@testable import SECCostOOXML
@testable import SECCostReports

/// `seccost import book.xlsx` on workbooks built cell by cell: what each kind of cell reads as,
/// and where problems are located.
@Suite("Reading a workbook: cells, numbers, dates, locations")
struct WorkbookReadingTests {
  /// Runs `seccost import book.xlsx` (plus `arguments`) on `workbook`.
  static func importing(_ workbook: TestWorkbook, _ arguments: [String] = []) throws
    -> CommandResult
  {
    try TemporaryDirectory.with { directory in
      try workbook.write("book.xlsx", in: directory)
      return Seccost.run(["import"] + arguments + ["book.xlsx"], in: directory)
    }
  }

  /// The one data line `seccost import` wrote, or a description of the failure.
  static func line(_ result: CommandResult) -> String {
    let lines = result.stdout.split(separator: "\n")
    guard result.status == 0, lines.count == 2 else { return "exit \(result.status): \(result.stderr)" }
    return String(lines[1])
  }

  /// A ledger sheet of one line whose `low` and `high` cells (I2, J2) are `cells`.
  static func amounts(_ cells: String, styles: [Int] = [0], formats: [(Int, String)] = []) -> TestWorkbook {
    var texts = TestWorkbook.line()
    texts[8] = ""
    texts[9] = ""
    var book = TestWorkbook.single(
      TestWorkbook.sheetXML([
        (1, TestWorkbook.textRow(1, TestWorkbook.ledgerHeader)),
        (2, TestWorkbook.textRow(2, texts) + cells),
      ]))
    book.cellFormats = styles
    book.numberFormats = formats
    return book
  }

  @Test("shared strings: rich-text runs joined, phonetic guides left out, _xHHHH_ decoded, _x005F_ literal")
  func sharedStrings() throws {
    var book = TestWorkbook.single(
      TestWorkbook.sheetXML([
        (1, TestWorkbook.textRow(1, TestWorkbook.ledgerHeader)),
        (
          2,
          TestWorkbook.textRow(2, Array(TestWorkbook.line().prefix(4)))
            + "<c r=\"E2\" t=\"s\"><v>0</v></c>"
            + TestWorkbook.textRow(2, [String](repeating: "", count: 5) + Array(TestWorkbook.line()[5...]))
        ),
      ]))
    book.sharedStrings = [
      "<r><t>Rich </t></r><r><rPr><b/></rPr><t>text</t></r><rPh><t>PHONETIC</t></rPh>"
        + "<r><t>_x0009_tab _x005F_x0041_ _xD83D__xDE00_</t></r>"
    ]
    let result = try Self.importing(book)
    #expect(Self.line(result).contains(",Rich text\ttab _x0041_ 😀,"))
  }

  @Test("a version held as a number is refused at its cell: 0.10 would have become 0.1")
  func numericVersion() throws {
    let row = TestWorkbook.textRow(2, TestWorkbook.line(), cells: [1: "<c r=\"B2\"><v>0.1</v></c>"])
    let result = try Self.importing(
      TestWorkbook.single(
        TestWorkbook.sheetXML([(1, TestWorkbook.textRow(1, TestWorkbook.ledgerHeader)), (2, row)])))
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("book.xlsx:Ledger!B2: version: is the number 0.1, not text"))
    // The same version as text is read.
    let text = try Self.importing(
      TestWorkbook.single(
        TestWorkbook.sheetXML([
          (1, TestWorkbook.textRow(1, TestWorkbook.ledgerHeader)),
          (2, TestWorkbook.textRow(2, TestWorkbook.line())),
        ])))
    #expect(text.status == 0)
  }

  @Test("a sheet part over 10 MB is read (libxml2 refuses more than that given at once)")
  func largePart() throws {
    // 700,000 empty rows after the line: about 14 MB of XML, read as one line.
    var rows = [(1, TestWorkbook.textRow(1, TestWorkbook.ledgerHeader))]
    rows.append((2, TestWorkbook.textRow(2, TestWorkbook.line())))
    rows += (3..<700_003).map { ($0, "") }
    let xml = TestWorkbook.sheetXML(rows)
    #expect(xml.utf8.count > 10_000_000)
    let result = try Self.importing(TestWorkbook.single(xml))
    #expect(Self.line(result) == "November 2022,\"0.4\",DCC,MP078,A title,design-build-pit,firm,,100.00,100.00,,,,")
  }

  @Test("numbers are read from their decimal text: 1886716.1 is £1,886,716.10, an exponent is written out")
  func exactNumbers() throws {
    for (text, expected) in [
      ("1886716.1", "1886716.10"), ("1.8867161E6", "1886716.10"), ("18867161E-1", "1886716.10"),
      ("1886716", "1886716.00"), ("1.5e+2", "150.00"),
    ] {
      let result = try Self.importing(
        Self.amounts(TestWorkbook.number("I2", text) + TestWorkbook.number("J2", text)))
      #expect(Self.line(result).contains(",\(expected),\(expected),"), "\(text)")
    }
  }

  @Test("a binary floating-point artefact is refused as sub-penny, located at the cell, not rounded")
  func subPenny() throws {
    let result = try Self.importing(
      Self.amounts(
        TestWorkbook.number("I2", "1886716.0999999999") + TestWorkbook.number("J2", "1886716.1")))
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("book.xlsx:Ledger!I2: low: "))
    #expect(result.stderr.contains("1886716.0999999999"))
    // Closer to £1,886,716.10 than a binary floating-point value can tell apart: still refused.
    let closer = try Self.importing(
      Self.amounts(
        TestWorkbook.number("I2", "1886716.10000000001") + TestWorkbook.number("J2", "1886716.1")))
    #expect(closer.status == 1)
    #expect(closer.stderr.hasPrefix("book.xlsx:Ledger!I2: low: \"1886716.10000000001\""))
  }

  @Test("three decimals in a workbook: a number is never thousands (20.000 is £20, 100.005 sub-penny); text asks for a number, not --decimal")
  func threeDecimalNumbers() throws {
    // As text in a CSV file, "20.000" may be £20,000 written with a decimal comma, and is
    // refused with a question about --decimal; a number's point is a point.
    let twenty = try Self.importing(
      Self.amounts(TestWorkbook.number("I2", "20.000") + TestWorkbook.number("J2", "20.000")))
    #expect(Self.line(twenty).contains(",20.00,20.00,"), "\(Self.line(twenty))")
    let subPenny = try Self.importing(
      Self.amounts(TestWorkbook.number("I2", "100.005") + TestWorkbook.number("J2", "200")))
    #expect(subPenny.status == 1)
    #expect(subPenny.stderr.hasPrefix("book.xlsx:Ledger!I2: low: "))
    #expect(subPenny.stderr.contains("fractions of a penny"))
    #expect(!subPenny.stderr.contains("--decimal"))
    // Typed as text, £20.000 is as ambiguous as in a CSV file, but a workbook takes no
    // --decimal: the user is asked for a number, or two decimal places.
    let text = try Self.importing(
      Self.amounts(TestWorkbook.text("I2", "£20.000") + TestWorkbook.number("J2", "20000")))
    #expect(text.status == 1)
    #expect(text.stderr.hasPrefix("book.xlsx:Ledger!I2: low: \"£20.000\" reads as £20.00"))
    #expect(text.stderr.contains("type it in the workbook as a number"))
    #expect(!text.stderr.contains("--decimal"))
    #expect(CellNumber.ledgerText("100.005") == "100.0050")
    #expect(CellNumber.ledgerText("-0.125") == "-0.1250")
    for unchanged in ["100.05", "100.0005", "1000", "12.5", "1.8867161"] {
      #expect(CellNumber.ledgerText(unchanged) == unchanged)
    }
  }

  @Test("a number no ledger can hold (1E400) is refused at its cell")
  func absurdNumber() throws {
    let result = try Self.importing(
      Self.amounts(TestWorkbook.number("I2", "1E400") + TestWorkbook.number("J2", "1")))
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("book.xlsx:Ledger!I2: holds the number 1E400"))
  }

  @Test("a formula cell is read from its cached value; one without a cached value is an error naming the cell")
  func formulas() throws {
    let cached = try Self.importing(
      Self.amounts(
        "<c r=\"I2\"><f>J2*1</f><v>250.5</v></c>" + TestWorkbook.number("J2", "250.5")))
    #expect(Self.line(cached).contains(",250.50,250.50,"))
    let uncached = try Self.importing(
      Self.amounts("<c r=\"I2\"><f>J2*1</f></c>" + TestWorkbook.number("J2", "250.5")))
    #expect(uncached.status == 1)
    #expect(uncached.stdout.isEmpty)
    #expect(
      uncached.stderr.hasPrefix("book.xlsx:Ledger!I2: is a formula without a cached value"))
  }

  @Test(
    "a formula with an empty cached number (<v></v>, as openpyxl writes) is refused at its cell, not read as empty"
  )
  func formulaWithEmptyValue() throws {
    // The high cell empty would read as high = low: £100 where the formula meant £200.
    let result = try Self.importing(
      Self.amounts(TestWorkbook.number("I2", "100") + "<c r=\"J2\"><f>I2*2</f><v></v></c>"))
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("book.xlsx:Ledger!J2: is a formula without a cached value"))
    // A text formula whose value is empty is an empty cell, as typed.
    let text = try Self.importing(
      Self.amounts(
        TestWorkbook.number("I2", "100") + TestWorkbook.number("J2", "100")
          + "<c r=\"N2\" t=\"str\"><f>IF(1,\"\",\"x\")</f><v></v></c>"))
    #expect(text.status == 0)
    #expect(Self.line(text).contains(",100.00,100.00,"))
  }

  @Test("a date where a figure belongs is refused; in the date column it is an ISO date")
  func dates() throws {
    // 44866 is 2022-11-01 in the 1900 system; style 1 is the built-in date format 14.
    let refused = try Self.importing(
      Self.amounts(
        TestWorkbook.number("I2", "44866", style: 1) + TestWorkbook.number("J2", "44866"),
        styles: [0, 14]))
    #expect(refused.status == 1)
    #expect(refused.stderr.hasPrefix("book.xlsx:Ledger!I2: low: "))
    #expect(refused.stderr.contains("2022-11-01"))
    // A custom format with a day token is a date too.
    let custom = try Self.importing(
      Self.amounts(
        TestWorkbook.number("I2", "44866", style: 1) + TestWorkbook.number("J2", "44866"),
        styles: [0, 164], formats: [(164, "dd/mm/yyyy")]))
    #expect(custom.status == 1)
    var actual = TestWorkbook.line()
    actual[6] = "actual"
    actual[7] = ""
    var book = TestWorkbook.single(
      TestWorkbook.sheetXML([
        (1, TestWorkbook.textRow(1, TestWorkbook.ledgerHeader)),
        (2, TestWorkbook.textRow(2, actual, cells: [7: TestWorkbook.number("H2", "44866", style: 1)])),
      ]))
    book.cellFormats = [0, 14]
    let accepted = Self.line(try Self.importing(book))
    #expect(accepted.contains(",actual,\"2022-11-01\","), "\(accepted)")
    book.date1904 = true
    #expect(Self.line(try Self.importing(book)).contains(",actual,\"2026-11-02\","))
  }

  @Test("problems are located FILE.xlsx:Sheet!B7, the sheet's name escaped; a row's as Sheet!7")
  func locations() throws {
    var rows = (0..<5).map { TestWorkbook.line(modification: "MP\(100 + $0)") }
    rows[5 - 1][2] = "Nobody"  // row 6
    var book = TestWorkbook.single(TestWorkbook.ledgerSheet(rows), name: "My\u{200B}Sheet")
    var result = try Self.importing(book)
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("book.xlsx:My\\u{200B}Sheet!C6: party: "))
    // A duplicate key names the row it repeats; a cell beyond the header, its own column.
    rows = [TestWorkbook.line(), TestWorkbook.line()]
    book = TestWorkbook.single(TestWorkbook.ledgerSheet(rows))
    result = try Self.importing(book)
    #expect(
      result.stderr
        == "book.xlsx:Ledger!3: duplicate key: the same release, version, party, modification"
        + " and phase as row 2\n")
    book = TestWorkbook.single(
      TestWorkbook.sheetXML([
        (1, TestWorkbook.textRow(1, TestWorkbook.ledgerHeader)),
        (2, TestWorkbook.textRow(2, TestWorkbook.line()) + TestWorkbook.text("Q2", "stray")),
      ]))
    result = try Self.importing(book)
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("book.xlsx:Ledger!2: has 17 fields"))
  }

  @Test("blank rows are skipped; a totals row of formulas is skipped; a Total row with a typed value is refused")
  func totalsRow() throws {
    let total =
      TestWorkbook.text("A5", "Total") + "<c r=\"I5\"><f>SUM(I2:I3)</f><v>200</v></c>"
      + "<c r=\"J5\" t=\"str\"><f>IF(1,\"+ 1 TBC\",\"\")</f><v>+ 1 TBC</v></c>"
    let rows = [
      (1, TestWorkbook.textRow(1, TestWorkbook.ledgerHeader)),
      (2, TestWorkbook.textRow(2, TestWorkbook.line(modification: "MP001"))),
      (3, TestWorkbook.textRow(3, TestWorkbook.line(modification: "MP002"))),
    ]
    let skipped = try Self.importing(TestWorkbook.single(TestWorkbook.sheetXML(rows + [(5, total)])))
    #expect(skipped.status == 0)
    #expect(skipped.stdout.split(separator: "\n").count == 3)
    let typed = try Self.importing(
      TestWorkbook.single(
        TestWorkbook.sheetXML(rows + [(5, total + TestWorkbook.number("K5", "7"))])))
    #expect(typed.status == 1)
    #expect(typed.stderr.hasPrefix("book.xlsx:Ledger!K5: is a typed value in the totals row"))
  }

  @Test("a workbook named .csv is recognised by its ZIP signature")
  func signature() throws {
    let result = try TemporaryDirectory.with { directory in
      try TestWorkbook.single(TestWorkbook.ledgerSheet([TestWorkbook.line()])).write(
        "saved.csv", in: directory)
      return Seccost.run(["validate", "saved.csv"], in: directory)
    }
    #expect(result.stdout == "valid: 1 line in 1 file\n")
  }

  @Test("every reading command takes a workbook")
  func commands() throws {
    try TemporaryDirectory.with { directory in
      let bytes = try XLSXReport.render(try SeedLedgers.novemberReport(withBaseline: false))
      try Data(bytes).write(to: directory.appendingPathComponent("report.xlsx"))
      let csv = packageRoot.appendingPathComponent("Ledgers/2022-11-sec-release.csv").path
      for arguments in [
        ["validate", "report.xlsx"], ["totals", "report.xlsx"], ["risk", "report.xlsx"],
        ["report", "report.xlsx"], ["variance", csv, "report.xlsx"],
        ["export", "report.xlsx"],
      ] {
        let result = Seccost.run(arguments, in: directory)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
      }
      let fromWorkbook = Seccost.run(["import", "report.xlsx"], in: directory)
      let fromCSV = Seccost.run(["import", csv], in: directory)
      #expect(fromWorkbook.stdout == fromCSV.stdout)
      #expect(fromWorkbook.stderr == "report.xlsx (sheet Ledger): 31 lines imported; already canonical\n")
    }
  }

  @Test("law: the Ledger sheet of the report workbook reads back to the same ledger")
  func reportRoundTrip() async {
    await propertyCheck(count: 40, input: Gen.uint64(in: 0...UInt64.max)) { seed in
      await failingOnError { () async throws in
        let lines = ReportLedger.make(seed: seed, count: 30)
        let report = try CostReport(name: "random.csv", lines: lines)
        try TemporaryDirectory.with { directory in
          let path = directory.appendingPathComponent("r.xlsx").path
          try Data(try XLSXReport.render(report)).write(to: URL(fileURLWithPath: path))
          let source = try WorkbookLedgerSource(file: path, sheet: nil)
          let reader = LedgerReader()
          var read = Ledger()
          reader.read(source.sheet.path, sheet: source.sheet.map) { line, _ in read.lines.append(line) }
          #expect(reader.issues.isEmpty, "\(reader.issues)")
          #expect(read.canonicalCSV() == Ledger(lines: lines).canonicalCSV())
        }
      }
    }
  }
}

/// The pieces: exact numbers, serial dates, escapes, references, date formats.
@Suite("Reading a workbook: the pieces")
struct WorkbookPiecesTests {
  @Test("exponent forms are written out exactly; what is not a number, or too long, is nil")
  func numbers() {
    #expect(CellNumber.decimalText("1886716.0999999999") == "1886716.0999999999")
    #expect(CellNumber.decimalText("1.8867161E6") == "1886716.1")
    #expect(CellNumber.decimalText("-2.5E-3") == "-0.0025")
    #expect(CellNumber.decimalText("1E2") == "100")
    #expect(CellNumber.decimalText("0.000E0") == "0")
    #expect(CellNumber.decimalText("1E400") == nil)
    #expect(CellNumber.decimalText("1E40") == nil)
    #expect(CellNumber.decimalText("abc") == nil)
    #expect(CellNumber.decimalText("1e") == nil)
  }

  @Test("serial dates: the 1900 system with its leap day, and the 1904 system")
  func serialDates() {
    #expect(SerialDate.isoText("1", date1904: false) == "1900-01-01")
    #expect(SerialDate.isoText("59", date1904: false) == "1900-02-28")
    #expect(SerialDate.isoText("60", date1904: false) == "1900-02-29")
    #expect(SerialDate.isoText("61", date1904: false) == "1900-03-01")
    #expect(SerialDate.isoText("44866", date1904: false) == "2022-11-01")
    #expect(SerialDate.isoText("2958465", date1904: false) == "9999-12-31")
    #expect(SerialDate.isoText("2958466", date1904: false) == nil)
    #expect(SerialDate.isoText("44866.5", date1904: false) == nil)
    #expect(SerialDate.isoText("0", date1904: false) == nil)
    #expect(SerialDate.isoText("0", date1904: true) == "1904-01-01")
  }

  @Test("_xHHHH_ escapes")
  func escapes() {
    #expect(OOXMLEscapes.decoded("a_x000D__x000A_b") == "a\r\nb")
    #expect(OOXMLEscapes.decoded("_x005F_x0041_") == "_x0041_")
    #expect(OOXMLEscapes.decoded("_xD83D_ alone") == "_xD83D_ alone")
    #expect(OOXMLEscapes.decoded("_xZZZZ_") == "_xZZZZ_")
  }

  @Test("cell references inside A1:XFD1048576 only")
  func references() {
    #expect(CellReference.parse("B7")! == (1, 7))
    #expect(CellReference.parse("XFD1048576")! == (16_383, 1_048_576))
    #expect(CellReference.parse("XFD1048577") == nil)
    #expect(CellReference.parse("XFE1") == nil)
    #expect(CellReference.parse("AAAA1") == nil)
    #expect(CellReference.parse("A99999999999999999999") == nil)
    #expect(CellReference.parse("A0") == nil)
    #expect(CellReference.parse("7B") == nil)
  }

  @Test("date formats: d, m, y or h outside quotes, brackets and escapes")
  func dateFormats() {
    #expect(DateStyles.isDateFormat("dd/mm/yyyy"))
    #expect(DateStyles.isDateFormat("[$-809]d mmmm yyyy"))
    #expect(DateStyles.isDateFormat("h:mm"))
    #expect(!DateStyles.isDateFormat("£#,##0.00"))
    #expect(!DateStyles.isDateFormat("#,##0 \"days\""))
    #expect(!DateStyles.isDateFormat("[Red]#,##0"))
    #expect(!DateStyles.isDateFormat("0\\d"))
    #expect(!DateStyles.isDateFormat("General"))
  }
}
