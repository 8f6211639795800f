import Foundation
import SECCost
import SECCostCSV
import SECCostTestSupport
import Testing

/// The proof with the real client: the workbook `seccost export` writes, opened, edited and saved
/// by LibreOffice Calc driven through UNO as an analyst would (`workbook_user.py`), read back by
/// `seccost import`.
///
/// Runs when `soffice` and Debian's `/usr/bin/python3` are installed; with
/// SECCOST_REQUIRE_LIBREOFFICE=1 (as in CI) a missing LibreOffice fails instead of skipping.
@Suite(
  "Workbook round trip through LibreOffice as a user",
  .enabled(if: WorkbookUser.isAvailable || WorkbookUser.isRequired), .tags(.endToEnd),
  .timeLimit(.minutes(10)))
struct WorkbookRoundTripProofTests {
  /// One seed ledger and the edits an analyst makes to it in the Ledger sheet.
  struct LedgerEdit: Sendable, CustomTestStringConvertible {
    let ledger: String
    /// Cells of the Ledger sheet: low and high of line 1, title of line 2, basis of a line.
    let edits: [String]
    /// The new low and high, as the canonical CSV writes them.
    let figure: String
    /// The new basis (a value of the drop-down list).
    let basis: String
    var testDescription: String { ledger }
  }

  static let ledgerEdits = [
    LedgerEdit(
      ledger: "Ledgers/2022-11-sec-release.csv",
      edits: [
        "I2=number:1900000.5", "J2=number:1900000.5", "E3=text:A new title", "G5=text:estimate",
      ], figure: "1900000.50,1900000.50", basis: "estimate"),
    LedgerEdit(
      ledger: "Ledgers/2021-02-sec-release.csv",
      edits: [
        "I2=number:350000.25", "J2=number:350000.25", "E3=text:A new title", "G4=text:firm",
      ], figure: "350000.25,350000.25", basis: "firm"),
  ]

