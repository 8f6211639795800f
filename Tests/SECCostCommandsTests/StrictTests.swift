import Foundation
import SECCostTestSupport
import Testing

/// `--strict` turns warnings into errors in every command that reads ledgers.
@Suite("--strict turns warnings into errors")
struct StrictTests {
  static let ledger =
    "release,version,party,modification,title,phase,basis,low\n"
    + "Release X,0.4,DCC,MP078,,sit,firm,1\nNovember 2022,0.4,DCC,X1,,uit,firm,2\n"
  static let releaseWarning =
    "w.csv:2: release: \"Release X\" is not a release name of the form \"Month YYYY\" "
    + "(November 2022); counted as written"

  @Test(
    "exit 1, the warnings printed as errors, nothing written",
    arguments: [
      ["validate"], ["totals"], ["totals", "--format", "json"], ["export", "-o", "out.csv"],
      ["import", "-o", "out.csv"], ["report", "--out", "out"], ["risk"], ["variance"],
    ])
  func strict(command: [String]) throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seccost-strict-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data(Self.ledger.utf8).write(to: directory.appendingPathComponent("w.csv"))
    let result = Seccost.run(command + ["w.csv", "--strict"], in: directory)
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains(Self.releaseWarning))
    #expect(result.stderr.contains("w.csv:3: modification: \"X1\" is not a SEC modification id"))
    #expect(!result.stderr.contains("warning:"))
    let written = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(written == ["w.csv"])
  }

  @Test("without --strict, warnings go to standard error and the command succeeds")
  func warnings() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seccost-strict-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data(Self.ledger.utf8).write(to: directory.appendingPathComponent("w.csv"))
    let result = Seccost.run(["totals", "--format", "json", "w.csv"], in: directory)
    #expect(result.status == 0)
    #expect(result.stderr.contains("w.csv:2: release: warning: \"Release X\""))
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let warnings = try #require(json["warnings"] as? [String])
    #expect(warnings.count == 2)
    #expect(warnings.first?.hasPrefix("w.csv:2: release: warning: \"Release X\"") == true)
    #expect(json["total"] != nil)
  }
}
