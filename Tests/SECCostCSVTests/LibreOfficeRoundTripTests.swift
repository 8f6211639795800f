import Foundation
import SECCost
import SECCostTestSupport
import Testing

@testable import SECCostCSV

/// The proof with the real client: ledgers through LibreOffice Calc (CSV → .xlsx → CSV) and back.
///
/// Runs when `soffice` is installed (`.ci/run` installs it and sets SECCOST_REQUIRE_LIBREOFFICE=1,
/// so in CI a missing LibreOffice fails instead of skipping).
@Suite(
  "Round trip through LibreOffice", .enabled(if: LibreOffice.isAvailable || LibreOffice.isRequired))
struct LibreOfficeRoundTripTests {
  /// CSV import: comma, double quote, UTF-8, from line 1, standard columns, en-GB, quoted fields as
  /// text, no special-number detection (so "£1,335,568" and "0.10" stay text, as written).
  static let importFilter = "CSV:44,34,76,1,,2057,true,false"
  /// CSV export: comma, double quote, UTF-8, quote all text cells (keeps leading spaces).
  static let exportFilter =
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,2057,true,true,false,false,false"

  @Test("the November 2022 ledger and 150 hostile random ledgers, in both layouts, come back equal")
  func roundTrip() throws {
    let soffice = try #require(LibreOffice.path, "LibreOffice (soffice) is not installed")
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seccost-libreoffice-\(UUID().uuidString)")
    let csvDirectory = directory.appendingPathComponent("csv")
    let xlsxDirectory = directory.appendingPathComponent("xlsx")
    let backDirectory = directory.appendingPathComponent("back")
    for folder in [csvDirectory, xlsxDirectory, backDirectory] {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }
    defer {
      if ProcessInfo.processInfo.environment["SECCOST_KEEP_LIBREOFFICE_FILES"] == nil {
        try? FileManager.default.removeItem(at: directory)
      }
    }

    let root = String(#filePath).components(separatedBy: "/Tests/").first ?? ""
    var ledgers = [
      "november": try Ledger.load(["\(root)/Ledgers/2022-11-sec-release.csv"]),
      "extremes": Self.extremes,
    ]
    for seed in 0..<150 {
      ledgers[String(format: "random-%03d", seed)] = RandomLedger.make(
        seed: UInt64(seed) &* 7919, count: 30)
    }
    for (name, ledger) in ledgers {
      try Data(ledger.canonicalCSV()).write(
        to: csvDirectory.appendingPathComponent("\(name)-ledger.csv"))
      try Data(try ledger.wideCSV()).write(
        to: csvDirectory.appendingPathComponent("\(name)-wide.csv"))
    }
    let csvFiles = try FileManager.default.contentsOfDirectory(atPath: csvDirectory.path).sorted()
    try LibreOffice.convert(
      soffice,
      ["--infilter=\(Self.importFilter)", "--convert-to", "xlsx", "--outdir", xlsxDirectory.path],
      csvFiles.map { csvDirectory.appendingPathComponent($0).path },
      profile: directory.appendingPathComponent("profile"))
    let xlsxFiles = try FileManager.default.contentsOfDirectory(atPath: xlsxDirectory.path).sorted()
    #expect(xlsxFiles.count == csvFiles.count)
    try LibreOffice.convert(
      soffice,
      ["--convert-to", Self.exportFilter, "--outdir", backDirectory.path],
      xlsxFiles.map { xlsxDirectory.appendingPathComponent($0).path },
      profile: directory.appendingPathComponent("profile"))

    for file in xlsxFiles {
      let sheet = try LibreOffice.sheetXML(xlsxDirectory.appendingPathComponent(file))
      #expect(!sheet.contains("<f>") && !sheet.contains("<f "), "\(file) holds a formula")
    }
    for (name, ledger) in ledgers {
      for layout in ["ledger", "wide"] {
        let back = backDirectory.appendingPathComponent("\(name)-\(layout).csv").path
        let imported = try Ledger.load([back])
        #expect(imported.canonicalLines == ledger.canonicalLines, "\(name)-\(layout) changed")
      }
    }
  }

  @Test(
    "the sheet reader fails when Python fails or reads no worksheet (so no empty answer passes)")
  func sheetReaderFails() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seccost-sheet-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    // Not a zip file: Python fails, and prints nothing.
    let notAWorkbook = directory.appendingPathComponent("not.xlsx")
    try Data("not a workbook".utf8).write(to: notAWorkbook)
    withKnownIssue { _ = try LibreOffice.sheetXML(notAWorkbook) }
    // A workbook whose first sheet is empty: Python succeeds and prints nothing.
    let empty = directory.appendingPathComponent("empty.xlsx")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", "-c",
      "import sys, zipfile; zipfile.ZipFile(sys.argv[1], 'w').writestr('xl/worksheets/sheet1.xml', '')",
      empty.path,
    ]
    try process.run()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0)
    withKnownIssue { _ = try LibreOffice.sheetXML(empty) }
  }

  /// Every basis, the extremes of the range, and the texts spreadsheets most like to mangle.
  static var extremes: Ledger {
    let texts = ["=SUM(A1)", "+1", "-1", "@SUM(A1)", "'quoted", "0.10", "2022-11-03", " padded "]
    var lines: [LedgerLine] = []
    let amounts: [Money] = [
      .max, Money(pence: -Int64.max), Money(pence: 1), Money(pence: -1), .zero,
    ]
    for (index, amount) in amounts.enumerated() {
      lines.append(
        LedgerLine(
          release: "November 2022", version: "1.10", party: .dcc, modification: "MP\(index)",
          title: texts[index], phase: .sit, figure: .priced(.actual, CostRange(amount)),
          note: texts[texts.count - 1 - index]))
    }
    lines.append(
      LedgerLine(
        release: "November 2022", version: "0.10", party: .dcc, modification: "MP078", phase: .uit,
        figure: .tbc))
    lines.append(
      LedgerLine(
        release: "November 2022", version: "0.10", party: .dcc, modification: "MP078", phase: .sit,
        figure: .notApplicable))
    lines.append(
      LedgerLine(
        release: "November 2022", version: "0.10", party: .dcc, modification: "MP078",
        phase: .designBuildPIT, figure: .priced(.firm, CostRange(Money(pence: 133_556_800)))))
    lines.append(
      LedgerLine(
        release: "November 2022", version: "0.10", party: .dcc, modification: "MP140",
        phase: .designBuildPIT,
        figure: .priced(
          .estimate, CostRange(unchecked: Money(pence: 30_100_000), Money(pence: 62_500_000)))))
    return Ledger(lines: lines)
  }
}