  @Test(
    "a figure, a title and a basis edited in the Ledger sheet come back as exactly those three lines, and variance sees the figure and the basis",
    arguments: ledgerEdits)
  func ledgerSheetEdit(_ edit: LedgerEdit) throws {
    try TemporaryDirectory.with { directory in
      let original = directory.appendingPathComponent("original.csv").path
      let workbook = directory.appendingPathComponent("original.xlsx").path
      let edited = directory.appendingPathComponent("edited.xlsx").path
      let imported = directory.appendingPathComponent("imported.csv").path
      try Self.succeeds(Seccost.run(["export", edit.ledger, "-o", original]))
      try Self.succeeds(Seccost.run(["export", edit.ledger, "-o", workbook]))
      try WorkbookUser.run(["edit", workbook, edited, "Ledger"] + edit.edits)
      let reading = Seccost.run(["import", edited, "-o", imported])
      try Self.succeeds(reading)
      #expect(reading.stderr.contains("read sheet 'Ledger'"), "\(reading.stderr)")

      let before = try Self.lines(original)
      let after = try Self.lines(imported)
      #expect(after.count == before.count)
      let removed = Set(before).subtracting(after)
      let added = Set(after).subtracting(before)
      #expect(removed.count == 3, "removed: \(removed.sorted())")
      #expect(added.count == 3, "added: \(added.sorted())")
      #expect(added.filter { $0.contains(",\(edit.figure),") }.count == 1, "\(added.sorted())")
      #expect(added.filter { $0.contains(",A new title,") }.count == 1, "\(added.sorted())")
      #expect(added.filter { $0.contains(",\(edit.basis),") }.count >= 1, "\(added.sorted())")

      // variance sees the figure and the basis; every other line is the same on both sides.
      let variance = Seccost.run(["variance", original, imported, "--format", "json"])
      try Self.succeeds(variance)
      let report = try #require(
        try JSONSerialization.jsonObject(with: Data(variance.stdout.utf8)) as? [String: Any])
      let counts = try #require(report["counts"] as? [String: Int])
      #expect(counts["added"] == 0 && counts["removed"] == 0, "\(counts)")
      let varied = try #require(report["lines"] as? [[String: Any]]).filter {
        ($0["before"] as? [String: String]) != ($0["after"] as? [String: String])
      }
      #expect(varied.count == 2, "\(varied)")
      let figure = varied.first {
        ($0["after"] as? [String: String])?["low"] != ($0["before"] as? [String: String])?["low"]
      }
      #expect(figure?["status"] as? String == "changed")
      let low = edit.figure.split(separator: ",").first.map(String.init)
      #expect((figure?["after"] as? [String: String])?["low"] == low)
      #expect((figure?["after"] as? [String: String])?["high"] == low)
      let basis = varied.first {
        ($0["after"] as? [String: String])?["basis"]
          != ($0["before"] as? [String: String])?["basis"]
      }
      #expect((basis?["after"] as? [String: String])?["basis"] == edit.basis, "\(varied)")
      // The title is the current one.
      let titles = try #require(report["lines"] as? [[String: Any]]).compactMap {
        $0["title"] as? String
      }
      #expect(titles.contains("A new title"))
    }
  }

  @Test("a figure edited in the Wide sheet comes back as exactly that line changed")
  func wideSheetEdit() throws {
    try TemporaryDirectory.with { directory in
      let original = directory.appendingPathComponent("original.csv").path
      let workbook = directory.appendingPathComponent("original.xlsx").path
      let edited = directory.appendingPathComponent("edited.xlsx").path
      let imported = directory.appendingPathComponent("imported.csv").path
      let ledger = "Ledgers/2022-11-sec-release.csv"
      try Self.succeeds(Seccost.run(["export", ledger, "-o", original]))
      try Self.succeeds(Seccost.run(["export", ledger, "-o", workbook]))
      // H2: the SIT figure of MP078 (£727,257).
      try WorkbookUser.run(["edit", workbook, edited, "Wide", "H2=number:727300.5"])
      let reading = Seccost.run(["import", edited, "-o", imported])
      try Self.succeeds(reading)
      #expect(reading.stderr.contains("read sheet 'Wide'"), "\(reading.stderr)")
      let before = try Self.lines(original)
      let after = try Self.lines(imported)
      #expect(after.count == before.count)
      let removed = Set(before).subtracting(after)
      let added = Set(after).subtracting(before)
      #expect(removed.count == 1 && added.count == 1, "\(removed.sorted()) → \(added.sorted())")
      #expect(
        removed.first?.contains(",MP078,") == true && removed.first?.contains(",sit,") == true)
      #expect(added.first?.contains(",sit,firm,,727300.50,727300.50,") == true, "\(added.sorted())")
    }
  }

  @Test("a workbook LibreOffice merely re-saved imports byte-identical to the export of its ledger")
  func resave() throws {
    try TemporaryDirectory.with { directory in
      let ledgers = ["Ledgers/2022-11-sec-release.csv", "Ledgers/2021-02-sec-release.csv"]
      var pairs: [String] = []
      for (index, ledger) in ledgers.enumerated() {
        let base = directory.appendingPathComponent("seed-\(index)").path
        try Self.succeeds(Seccost.run(["export", ledger, "-o", base + ".csv"]))
        try Self.succeeds(Seccost.run(["export", ledger, "-o", base + ".xlsx"]))
        pairs += [base + ".xlsx", base + ".resaved.xlsx"]
      }
      try WorkbookUser.run(["resave"] + pairs)
      for index in ledgers.indices {
        let base = directory.appendingPathComponent("seed-\(index)").path
        try Self.succeeds(
          Seccost.run(["import", base + ".resaved.xlsx", "-o", base + ".back.csv"]))
        #expect(
          try Data(contentsOf: URL(fileURLWithPath: base + ".back.csv"))
            == Data(contentsOf: URL(fileURLWithPath: base + ".csv")), "\(ledgers[index])")
      }
    }
  }

  @Test("150 random ledgers with hostile text: export, LibreOffice re-save, import, byte-identical")
  func hostileResave() throws {
    try TemporaryDirectory.with { directory in
      var pairs: [String] = []
      for seed in 0..<150 {
        let base = directory.appendingPathComponent(String(format: "random-%03d", seed)).path
        try HostileLedgers.prepare(seed: UInt64(seed) &* 7919 &+ 17, at: base)
        pairs += [base + ".xlsx", base + ".resaved.xlsx"]
      }
      try WorkbookUser.run(["resave"] + pairs)
      var failures: [String] = []
      for seed in 0..<150 {
        let base = directory.appendingPathComponent(String(format: "random-%03d", seed)).path
        let reading = Seccost.run(["import", base + ".resaved.xlsx", "-o", base + ".back.csv"])
        if let failure = try HostileLedgers.difference(
          reading, base + ".back.csv", base + ".canonical.csv")
        {
          failures.append("random-\(seed): \(failure)")
        }
      }
      #expect(
        failures.isEmpty, "\(failures.count) of 150 changed:\n\(failures.joined(separator: "\n"))")
    }
  }

  /// LibreOffice keeps a lone CR (`_x000D_` as seccost writes it) but turns CR LF in a cell
  /// into LF when it opens the workbook, however the pair is written (`_x000D_` then a newline,
  /// or `_x000D_&#10;`): not seccost's doing. A known issue, so that this test says when
  /// LibreOffice stops doing it.
  @Test("a CR LF inside a title or note: LibreOffice makes it LF (known issue)")
  func crLineBreak() throws {
    try TemporaryDirectory.with { directory in
      let base = directory.appendingPathComponent("crlf").path
      let line = LedgerLine(
        release: "November 2022", version: "0.1", party: .dcc, modification: "MP001",
        title: "carriage\r\nreturn", phase: .sit, figure: .tbc, note: "lone\rcr")
      try Data(Ledger(lines: [line]).canonicalCSV()).write(to: URL(fileURLWithPath: base + ".csv"))
      for output in [base + ".canonical.csv", base + ".xlsx"] {
        try Self.succeeds(Seccost.run(["export", base + ".csv", "-o", output]))
      }
      try WorkbookUser.run(["resave", base + ".xlsx", base + ".resaved.xlsx"])
      let reading = Seccost.run(["import", base + ".resaved.xlsx", "-o", base + ".back.csv"])
      try Self.succeeds(reading)
      let back = String(
        decoding: try Data(contentsOf: URL(fileURLWithPath: base + ".back.csv")), as: UTF8.self)
      #expect(back.contains("\"carriage\nreturn\""), "LibreOffice's LF")
      #expect(back.contains("\"lone\rcr\""), "a lone CR is kept")
      withKnownIssue("LibreOffice turns CR LF in a cell into LF") {
        #expect(back.contains("\"carriage\r\nreturn\""))
      }
    }
  }

  /// Fails unless the command exited 0.
  static func succeeds(_ result: CommandResult, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    try #require(result.status == 0, "\(result.stderr)", sourceLocation: sourceLocation)
  }

  /// The lines of a CSV file, as text.
  static func lines(_ path: String) throws -> [String] {
    String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }
}

