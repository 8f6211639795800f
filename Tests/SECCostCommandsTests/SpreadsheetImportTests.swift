import Foundation
import SECCostTestSupport
import Testing

@Suite("seccost import and export --layout wide")
struct SpreadsheetImportTests {
  static let directory = packageRoot.appendingPathComponent(
    "Tests/SECCostCommandsTests/Fixtures/spreadsheets")

  @Test(
    "what Excel writes comes in canonical, and the import says what it normalised",
    arguments: ["excel-windows-1252", "excel-european"])
  func imports(name: String) throws {
    let result = Seccost.run(["import", "\(name).csv"], in: Self.directory)
    #expect(result.status == 0)
    let expected = try String(
      contentsOf: Self.directory.appendingPathComponent("\(name).expected.csv"), encoding: .utf8)
    let log = try String(
      contentsOf: Self.directory.appendingPathComponent("\(name).expected.log"), encoding: .utf8)
    #expect(result.stdout == expected)
    #expect(result.stderr == log)
  }

  @Test(
    "the Windows file: £ from byte 0xA3, CRLF, re-cased labels, a formula guard removed")
  func windowsDetails() throws {
    let result = Seccost.run(["import", "excel-windows-1252.csv"], in: Self.directory)
    #expect(result.stdout.contains("Café – “quoted”,design-build-pit,firm,,1886716.00,1886716.00"))
    #expect(
      result.stdout.contains(
        ",sec-changes,estimate,,3000.00,3000.00,,5,600.00,\"'=around £3,000\"\n"))
    #expect(!result.stdout.contains("\r"))
    #expect(result.stderr.contains("encoding: Windows-1252 converted to UTF-8"))
  }

  @Test("export → import → export is byte-identical in both layouts")
  func roundTrip() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seccost-layouts-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let ledgers = ["Ledgers/2022-11-sec-release.csv", "Ledgers/2021-02-sec-release.csv"].map {
      packageRoot.appendingPathComponent($0).path
    }
    for layout in ["ledger", "wide"] {
      let first = directory.appendingPathComponent("first-\(layout).csv").path
      let second = directory.appendingPathComponent("second-\(layout).csv").path
      #expect(
        Seccost.run(["export", "--layout", layout, "-o", first] + ledgers).status == 0)
      let imported = Seccost.run(["import", first, "-o", second, "--layout", layout])
      #expect(imported.status == 0)
      #expect(
        try Data(contentsOf: URL(fileURLWithPath: first))
          == Data(contentsOf: URL(fileURLWithPath: second)))
    }
    // Every command reads the wide layout as well as the ledger layout.
    let wide = directory.appendingPathComponent("first-wide.csv").path
    let totals = Seccost.run(["totals", wide, "--release", "November 2022"])
    #expect(totals.stdout.contains("SIT                  £1,573,801 + 2 TBC"))
    let validate = Seccost.run(["validate", wide])
    #expect(validate.stdout == "valid: 34 lines in 1 file\n")
  }

  @Test("--encoding and --delimiter override detection")
  func overrides() throws {
    let asUTF8 = Seccost.run(
      ["validate", "--encoding", "utf-8", "excel-windows-1252.csv"], in: Self.directory)
    #expect(asUTF8.status == 1)
    #expect(asUTF8.stderr.contains("is not valid UTF-8"))
    let asComma = Seccost.run(
      ["validate", "--delimiter", ",", "excel-european.csv"], in: Self.directory)
    #expect(asComma.status == 1)
  }

  @Test(
    "--bom writes the mark Excel needs in both layouts, to a file and to standard output; wide has it by default"
  )
  func byteOrderMark() throws {
    try TemporaryDirectory.with { directory in
      let ledger = packageRoot.appendingPathComponent("Ledgers/2022-11-sec-release.csv").path
      let mark = "\u{FEFF}"
      func file(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent(name))
      }
      let plain = Seccost.run(["export", ledger])
      #expect(plain.status == 0 && !plain.stdout.hasPrefix(mark))
      for layout in ["ledger", "wide"] {
        let marked = Seccost.run(["export", "--bom", "--layout", layout, ledger])
        #expect(marked.status == 0)
        #expect(marked.stdout.hasPrefix(mark + (layout == "wide" ? "Release," : "release,")))
        let toFile = Seccost.run(
          ["export", "--bom", "--layout", layout, "-o", "\(layout).csv", ledger], in: directory)
        #expect(toFile.status == 0)
        let written = try file("\(layout).csv")
        #expect(written == Data(marked.stdout.utf8))
        // Imported again, a file with the mark exports the canonical bytes.
        let again = Seccost.run(["export", "\(layout).csv"], in: directory)
        #expect(again.stdout == plain.stdout)
        let imported = Seccost.run(["import", "\(layout).csv"], in: directory)
        #expect(imported.stdout == plain.stdout)
      }
      let wide = Seccost.run(["export", "--layout", "wide", ledger])
      #expect(wide.stdout.hasPrefix(mark + "Release,"))
      let unmarked = Seccost.run(["export", "--layout", "wide", "--no-bom", ledger])
      #expect(unmarked.stdout == String(wide.stdout.dropFirst()))
      #expect(Seccost.run(["export", "--no-bom", ledger]).stdout == plain.stdout)
    }
  }
}
