import Foundation
import SECCost
import SECCostOOXML
import SECCostTestSupport
import Testing
import ZIPFoundation

/// Hostile workbooks: each a clear error with exit 1 (or 3), nothing written, never a crash.
@Suite("Reading a workbook: hostile workbooks")
struct HostileWorkbookTests {
  /// Runs `seccost import -o out.csv book.xlsx` on `bytes`; checks nothing was written and
  /// nothing crashed.
  static func importing(_ bytes: [UInt8]) throws -> CommandResult {
    try TemporaryDirectory.with { directory in
      try Data(bytes).write(to: directory.appendingPathComponent("book.xlsx"))
      let result = Seccost.run(["import", "-o", "out.csv", "book.xlsx"], in: directory)
      if result.status != 0 {
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out.csv").path))
      }
      #expect(!result.stderr.contains("Fatal error"))
      return result
    }
  }

  /// A ZIP archive of `entries`, deflated.
  static func zip(_ entries: [(String, Data)]) throws -> [UInt8] {
    let archive = try Archive(data: Data(), accessMode: .create)
    for (path, data) in entries {
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
        provider: { position, size in data.subdata(in: Int(position)..<(Int(position) + size)) })
    }
    return Array(try #require(archive.data))
  }

  /// `bytes` with the uncompressed size of every entry, in its local header and the central
  /// directory, replaced by `size`.
  static func declaring(_ size: UInt32, in bytes: [UInt8]) -> [UInt8] {
    var bytes = bytes
    func put(_ offset: Int) {
      for index in 0..<4 { bytes[offset + index] = UInt8(truncatingIfNeeded: size >> (8 * index)) }
    }
    var index = 0
    while index + 4 <= bytes.count {
      let signature = bytes[index..<index + 4]
      if signature.elementsEqual([0x50, 0x4B, 0x03, 0x04]) { put(index + 22) }
      if signature.elementsEqual([0x50, 0x4B, 0x01, 0x02]) { put(index + 24) }
      index += 1
    }
    return bytes
  }

  static func ledgerBook(_ sheet: String) throws -> [UInt8] {
    try TestWorkbook.single(sheet).bytes()
  }

  @Test("a file that is not a ZIP archive")
  func notZip() throws {
    let result = try Self.importing(Array("release,version\n".utf8))
    #expect(result.status == 1)
    #expect(result.stderr == "book.xlsx: is not a workbook: it is not a ZIP archive, as an .xlsx file is\n")
  }

  @Test("a ZIP archive that is not a workbook")
  func notWorkbook() throws {
    let result = try Self.importing(try Self.zip([("hello.txt", Data("hello".utf8))]))
    #expect(result.status == 1)
    #expect(result.stderr == "book.xlsx: is a ZIP archive but not a workbook: it has no xl/workbook.xml\n")
  }

