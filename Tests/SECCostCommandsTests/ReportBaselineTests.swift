import Foundation
import SECCostTestSupport
import Testing

/// `seccost report LEDGER --baseline BASE`: the baseline is read apart from the ledgers, as
/// `seccost variance BASE LEDGER` reads it, so that a copy of the same RID version is a baseline
/// with nothing changed, not a file of duplicate keys.
@Suite("seccost report --baseline: the baseline read apart")
struct ReportBaselineTests {
  @Test("a copy of the ledger as its baseline: no figure changed")
  func copyAsBaseline() throws {
    try TemporaryDirectory.with { directory in
      let november = packageRoot.appendingPathComponent(
        "Ledgers/2022-11-sec-release.csv")
      for name in ["current.csv", "baseline.csv"] {
        try FileManager.default.copyItem(at: november, to: directory.appendingPathComponent(name))
      }
      let report = Seccost.run(
        ["report", "current.csv", "--baseline", "baseline.csv"], in: directory)
      #expect(report.status == 0, "\(report.stderr)")
      #expect(!report.stderr.contains("duplicate key"))
      #expect(report.stdout.contains("## Changes since the baseline"))
      #expect(report.stdout.contains("No figure changed."))
      let variance = Seccost.run(
        ["variance", "baseline.csv", "current.csv"], in: directory)
      #expect(variance.status == 0)
    }
  }

  @Test("the baseline's own problems, and the ledger's, are all listed")
  func problemsOfBoth() throws {
    try TemporaryDirectory.with { directory in
      let header = "release,party,phase,basis,low\n"
      try Data((header + "November 2022,DCC,sit,firm,abc\n").utf8).write(
        to: directory.appendingPathComponent("current.csv"))
      // A key twice within the baseline is still a duplicate.
      try Data((header + "November 2022,DCC,sit,firm,1\nNovember 2022,DCC,sit,firm,2\n").utf8)
        .write(to: directory.appendingPathComponent("baseline.csv"))
      let report = Seccost.run(
        ["report", "current.csv", "--baseline", "baseline.csv"], in: directory)
      #expect(report.status == 1)
      #expect(report.stdout.isEmpty)
      #expect(report.stderr.contains("current.csv:2: low: \"abc\" is not an amount of money"))
      #expect(
        report.stderr.contains(
          "baseline.csv:3: duplicate key: the same release, version, party, modification and"
            + " phase as line 2"))
    }
  }
}
