import Foundation
import SECCost
import SECCostCSV
import SECCostOOXML
import SECCostTestSupport
import Testing

/// Which sheet of a workbook is read: the one named, the one with a ledger header, or, of
/// several holding different ledgers, the one edited since export; never one silently.
@Suite("Reading a workbook: which sheet")
struct WorkbookSheetChoiceTests {
  static let original = TestWorkbook.ledgerSheet([
    TestWorkbook.line(modification: "MP001"), TestWorkbook.line(modification: "MP002"),
  ])
  static let edited = TestWorkbook.ledgerSheet([
    TestWorkbook.line(modification: "MP001", low: "999.00"),
    TestWorkbook.line(modification: "MP002"),
  ])
  static let notes = TestWorkbook.sheetXML([(1, TestWorkbook.text("A1", "Some notes"))])

  /// The fingerprint of the ledger in `sheet`.
  static func fingerprint(of sheet: String) throws -> String {
    try TemporaryDirectory.with { directory in
      let path = try TestWorkbook.single(sheet).write("one.xlsx", in: directory).path
      let source = try WorkbookLedgerSource(file: path, sheet: nil)
      var ledger = Ledger()
      LedgerReader().read(source.sheet.path, sheet: source.sheet.map) { line, _ in
        ledger.lines.append(line)
      }
      return LedgerFingerprint.of(ledger)
    }
  }

  static func fingerprintSheet(_ value: String) -> TestWorkbook.Sheet {
    TestWorkbook.Sheet(
      name: LedgerFingerprint.sheetName,
      xml: TestWorkbook.sheetXML([
        (1, TestWorkbook.text("A1", LedgerFingerprint.label) + TestWorkbook.text("B1", value))
      ]), hidden: true)
  }

  static func run(_ sheets: [TestWorkbook.Sheet], _ arguments: [String] = []) throws
    -> CommandResult
  {
    try WorkbookReadingTests.importing(TestWorkbook(sheets: sheets), arguments)
  }

  @Test("the one sheet with a ledger header is read, whatever else the workbook holds")
  func oneLedgerSheet() throws {
    let result = try Self.run([.init(name: "Notes", xml: Self.notes), .init(name: "Data", xml: Self.original)])
    #expect(result.status == 0)
    #expect(result.stderr == "book.xlsx (sheet Data): 2 lines imported; already canonical\n")
  }

  @Test("sheets holding the same ledger are read as one")
  func sameLedger() throws {
    let result = try Self.run([.init(name: "A", xml: Self.original), .init(name: "B", xml: Self.original)])
    #expect(result.status == 0)
    #expect(result.stderr == "book.xlsx (sheet A): 2 lines imported; already canonical\n")
  }

  @Test("of two different ledgers, the one edited since export is read, and the choice is said")
  func editedSheet() throws {
    let written = try Self.fingerprint(of: Self.original)
    for (first, second, chosen) in [
      (Self.original, Self.edited, "B"), (Self.edited, Self.original, "A"),
    ] {
      let result = try Self.run([
        .init(name: "A", xml: first), .init(name: "B", xml: second), Self.fingerprintSheet(written),
      ])
      #expect(result.status == 0)
      #expect(
        result.stderr.hasPrefix(
          "book.xlsx: read sheet '\(chosen)', the one edited since seccost wrote the workbook"))
      #expect(result.stdout.contains("999.00") == (chosen == (first == Self.edited ? "A" : "B")))
    }
  }

  @Test("two different ledgers and no way to tell which was edited: refused, naming the sheets")
  func ambiguous() throws {
    let expected =
      "book.xlsx: has sheets 'A', 'B' holding different ledgers, and which one was edited cannot"
      + " be told; name the one to read with --sheet NAME (reading either would drop the other's"
      + " edits)\n"
    let unsigned = try Self.run([.init(name: "A", xml: Self.original), .init(name: "B", xml: Self.edited)])
    #expect(unsigned.status == 1)
    #expect(unsigned.stdout.isEmpty)
    #expect(unsigned.stderr == expected)
    // Both edited since export: neither has the fingerprint.
    let bothEdited = try Self.run([
      .init(name: "A", xml: Self.edited),
      .init(name: "B", xml: TestWorkbook.ledgerSheet([TestWorkbook.line(modification: "MP009")])),
      Self.fingerprintSheet(try Self.fingerprint(of: Self.original)),
    ])
    #expect(bothEdited.status == 1)
    #expect(bothEdited.stderr == expected)
  }

  @Test("--sheet NAME reads that sheet; a name the workbook lacks is refused with its sheets")
  func named() throws {
    let sheets: [TestWorkbook.Sheet] = [.init(name: "A", xml: Self.original), .init(name: "B", xml: Self.edited)]
    let chosen = try Self.run(sheets, ["--sheet", "B"])
    #expect(chosen.status == 0)
    #expect(chosen.stdout.contains("999.00"))
    let missing = try Self.run(sheets, ["--sheet", "C"])
    #expect(missing.status == 1)
    #expect(missing.stderr == "book.xlsx: has no sheet named 'C'; its sheets are 'A', 'B'\n")
  }

  @Test("no sheet with a ledger header: a clear error")
  func noLedger() throws {
    let result = try Self.run([.init(name: "Notes", xml: Self.notes)])
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "book.xlsx: has no sheet whose first row is a ledger or wide header (its sheets are"
        + " 'Notes'); name the sheet to read with --sheet NAME\n")
  }
}
