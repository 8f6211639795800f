import Foundation
import SECCostTestSupport
import Testing

@Suite("seccost end to end")
struct EndToEndTests {
  private static let november = "Ledgers/2022-11-sec-release.csv"
  private static let february = "Ledgers/2021-02-sec-release.csv"

  @Test("totals of the November 2022 release as the README shows them", .tags(.endToEnd))
  func novemberTable() throws {
    let result = try SeccostBinary.run(["totals", Self.november])
    let expected = try String(
      contentsOf: packageRoot.appendingPathComponent(
        "Tests/SECCostCommandsTests/Fixtures/november-2022-totals-by-phase.txt"),
      encoding: .utf8)
    #expect(result.status == 0)
    #expect(result.stdout == expected)
    #expect(result.stdout.contains("SIT                  £1,573,801 + 2 TBC"))
    #expect(result.stdout.contains("£5,270,792 to £5,744,792"))
  }

  @Test(
    "JSON totals: hand-computed November 2022 figures, amounts as two-place strings",)
  func novemberJSON() throws {
    let result = Seccost.run(["totals", Self.november, "--format", "json"])
    #expect(result.status == 0)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(json["by"] as? String == "phase")
    let groups = try #require(json["groups"] as? [[String: Any]])
    func group(_ key: String) -> [String: Any]? { groups.first { $0["key"] as? String == key } }
    let design = try #require(group("design-build-pit"))
    #expect(design["low"] as? String == "5270792.00")
    #expect(design["high"] as? String == "5744792.00")
    #expect(design["tbc"] as? Int == 0)
    let sit = try #require(group("sit"))
    // 437,032 + 251,307 + 727,257 + 89,238 + 68,967
    #expect(sit["low"] as? String == "1573801.00")
    #expect(sit["high"] as? String == "1573801.00")
    #expect(sit["tbc"] as? Int == 2)
    let uit = try #require(group("uit"))
    #expect(uit["low"] as? String == "0.00")
    #expect(uit["tbc"] as? Int == 2)
    #expect(uit["na"] as? Int == 3)
    // MP141 and SECMP0015 give no UIT line although they give other phases.
    #expect(uit["missing"] as? Int == 2)
    #expect(uit["complete"] as? Bool == false)
    let total = try #require(json["total"] as? [String: Any])
    // DCC 6,881,083 to 7,355,083 plus SECAS 3,000 + 12,000
    #expect(total["low"] as? String == "6896083.00")
    #expect(total["high"] as? String == "7370083.00")
    #expect(total["tbc"] as? Int == 8)
    #expect(total["na"] as? Int == 5)
    #expect(total["missing"] as? Int == 6)
    #expect(total["complete"] as? Bool == false)
    let parties = try #require(json["parties"] as? [[String: Any]])
    #expect(parties.map { $0["key"] as? String } == ["DCC", "SECAS"])
    #expect(parties.map { $0["low"] as? String } == ["6881083.00", "15000.00"])
  }

  @Test("totals by party, modification, release and basis")
  func otherDimensions() throws {
    let byParty = Seccost.run([
      "totals", Self.november, "--by", "party", "--format", "csv",
    ])
    #expect(byParty.status == 0)
    #expect(
      byParty.stdout.contains("party,SECAS,SECAS,15000.00,15000.00,0.00,0.00,15000.00,15000.00"))
    let byModification = Seccost.run([
      "totals", Self.november, "--by", "modification", "--format", "markdown",
    ])
    #expect(byModification.stdout.contains("| MP078 | £2,635,546 | £2,635,546 | - | 0 | 0 | 1 |"))
    #expect(byModification.stdout.contains("| MP140 | £301,000 to £625,000 + 4 TBC |"))
    let byRelease = Seccost.run([
      "totals", Self.november, Self.february, "--by", "release", "--format", "json",
    ])
    #expect(byRelease.stdout.contains("\"key\" : \"February 2021\""))
    #expect(byRelease.stdout.contains("\"low\" : \"344200.00\""))
    let february = Seccost.run([
      "totals", Self.november, Self.february, "--release", "February 2021", "--by", "basis",
    ])
    #expect(february.stdout.contains("estimate"))
    #expect(february.stdout.contains("£344,200"))
    #expect(!february.stdout.contains("TBC and not in the sums"))
  }

  @Test("validate: a one-line summary and exit 0 for the committed ledgers")
  func validateLedgers() throws {
    let result = Seccost.run(["validate", Self.november, Self.february])
    #expect(result.status == 0)
    #expect(result.stdout == "valid: 34 lines in 2 files\n")
  }

  @Test(
    "export: byte-identical for a canonical ledger, atomic, never over an input")
  func export() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seccost-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = directory.appendingPathComponent("out.csv").path
    let result = Seccost.run(["export", Self.november, "-o", output])
    #expect(result.status == 0)
    let original = try Data(
      contentsOf: packageRoot.appendingPathComponent(Self.november))
    #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == original)

    // An invalid input leaves the existing output untouched and no temporary files behind.
    let invalid = ValidateCorpusTests.directory.appendingPathComponent("money-errors.csv").path
    let refused = Seccost.run(["export", invalid, "-o", output])
    #expect(refused.status == 1)
    #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == original)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.csv"])

    let overInput = Seccost.run(["export", Self.november, "-o", Self.november])
    #expect(overInput.status == 2)
    #expect(overInput.stderr.contains("is also an input"))
  }

  @Test("usage errors exit non-zero with a message, never a trace")
  func usage() throws {
    let unknownOption = Seccost.run(["totals", Self.november, "--by", "colour"])
    #expect(unknownOption.status == 2)
    #expect(unknownOption.stderr.contains("colour"))
    let missingFile = Seccost.run(["totals", "no-such-ledger.csv"])
    #expect(missingFile.status == 3)
    #expect(missingFile.stderr == "no-such-ledger.csv: cannot read: No such file or directory\n")
    let noRelease = Seccost.run(["totals", Self.november, "--release", "June 2031"])
    #expect(noRelease.status == 1)
    #expect(noRelease.stderr.contains("no lines for release \"June 2031\""))
  }
}