/// The law without LibreOffice: what `export` writes as a workbook, `import` reads back as the
/// very ledger, from either sheet.
@Suite("Workbook round trip: read(write(L)) = L in both sheets")
struct WorkbookRoundTripLawTests {
  @Test(
    "200 random ledgers with hostile text: import --sheet Wide, --sheet Ledger and plain import give the canonical CSV"
  )
  func law() throws {
    try TemporaryDirectory.with { directory in
      var failures: [String] = []
      for seed in 0..<200 {
        let base = directory.appendingPathComponent(String(format: "random-%03d", seed)).path
        try HostileLedgers.prepare(seed: UInt64(seed) &* 104_729 &+ 3, at: base)
        for sheet in [["--sheet", "Wide"], ["--sheet", "Ledger"], []] {
          let back = base + ".back\(sheet.last ?? "").csv"
          let reading = Seccost.run(["import", base + ".xlsx"] + sheet + ["-o", back])
          if let failure = try HostileLedgers.difference(reading, back, base + ".canonical.csv") {
            failures.append("random-\(seed) \(sheet.last ?? "both sheets"): \(failure)")
          }
        }
      }
      #expect(failures.isEmpty, "\(failures.count) changed:\n\(failures.joined(separator: "\n"))")
    }
  }
}

/// LibreOffice Calc driven through UNO by `Fixtures/libreoffice/workbook_user.py`.
enum WorkbookUser {
  /// Debian's Python, the one with `uno`.
  static let python = "/usr/bin/python3"

