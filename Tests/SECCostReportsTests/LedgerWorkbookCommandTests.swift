import Foundation
import SECCost
import SECCostOOXML
import SECCostTestSupport
import Testing

/// `seccost export -o FILE.xlsx` and `--format xlsx`, run in process.
@Suite("Export: the editable workbook from the command line")
struct LedgerWorkbookCommandTests {
  static func directory() throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seccost-export-xlsx-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
  }

  static let ledger = SeedLedgers.root.appendingPathComponent("Ledgers/2022-11-sec-release.csv")
    .path

  @Test("-o FILE.xlsx writes the workbook (the extension chooses it, in any case)")
  func byExtension() throws {
    let directory = try Self.directory()
    defer { try? FileManager.default.removeItem(at: directory) }
    for name in ["book.xlsx", "BOOK.XLSX"] {
      let path = directory.appendingPathComponent(name).path
      let run = Seccost.run(["export", Self.ledger, "-o", path])
      #expect(run.status == 0, "\(run.stderr)")
      let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
      #expect(bytes.prefix(2) == [0x50, 0x4B], "a ZIP file")
      #expect(try Workbook.part(bytes, "xl/workbook.xml").contains("<sheet name=\"Wide\""))
    }
  }

  @Test("--format xlsx writes the workbook whatever the name; --format csv keeps CSV")
  func byFormat() throws {
    let directory = try Self.directory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let book = directory.appendingPathComponent("book.dat").path
    #expect(Seccost.run(["export", Self.ledger, "--format", "xlsx", "-o", book]).status == 0)
    #expect(try Data(contentsOf: URL(fileURLWithPath: book)).prefix(2) == Data([0x50, 0x4B]))
    let csv = directory.appendingPathComponent("ledger.xlsx").path
    #expect(Seccost.run(["export", Self.ledger, "--format", "csv", "-o", csv]).status == 0)
    #expect(try String(contentsOfFile: csv, encoding: .utf8).hasPrefix("release,version,"))
  }

  @Test("a workbook needs -o, and takes no byte order mark option: usage error 2")
  func usage() {
    #expect(Seccost.run(["export", Self.ledger, "--format", "xlsx"]).status == 2)
    #expect(Seccost.run(["export", Self.ledger, "-o", "/tmp/x.xlsx", "--bom"]).status == 2)
  }

  @Test("an output that cannot be written: exit 3, nothing written")
  func unwritable() throws {
    let directory = try Self.directory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("missing/book.xlsx").path
    let run = Seccost.run(["export", Self.ledger, "-o", path])
    #expect(run.status == 3)
    #expect(!run.stderr.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: path))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
  }

  @Test(
    "the workbook streamed to a file (a row at a time) has the bytes made in memory; it replaces a file"
  )
  func streamedBytes() throws {
    let directory = try Self.directory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("book.xlsx").path
    try Data("old".utf8).write(to: URL(fileURLWithPath: path))
    let run = Seccost.run(["export", Self.ledger, "-o", path])
    #expect(run.status == 0, "\(run.stderr)")
    let written = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(written == (try LedgerWorkbook.bytes(try Ledger.load([Self.ledger]))))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["book.xlsx"])
    let hostile = directory.appendingPathComponent("hostile.xlsx").path
    try LedgerWorkbook.write(try HostileWorkbookLedger.ledger(), to: hostile)
    #expect(
      try [UInt8](Data(contentsOf: URL(fileURLWithPath: hostile)))
        == (try LedgerWorkbook.bytes(try HostileWorkbookLedger.ledger())))
  }
}