  @Test("a zip bomb by its declared size")
  func declaredBomb() throws {
    let bytes = Self.declaring(0xFFFF_FFF0, in: try Self.ledgerBook(TestWorkbook.ledgerSheet([TestWorkbook.line()])))
    let result = try Self.importing(bytes)
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("book.xlsx: is refused: its part "))
    #expect(result.stderr.contains("over the limit of 256 MiB per part (a zip bomb?)"))
  }

  @Test("a zip bomb by the bytes it inflates to, whatever it declares")
  func actualBomb() throws {
    var book = TestWorkbook.single(TestWorkbook.ledgerSheet([TestWorkbook.line()]))
    let padding = String(repeating: " ", count: 3 << 20)
    book.sheets[0].xml = book.sheets[0].xml.replacingOccurrences(of: "<sheetData>", with: padding + "<sheetData>")
    let bytes = Self.declaring(
      200, in: try Self.zip(book.parts.map { ($0.path, Data($0.xml.utf8)) }))
    try TemporaryDirectory.with { directory in
      let path = directory.appendingPathComponent("bomb.xlsx").path
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      #expect {
        _ = try WorkbookLedgerSource(
          file: path, sheet: nil, limits: WorkbookLimits(partBytes: 1 << 20, totalBytes: 1 << 30))
      } throws: { error in
        "\(error)".contains("inflates to more than 1 MiB, the limit per part (a zip bomb?)")
      }
      #expect {
        _ = try WorkbookLedgerSource(
          file: path, sheet: nil, limits: WorkbookLimits(partBytes: 8 << 20, totalBytes: 2 << 20))
      } throws: { error in
        "\(error)".contains("inflate to more than 2 MiB in all (a zip bomb?)")
      }
    }
  }

  @Test("a document type: billion laughs and external entities are refused before parsing")
  func documentTypes() throws {
    let laughs =
      "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
      + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>"
    let result = try Self.importing(try Self.ledgerBook(laughs))
    #expect(result.status == 1)
    #expect(
      result.stderr.hasPrefix(
        "book.xlsx: is refused: its part xl/worksheets/sheet1.xml declares a document type"))
    var book = TestWorkbook.single(TestWorkbook.ledgerSheet([TestWorkbook.line()]))
    book.sharedStrings = []
    var parts = book.parts
    parts[0].xml = parts[0].xml.replacingOccurrences(
      of: "<workbook ", with: "<!DOCTYPE workbook [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><workbook ")
    let external = try Self.importing(try OOXMLPackage(parts: parts).bytes())
    #expect(external.status == 1)
    #expect(external.stderr.hasPrefix("book.xlsx: is refused: its part xl/workbook.xml declares a document type"))
  }

  @Test("a document type split across two inflated chunks (16 KiB) is still found before parsing")
  func documentTypeAcrossChunks() throws {
    let head = "<?xml version=\"1.0\"?><!--"
    let padding = String(repeating: "x", count: 16_384 - 4 - head.utf8.count - 3)
    let xml =
      head + padding + "-->"
      + "<!DOCTYPE worksheet SYSTEM \"file:///etc/passwd\">"
      + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData/></worksheet>"
    #expect(xml.utf8.firstRange(of: "<!DOCTYPE".utf8)?.lowerBound == xml.utf8.index(xml.utf8.startIndex, offsetBy: 16_380))
    let result = try Self.importing(try Self.ledgerBook(xml))
    #expect(result.status == 1)
    #expect(
      result.stderr.hasPrefix(
        "book.xlsx: is refused: its part xl/worksheets/sheet1.xml declares a document type"),
      "\(result.stderr)")
  }

  @Test("absurd cell and row references are errors, not crashes")
  func references() throws {
    for (row, cell, message) in [
      ("1", "XFD1048577", "has a cell reference XFD1048577 outside the sheet"),
      ("1", "ZZZZZZZZZZZZZZ1", "has a cell reference ZZZZZZZZZZZZZZ1 outside the sheet"),
      ("1", "A99999999999999999999999", "has a cell reference A99999999999999999999999 outside"),
      ("99999999999999999999", "A1", "has a row number 99999999999999999999 outside the sheet"),
      ("-1", "A1", "has a row number -1 outside the sheet"),
    ] {
      let xml = TestWorkbook.sheetXML([]).replacingOccurrences(
        of: "</sheetData>",
        with: "<row r=\"\(row)\"><c r=\"\(cell)\"><v>1</v></c></row></sheetData>")
      let result = try Self.importing(try Self.ledgerBook(xml))
      #expect(result.status == 1, "\(cell)")
      #expect(result.stderr.contains(message), "\(result.stderr)")
    }
  }

  @Test("a sheet with 10,000 empty columns reads as its cells say")
  func emptyColumns() throws {
    let empty = (15...10_000).map { "<c r=\"\(SheetPlace.letters($0))2\" s=\"0\"/>" }.joined()
    let xml = TestWorkbook.sheetXML([
      (1, TestWorkbook.textRow(1, TestWorkbook.ledgerHeader)),
      (2, TestWorkbook.textRow(2, TestWorkbook.line()) + empty),
    ])
    let result = try Self.importing(try Self.ledgerBook(xml))
    #expect(result.status == 0, "\(result.stderr)")
  }

  @Test("malformed XML and a damaged archive are clear errors")
  func malformed() throws {
    let result = try Self.importing(try Self.ledgerBook("<worksheet><sheetData><row>"))
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("book.xlsx: is a damaged workbook: its part xl/worksheets/sheet1.xml is not well-formed XML"))
    let truncated = Array(try Self.ledgerBook(TestWorkbook.ledgerSheet([TestWorkbook.line()])).prefix(300))
    let damaged = try Self.importing(truncated)
    #expect(damaged.status == 1)
    #expect(damaged.stderr == "book.xlsx: is a workbook (a ZIP archive) that is damaged: its ZIP directory cannot be read\n")
  }
}
