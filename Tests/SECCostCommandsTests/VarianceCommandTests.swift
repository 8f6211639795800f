import Foundation
import SECCostTestSupport
import Testing

@Suite("seccost variance")
struct VarianceCommandTests {
  static let fixtures = packageRoot.appendingPathComponent(
    "Tests/SECCostCommandsTests/Fixtures/variance")

  private func run(_ arguments: [String]) throws -> CommandResult {
    Seccost.run(["variance"] + arguments, in: Self.fixtures)
  }

  private func json(_ result: CommandResult) throws -> [String: Any] {
    try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
  }

  private func line(_ document: [String: Any], _ modification: String, _ phase: String) throws
    -> [String: Any]
  {
    let lines = try #require(document["lines"] as? [[String: Any]])
    return try #require(
      lines.first {
        $0["modification"] as? String == modification && $0["phase"] as? String == phase
      })
  }

  @Test("a file name with control characters is escaped in the heading, as in every message")
  func hostileFileNameInHeading() throws {
    try TemporaryDirectory.with { directory in
      let names = ["base\u{1B}[31m.csv", "current\nsecond line.csv"]
      for (source, name) in zip(["baseline.csv", "current.csv"], names) {
        try FileManager.default.copyItem(
          at: Self.fixtures.appendingPathComponent(source),
          to: directory.appendingPathComponent(name))
      }
      let paths = names.map { directory.appendingPathComponent($0).path }
      for format in ["table", "markdown"] {
        let result = Seccost.run(["variance"] + paths + ["--format", format])
        #expect(result.status == 0, "\(result.errors)")
        #expect(!result.stdout.contains("\u{1B}"), "\(format)")
        #expect(result.stdout.contains("base\\u{1B}[31m.csv"), "\(format)")
        #expect(result.stdout.contains("current\\nsecond line.csv"), "\(format)")
      }
    }
  }

  @Test("two ledgers as JSON: the shape the issue asks for, hand-computed")
  func twoLedgersJSON() throws {
    let result = try run(["baseline.csv", "current.csv", "--format", "json"])
    #expect(result.status == 0)
    #expect(result.errors.isEmpty)
    let document = try json(result)
    let firmed = try line(document, "MP1", "sit")
    #expect(firmed["release"] as? String == "November 2022")
    #expect(firmed["party"] as? String == "DCC")
    #expect(firmed["status"] as? String == "firmed")
    let before = try #require(firmed["before"] as? [String: Any])
    #expect(before["basis"] as? String == "estimate")
    #expect(before["low"] as? String == "40000.00")
    #expect(before["high"] as? String == "60000.00")
    let after = try #require(firmed["after"] as? [String: Any])
    #expect(after["basis"] as? String == "firm")
    #expect(after["low"] as? String == "50000.00")
    let change = try #require(firmed["change"] as? [String: Any])
    #expect(change["low"] as? String == "10000.00")
    #expect(change["high"] as? String == "-10000.00")
    #expect(change["low_percent"] as? String == "25.0")
    #expect(change["high_percent"] as? String == "-16.7")

    let added = try line(document, "MP4", "design-build-pit")
    #expect(added["status"] as? String == "added")
    let nothing = try #require(added["before"] as? [String: Any])
    #expect(nothing["basis"] is NSNull)
    #expect(nothing["low"] is NSNull)
    let addedChange = try #require(added["change"] as? [String: Any])
    #expect(addedChange["low_percent"] is NSNull)
    #expect(addedChange["high"] as? String == "2000.00")

    let unpriced = try line(document, "MP2", "design-build-pit")
    #expect(unpriced["status"] as? String == "unpriced")
    let tbc = try #require(unpriced["after"] as? [String: Any])
    #expect(tbc["basis"] as? String == "tbc")
    #expect(tbc["low"] is NSNull)

    let statuses = try #require(document["lines"] as? [[String: Any]]).compactMap {
      $0["status"] as? String
    }
    #expect(
      statuses == [
        "changed", "firmed", "priced", "unpriced", "unchanged", "removed", "added", "changed",
      ])

    let total = try #require(document["total"] as? [String: Any])
    let totalBefore = try #require(total["before"] as? [String: Any])
    #expect(totalBefore["low"] as? String == "168000.00")
    #expect(totalBefore["high"] as? String == "198000.00")
    #expect(totalBefore["tbc"] as? Int == 1)
    let totalAfter = try #require(total["after"] as? [String: Any])
    #expect(totalAfter["low"] as? String == "199600.00")
    #expect(totalAfter["high"] as? String == "200600.00")
    #expect(totalAfter["tbc"] as? Int == 1)
    let totalChange = try #require(total["change"] as? [String: Any])
    #expect(totalChange["low"] as? String == "31600.00")
    #expect(totalChange["high"] as? String == "2600.00")
    #expect(totalChange["low_percent"] as? String == "18.8")
    #expect(totalChange["tbc"] as? Int == 0)

    let phases = try #require(document["phases"] as? [[String: Any]])
    let design = try #require(phases.first)
    #expect(design["key"] as? String == "design-build-pit")
    #expect((design["after"] as? [String: Any])?["tbc"] as? Int == 1)
    #expect((design["change"] as? [String: Any])?["low"] as? String == "-9000.00")
    let modifications = try #require(document["modifications"] as? [[String: Any]])
    #expect(
      modifications.compactMap { $0["key"] as? String } == ["MP1", "MP2", "MP3", "MP4", ""])
  }

  @Test(
    "two versions within one ledger: as two files, but a key v0.4 leaves out carries forward")
  func versionsWithinOneLedger() throws {
    let files = try run(["baseline.csv", "current.csv", "--format", "csv"])
    let versions = try run(["versions.csv", "--from", "0.1", "--to", "v0.4", "--format", "csv"])
    #expect(versions.status == 0)
    // current.csv has no MP3 line: removed. versions.csv's v0.4 gives none either, so MP3's
    // v0.1 figure carries forward into v0.4: unchanged.
    let removed =
      "line,November 2022,DCC,MP3,design-build-pit,,removed,false,estimate,0.1,0.00,10000.00,,,,,,,"
      + "0.00,-10000.00,,-100.0,,withdrawn\n"
    let carried =
      "line,November 2022,DCC,MP3,design-build-pit,,unchanged,false,estimate,0.1,0.00,10000.00,,"
      + "estimate,0.1,0.00,10000.00,,0.00,0.00,,0.0,,withdrawn\n"
    #expect(files.stdout.contains(removed))
    #expect(versions.stdout.contains(carried))
    let fileLines = files.stdout.split(separator: "\n").filter { $0.hasPrefix("line,") }
    let versionLines = versions.stdout.split(separator: "\n").filter { $0.hasPrefix("line,") }
    #expect(
      fileLines.filter { !$0.contains(",MP3,") } == versionLines.filter { !$0.contains(",MP3,") })
    #expect(versions.stdout.hasPrefix("scope,release,party,modification,phase,title,status,"))
    #expect(
      versions.stdout.contains(
        "line,November 2022,DCC,MP1,sit,,firmed,false,estimate,0.1,40000.00,60000.00,,firm,0.4,"
          + "50000.00,50000.00,,10000.00,-10000.00,25.0,-16.7,,\n"))
    #expect(
      versions.stdout.contains(
        "total,,,,,,,,,,168000.00,198000.00,1,,,199600.00,210600.00,1,31600.00,12600.00,18.8,6.4,0,\n"
      ))
  }

  @Test("a threshold flags lines; --only-changed leaves unchanged ones out")
  func thresholdAndOnlyChanged() throws {
    let flagged = try run([
      "baseline.csv", "current.csv", "--threshold", "£10,000", "--only-changed", "--format",
      "json",
    ])
    #expect(flagged.status == 0)
    let document = try json(flagged)
    #expect(document["threshold"] as? String == "£10,000")
    #expect(document["hidden_unchanged"] as? Int == 1)
    let lines = try #require(document["lines"] as? [[String: Any]])
    #expect(lines.count == 7)
    let marked = lines.filter { $0["flagged"] as? Bool == true }.compactMap {
      $0["modification"] as? String
    }
    #expect(marked == ["MP1", "MP2"])  // UIT +£30,000 and MP2 DBP -£20,000
    let table = try run(["baseline.csv", "current.csv", "--threshold", "20%"])
    #expect(table.stdout.contains("5 lines over the threshold of 20% (marked !)."))
    #expect(
      table.stdout.contains(
        "MP1              SIT                  £40,000 to £60,000 (estimate)  £50,000"))
  }

  @Test("budget against actual spend, one ledger or two, as of a date")
  func budget() throws {
    let two = try run(["budget.csv", "spend.csv", "--as-of", "2023-02-10", "--format", "json"])
    let one = try run(["budget-and-spend.csv", "--as-of", "2023-02-10", "--format", "json"])
    #expect(two.status == 0)
    #expect(one.status == 0)
    #expect(two.stdout == one.stdout)
    let document = try json(two)
    #expect(document["as_of"] as? String == "2023-02-10")
    let total = try #require(document["total"] as? [String: Any])
    #expect(total["spent"] as? String == "122000.00")
    #expect(total["spend_lines"] as? Int == 5)
    #expect(total["status"] as? String == "under-low")
    let remaining = try #require(total["remaining"] as? [String: Any])
    #expect(remaining["low"] as? String == "48000.00")
    #expect(remaining["high"] as? String == "98000.00")
    let budget = try #require(total["budget"] as? [String: Any])
    #expect(budget["low"] as? String == "170000.00")
    #expect(budget["tbc"] as? Int == 1)
    let excluded = try #require(document["excluded"] as? [String: Any])
    #expect((excluded["after_as_of"] as? [String: Any])?["amount"] as? String == "55000.00")
    #expect((excluded["undated"] as? [String: Any])?["amount"] as? String == "2500.00")
    let reconciliation = try #require(document["reconciliation"] as? [String: Any])
    #expect(reconciliation["reconciled"] as? Bool == true)
    let unbudgeted = try line(document, "MP3", "design-build-pit")
    #expect(unbudgeted["status"] as? String == "unbudgeted")
    #expect(unbudgeted["spent"] as? String == "4000.00")
    #expect((unbudgeted["budget"] as? [String: Any])?["basis"] is NSNull)
    let range = try line(document, "MP1", "design-build-pit")
    #expect(range["status"] as? String == "within-range")
    #expect((range["percent_spent"] as? [String: Any])?["high"] as? String == "73.3")

    let table = try run(["budget.csv", "spend.csv"])
    #expect(
      table.stdout.hasPrefix("Budget against actual spend: June 2023 (budget v0.2), all spend"))
    #expect(table.stdout.contains("Reconciled: the 6 lines add up to the totals to the penny"))
    #expect(table.stdout.contains("Unbudgeted spend: £4,000 in 1 line"))
    let markdown = try run(["budget.csv", "spend.csv", "--format", "markdown"])
    #expect(markdown.stdout.contains("| MP3 | Design, Build & PIT | none | £4,000 |"))
    let csv = try run(["budget.csv", "spend.csv", "--format", "csv", "--as-of", "2023-02-10"])
    #expect(
      csv.stdout.contains(
        "total,,,,,,under-low,,,170000.00,220000.00,1,122000.00,5,48000.00,98000.00,71.8,55.5\n"))
    #expect(csv.stdout.hasSuffix("undated,,,,,,,,,,,,2500.00,1,,,,\n"))
  }

  @Test("usage errors exit 2 with a message")
  func usage() throws {
    let cases: [([String], String)] = [
      (["versions.csv", "--from", "0.1"], "--from and --to go together"),
      (["baseline.csv", "current.csv", "--threshold", "lots"], "\"lots\" is not a threshold"),
      (["budget.csv", "spend.csv", "--as-of", "2023-02-30"], "is not a day of the calendar"),
      (["budget.csv", "spend.csv", "--as-of", "2023-02-10", "--only-changed"], "--as-of is for"),
      (["budget.csv", "--mode", "budget", "--threshold", "10%"], "compare versions, not budget"),
      (["versions.csv", "--mode", "versions"], "give --from and --to"),
      (["a.csv", "b.csv", "c.csv"], "give one or two ledgers"),
      (["versions.csv"], "versions.csv has no actual spend: to compare two versions in it give"),
    ]
    for (arguments, message) in cases {
      let result = try run(arguments)
      #expect(result.status == 2, "\(arguments)")
      #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
      #expect(result.stdout.isEmpty)
    }
  }

  @Test("invalid data exits 1, located, and prints nothing to standard output")
  func invalidData() throws {
    let range = try run(["budget.csv", "spend-range.csv"])
    #expect(range.status == 1)
    #expect(range.errors.hasPrefix("spend-range.csv:2: high: actual spend is one amount"))
    let missing = try run(["versions.csv", "--from", "0.1", "--to", "0.9"])
    #expect(missing.status == 1)
    #expect(
      missing.errors == "no lines in version 0.9 in versions.csv (versions: 0.1, 0.4)\n")
    let broken = Seccost.run(
      ["variance", "bad-date.csv", "money-errors.csv"], in: ValidateCorpusTests.directory)
    #expect(broken.status == 1)
    #expect(broken.stdout.isEmpty)
    #expect(broken.errors.hasPrefix("bad-date.csv:2: date: \"2023-02-29\" is not a day"))
    #expect(broken.stderr.contains("money-errors.csv:2: low: \"1.34E+06\" is in scientific"))
    let release = try run(["baseline.csv", "current.csv", "--release", "June 2031"])
    #expect(release.status == 1)
    #expect(release.stderr.contains("no lines for release \"June 2031\""))
  }

  @Test(
    "the illustrative examples are valid, canonical and give the README's reports")
  func examples() throws {
    let root = packageRoot
    let earlier = "Ledgers/examples/2022-11-sec-release-v0.1-illustrative.csv"
    let spend = "Ledgers/examples/2022-11-actual-spend-illustrative.csv"
    for path in [earlier, spend] {
      let exported = Seccost.run(["export", path])
      let original = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
      #expect(exported.stdout == original, "\(path) is not canonical")
    }
    let variance = Seccost.run([
      "variance", earlier, "Ledgers/2022-11-sec-release.csv", "--only-changed",
    ])
    #expect(variance.status == 0)
    #expect(
      variance.stdout
        == (try String(
          contentsOf: Self.fixtures.appendingPathComponent("november-2022-variance.txt"),
          encoding: .utf8)))
    // By hand: v0.1 lows are SECMP0015 1,772,600 + SECMP0056 1,686,068 + MP078 2,633,973
    // + MP107 50,000 + MP141 171,571 + MP143 20,000 + SECAS 12,000 = 6,346,212; the highs add
    // 30,000 (MP107) + 80,000 (MP141) + 200,000 (MP143) = 6,656,212. v0.4 is 6,896,083 to
    // 7,370,083 (the README's totals).
    let json = Seccost.run([
      "variance", earlier, "Ledgers/2022-11-sec-release.csv", "--format", "json",
    ])
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let total = try #require(document["total"] as? [String: Any])
    let before = try #require(total["before"] as? [String: Any])
    #expect(before["low"] as? String == "6346212.00")
    #expect(before["high"] as? String == "6656212.00")
    #expect(before["tbc"] as? Int == 10)
    let change = try #require(total["change"] as? [String: Any])
    #expect(change["low"] as? String == "549871.00")
    #expect(change["low_percent"] as? String == "8.7")  // 549,871 / 6,346,212 = 8.66…%
    #expect(change["tbc"] as? Int == -2)
    let counts = try #require(document["counts"] as? [String: Int])
    #expect(
      counts == [
        "unchanged": 17, "changed": 3, "added": 5, "removed": 2, "firmed": 3, "priced": 2,
        "unpriced": 1,
      ])

    let budget = Seccost.run([
      "variance", "Ledgers/2022-11-sec-release.csv", spend, "--as-of", "2022-06-30",
    ])
    #expect(budget.status == 0)
    #expect(
      budget.stdout
        == (try String(
          contentsOf: Self.fixtures.appendingPathComponent("november-2022-budget.txt"),
          encoding: .utf8)))
  }
}