/// Finding and running headless LibreOffice.
enum LibreOffice {
  static var path: String? {
    ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice"]
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  static var isAvailable: Bool { path != nil }

  static var isRequired: Bool {
    ProcessInfo.processInfo.environment["SECCOST_REQUIRE_LIBREOFFICE"] == "1"
  }

  /// Converts `files` with soffice headless and its own profile (so it never meets a running
  /// instance), 40 files per process: one process stops converting after a few hundred.
  static func convert(_ soffice: String, _ options: [String], _ files: [String], profile: URL)
    throws
  {
    for start in stride(from: 0, to: files.count, by: 40) {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: soffice)
      process.arguments =
        ["-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore"] + options
        + files[start..<min(start + 40, files.count)]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      process.waitUntilExit()
      #expect(process.terminationStatus == 0, "soffice exited with \(process.terminationStatus)")
    }
  }

  /// The first worksheet's XML of an .xlsx (read with Python's zipfile).
  static func sheetXML(_ xlsx: URL) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", "-c",
      "import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read('xl/worksheets/sheet1.xml').decode())",
      xlsx.path,
    ]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    // An empty answer would pass every "no formula" check: the sheet must have been read.
    try #require(process.terminationStatus == 0, "python3 could not read \(xlsx.lastPathComponent)")
    let xml = String(decoding: data, as: UTF8.self)
    try #require(xml.contains("<sheetData"), "no worksheet XML in \(xlsx.lastPathComponent)")
    return xml
  }
}
