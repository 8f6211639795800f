import Foundation
import SECCostTestSupport
import Testing

/// The seven ways `seccost` printed a wrong total with exit 0 (issue "Totals that are never
/// silently wrong"), each run as a user would, on the committed November 2022 ledger.
@Suite("Totals that are never silently wrong")
struct TotalsTruthTests {
  private static let november = "Ledgers/2022-11-sec-release.csv"
  private static let register = "Ledgers/scope/scope-register.csv"

  /// The committed ledger with `extra` appended, in a temporary file.
  private static func november(appending extra: String) throws -> URL {
    let original = try String(
      contentsOf: packageRoot.appendingPathComponent(november), encoding: .utf8)
    return try file(original + extra)
  }

  private static func file(_ text: String, suffix: String = ".csv") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seccost-truth-\(UUID().uuidString)\(suffix)")
    try Data(text.utf8).write(to: url)
    return url
  }

  private static func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test(
    "a release in two versions totals the same from a file (summed, then read again) as from a pipe (lines kept)",
    .tags(.endToEnd), arguments: ["phase", "party", "release", "basis", "modification"])
  func fileAndPipeAgree(dimension: String) throws {
    let ledger = try Self.november(
      appending:
        "November 2022,0.5,DCC,MP141,SRV Visibility for Devices on SSI,sit,firm,,70000,,,,,updated IA\n"
    )
    defer { try? FileManager.default.removeItem(at: ledger) }
    let fromFile = Seccost.run(["totals", ledger.path, "--by", dimension, "--format", "json"])
    let executable = try #require(SeccostBinary.url)
    let shell = Process()
    shell.executableURL = URL(fileURLWithPath: "/bin/sh")
    shell.arguments = [
      "-c", "cat \"$1\" | \"$0\" totals /dev/stdin --by \"$2\" --format json", executable.path,
      ledger.path, dimension,
    ]
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    shell.environment = environment
    let output = Pipe()
    shell.standardOutput = output
    try shell.run()
    let fromPipe = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    shell.waitUntilExit()
    #expect(fromFile.status == 0 && shell.terminationStatus == 0)
    let file = try Self.json(fromFile.stdout)
    let pipe = try Self.json(fromPipe)
    for field in ["total", "groups", "parties", "releases", "not_provided"] {
      #expect(file[field] != nil)
      #expect(
        (file[field] as? NSObject) == (pipe[field] as? NSObject), "\(field) differs by \(dimension)")
    }
    let total = try #require(file["total"] as? [String: Any])
    #expect(total["low"] as? String == "6897116.00")
  }

  @Test("1. a v0.5 line updates MP141's SIT only; the other 30 lines carry forward")
  func newVersionLine() throws {
    let ledger = try Self.november(
      appending:
        "November 2022,0.5,DCC,MP141,SRV Visibility for Devices on SSI,sit,firm,,70000,,,,,updated IA\n"
    )
    defer { try? FileManager.default.removeItem(at: ledger) }
    let result = Seccost.run(["totals", ledger.path, "--format", "json"])
    #expect(result.status == 0)
    let json = try Self.json(result.stdout)
    let total = try #require(json["total"] as? [String: Any])
    // 6,896,083 to 7,370,083 with MP141's SIT 68,967 replaced by 70,000.
    #expect(total["low"] as? String == "6897116.00")
    #expect(total["high"] as? String == "7371116.00")
    #expect(total["complete"] as? Bool == false)
    let releases = try #require(json["releases"] as? [[String: Any]])
    #expect(releases.first?["version"] as? String == "0.5")
    #expect(
      releases.first?["counted"] as? String
        == "v0.5 (1 line) over v0.4 (30 lines carried forward)")
    let versions = try #require(releases.first?["versions"] as? [[String: Any]])
    #expect(versions.map { $0["lines"] as? Int } == [1, 30])

    let table = Seccost.run(["totals", ledger.path])
    #expect(
      table.stdout.hasPrefix(
        "Totals by phase: November 2022 v0.5 (1 line) over v0.4 (30 lines carried forward)"))
    let report = Seccost.run(["report", ledger.path])
    #expect(report.status == 0)
    #expect(report.stdout.contains("£6,882,116 to £7,356,116"))
    #expect(!report.stdout.contains("No SECAS costs are recorded"))
    #expect(report.stdout.contains("| MP141 | £124,301 | £70,000 |"))
    #expect(
      report.stdout.contains(
        "- Figures counted: November 2022: v0.5 (1 line) over v0.4 (30 lines carried forward)."))

    // --version counts exactly one document's lines.
    let only = Seccost.run([
      "totals", ledger.path, "--version", "v0.5", "--format", "json",
    ])
    let onlyTotal = try #require(try Self.json(only.stdout)["total"] as? [String: Any])
    #expect(onlyTotal["low"] as? String == "70000.00")
    // With --scope too: v0.5 alone is MP141's SIT, targeted, so in "all targeted" only.
    let scoped = Seccost.run([
      "totals", ledger.path, "--version", "0.5", "--scope", Self.register, "--format", "json",
    ])
    #expect(scoped.status == 0)
    let scopedTotal = try #require(try Self.json(scoped.stdout)["total"] as? [String: [String: Any]])
    #expect(scopedTotal["all-targeted"]?["low"] as? String == "70000.00")
    let none = Seccost.run(["totals", ledger.path, "--version", "0.9"])
    #expect(none.status == 1)
    #expect(none.stderr.contains("no lines for version 0.9"))
  }

  @Test("2. v0.4 and 0.4 are one version")
  func versionLabels() throws {
    let original = try String(
      contentsOf: packageRoot.appendingPathComponent(Self.november), encoding: .utf8)
    var lines = original.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    lines[2] = lines[2].replacingOccurrences(of: "November 2022,\"0.4\"", with: "November 2022,v0.4")
    #expect(lines[2].hasPrefix("November 2022,v0.4,DCC,MP078"))
    let ledger = try Self.file(lines.joined(separator: "\n"))
    defer { try? FileManager.default.removeItem(at: ledger) }
    let edited = Seccost.run(["totals", ledger.path, "--format", "csv"])
    let committed = Seccost.run(["totals", Self.november, "--format", "csv"])
    #expect(edited.status == 0)
    #expect(edited.stdout == committed.stdout)
    // The same key as v0.4 and 0.4 is one key twice.
    let twice = try Self.november(
      appending:
        "November 2022,V0.4,DCC,MP078,x,sit,firm,,1,,,,,\n")
    defer { try? FileManager.default.removeItem(at: twice) }
    let duplicate = Seccost.run(["validate", twice.path])
    #expect(duplicate.status == 1)
    #expect(duplicate.stderr.contains("duplicate"))
  }

  @Test("3. a ';' file has one decimal convention: £20.000 is £20,000 beside £1.886.716")
  func decimalConvention() throws {
    let ledger = try Self.file(
      "release;party;modification;phase;basis;low\n"
        + "November 2022;DCC;MP078;Implement to live;firm;£20.000\n"
        + "November 2022;DCC;MP078;Design, Build & PIT;firm;£1.886.716\n")
    defer { try? FileManager.default.removeItem(at: ledger) }
    let result = Seccost.run(["totals", ledger.path, "--format", "json"])
    #expect(result.status == 0)
    let total = try #require(try Self.json(result.stdout)["total"] as? [String: Any])
    #expect(total["low"] as? String == "1906716.00")
    let alone = try Self.file(
      "release;party;modification;phase;basis;low\n"
        + "November 2022;DCC;MP078;Implement to live;firm;£20.000\n")
    defer { try? FileManager.default.removeItem(at: alone) }
    let refused = Seccost.run(["totals", alone.path])
    #expect(refused.status == 1)
    #expect(refused.stdout.isEmpty)
    #expect(refused.stderr.contains(":2: low: \"£20.000\" reads as £20.00"))
  }

  @Test("4. a release name a spreadsheet made a date is refused, with the likely name")
  func releaseAsDate() throws {
    for written in ["11/01/22", "Nov-22", "2022-11-01", "44866"] {
      let ledger = try Self.file(
        "release,version,party,modification,phase,basis,low\n"
          + "\(written),0.4,DCC,MP078,sit,firm,1\n")
      defer { try? FileManager.default.removeItem(at: ledger) }
      for command in ["import", "totals"] {
        let result = Seccost.run([command, ledger.path])
        #expect(result.status == 1, "\(written) \(command)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(":2: release: \"\(written)\" looks like a date"))
        #expect(result.stderr.contains("(November 2022?)"), "\(written): \(result.stderr)")
      }
    }
  }

  @Test("5. modification ids are checked: MPO78 refused, mp143 and MP 143 canonical")
  func modificationIDs() throws {
    let ledger = try Self.file(
      "release,version,party,modification,phase,basis,low\n"
        + "November 2022,0.4,DCC,MPO78,sit,firm,1\n")
    defer { try? FileManager.default.removeItem(at: ledger) }
    let refused = Seccost.run(["totals", ledger.path])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("did you mean MP078?"))
    let written = try Self.file(
      "release,version,party,modification,phase,basis,low\n"
        + "November 2022,0.4,DCC,mp143,design-build-pit,firm,1\n"
        + "November 2022,0.4,DCC,MP 143,sit,firm,2\n")
    defer { try? FileManager.default.removeItem(at: written) }
    let byModification = Seccost.run([
      "totals", written.path, "--by", "modification", "--format", "json",
    ])
    let groups = try #require(try Self.json(byModification.stdout)["groups"] as? [[String: Any]])
    #expect(groups.map { $0["key"] as? String } == ["MP143"])
  }

  @Test("6. phases a modification gives no line for are not provided, never £0")
  func missingPhases() throws {
    let result = Seccost.run(["totals", Self.november, "--by", "modification", "--format", "json"])
    let groups = try #require(try Self.json(result.stdout)["groups"] as? [[String: Any]])
    let secmp0015 = try #require(groups.first { $0["key"] as? String == "SECMP0015" })
    #expect(secmp0015["missing"] as? Int == 3)
    #expect(secmp0015["complete"] as? Bool == false)
    #expect(secmp0015["rid"] as? String == "£1,772,600 + 3 not provided")
    let mp099 = try #require(groups.first { $0["key"] as? String == "MP099" })
    #expect(mp099["missing"] as? Int == 0)
    #expect(mp099["complete"] as? Bool == true)
    // In the approved scenario, whole phases are "not provided", not N/A.
    let scoped = Seccost.run([
      "totals", Self.november, "--scope", Self.register, "--scenario", "approved",
    ])
    #expect(scoped.stdout.contains("UIT                  1 not provided"))
    // February 2021's MP122, given only as a whole figure, misses nothing.
    let february = Seccost.run(["totals", "Ledgers/2021-02-sec-release.csv", "--format", "json"])
    let total = try #require(try Self.json(february.stdout)["total"] as? [String: Any])
    #expect(total["missing"] as? Int == 0)
  }

  @Test("7. the combined Preliminary Assessment replaces the standalone figures of its phase")
  func combinedFigure() throws {
    let ledger = try Self.november(
      appending:
        "November 2022,0.4,DCC,,Combined Preliminary Assessment,sit,estimate,,1000000,1200000,,,,\n")
    defer { try? FileManager.default.removeItem(at: ledger) }
    let result = Seccost.run(["totals", ledger.path, "--format", "json"])
    #expect(result.status == 0)
    let json = try Self.json(result.stdout)
    let groups = try #require(json["groups"] as? [[String: Any]])
    let sit = try #require(groups.first { $0["key"] as? String == "sit" })
    #expect(sit["low"] as? String == "1000000.00")
    #expect(sit["high"] as? String == "1200000.00")
    #expect(sit["tbc"] as? Int == 0)
    let standalone = try #require(sit["standalone"] as? [String: Any])
    #expect(standalone["rid"] as? String == "£1,573,801 + 2 TBC")
    let total = try #require(json["total"] as? [String: Any])
    // 6,896,083 − 1,573,801 + 1,000,000; high 7,370,083 − 1,573,801 + 1,200,000.
    #expect(total["low"] as? String == "6322282.00")
    #expect(total["high"] as? String == "6996282.00")
    let report = Seccost.run(["report", ledger.path])
    #expect(report.stdout.contains("The DCC has produced a combined Preliminary Assessment"))
    #expect(report.stdout.contains("(£1,573,801 + 2 TBC in these stages)"))
  }

  @Test("--scope: MP143's DCC costs are a located warning; --strict makes it an error")
  func scopeWarnings() throws {
    for command in [["validate"], ["totals", "--scope", Self.register], ["report"]] {
      var arguments = command + [Self.november]
      if command[0] != "totals" { arguments += ["--scope", Self.register] }
      let result = Seccost.run(arguments)
      #expect(result.status == 0, "\(arguments)")
      #expect(
        result.stderr.contains(
          "Ledgers/2022-11-sec-release.csv:21: modification: warning: MP143 has DCC costs in "
            + "November 2022, but the scope register marks it as not DCC System impacting"),
        "\(arguments): \(result.stderr)")
      let strict = Seccost.run(arguments + ["--strict"])
      #expect(strict.status == 1, "\(arguments)")
      #expect(strict.stdout.isEmpty)
      #expect(!strict.stderr.contains(": warning: "))
      #expect(strict.stderr.contains(":21: modification: MP143 has DCC costs"))
    }
    let plain = Seccost.run(["validate", Self.november])
    #expect(plain.stderr.isEmpty)
  }
}