  static let script = packageRoot.appendingPathComponent(
    "Tests/SECCostCommandsTests/Fixtures/libreoffice/workbook_user.py"
  ).path

  static var soffice: String? {
    ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice"]
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  static var isAvailable: Bool {
    soffice != nil && FileManager.default.isExecutableFile(atPath: python)
  }

  static var isRequired: Bool {
    ProcessInfo.processInfo.environment["SECCOST_REQUIRE_LIBREOFFICE"] == "1"
  }

  /// Runs the script (which starts and stops its own LibreOffice); fails if it fails, or if it
  /// has not finished within `seconds` (then it is killed).
  static func run(_ arguments: [String], seconds: Double = 400) throws {
    try #require(isAvailable, "LibreOffice (soffice) or /usr/bin/python3 is not installed")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [script] + arguments
    var environment = ProcessInfo.processInfo.environment
    environment["PATH"] = "/usr/bin:/bin:" + (environment["PATH"] ?? "")
    process.environment = environment
    let errors = Pipe()
    process.standardOutput = FileHandle.nullDevice
    process.standardError = errors
    try process.run()
    let deadline = Date().addingTimeInterval(seconds)
    while process.isRunning && Date() < deadline { usleep(100_000) }
    if process.isRunning {
      process.terminate()
      process.waitUntilExit()
      Issue.record("workbook_user.py \(arguments.first ?? "") took more than \(seconds) s")
    }
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    try #require(
      process.terminationStatus == 0,
      "workbook_user.py exited with \(process.terminationStatus): \(message)")
  }
}

/// Random ledgers with the text spreadsheets most like to mangle, through seccost's own
/// export: the inputs of the proofs above.
enum HostileLedgers {
  /// A random ledger of `count` lines with hostile text and versions.
  static func make(seed: UInt64, count: Int) -> Ledger {
    RandomLedger.make(
      seed: seed, count: count, texts: RandomLedger.hostileTexts,
      versions: RandomLedger.hostileVersions)
  }

  /// Writes a random ledger as `BASE.csv`, and with `seccost export` its canonical CSV
  /// (`BASE.canonical.csv`) and its workbook (`BASE.xlsx`).
  static func prepare(seed: UInt64, at base: String) throws {
    try Data(make(seed: seed, count: 30).canonicalCSV()).write(
      to: URL(fileURLWithPath: base + ".csv"))
    for output in [base + ".canonical.csv", base + ".xlsx"] {
      let export = Seccost.run(["export", base + ".csv", "-o", output])
      try #require(export.status == 0, "\(export.stderr)")
    }
  }

  /// Why an import did not give the canonical CSV byte for byte (its first differing line), or
  /// nil when it did.
  static func difference(_ reading: CommandResult, _ imported: String, _ canonical: String) throws
    -> String?
  {
    guard reading.status == 0 else { return "import failed: \(reading.errors)" }
    let expected = try Data(contentsOf: URL(fileURLWithPath: canonical))
    let got = try Data(contentsOf: URL(fileURLWithPath: imported))
    if got == expected { return nil }
    let first =
      zip(expected, got).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(expected.count, got.count)
    func around(_ bytes: Data) -> String {
      let start = max(0, first - 60)
      return String(decoding: bytes[start..<min(bytes.count, first + 60)], as: UTF8.self)
        .debugDescription
    }
    return "at byte \(first): \(around(expected)) became \(around(got))"
  }
}
