import Foundation
import SECCostTestSupport
import Testing

/// `seccost report --style rid|panel` and `--format docx` on the command line.
@Suite("seccost report --style and --format docx")
struct ReportStyleTests {
  @Test("--style rid: no Total row or column, no tool sentences; the RID's standard sentences")
  func ridMarkdown() throws {
    let rid = Seccost.run(["report", "Ledgers/2022-11-sec-release.csv", "--style", "rid"])
    #expect(rid.status == 0, "\(rid.stderr)")
    #expect(!rid.stdout.contains("Total"))
    #expect(!rid.stdout.contains("add up to"))
    #expect(!rid.stdout.contains("Totals add ranges"))
    #expect(!rid.stdout.contains("Notes on the ledger"))
    #expect(rid.stdout.contains("No impact on operational costs have been identified."))
    #expect(rid.stdout.contains("The DCC will provide standalone costs for SIT, UIT"))
    #expect(rid.stdout.contains("| MP078 | £1,886,716 | £727,257 | N/A | £20,000 | £1,573[^2] |"))
    let panel = Seccost.run(["report", "Ledgers/2022-11-sec-release.csv"])
    #expect(panel.stdout.contains("| **Total** |"))
    #expect(panel.stdout.contains("The costs provided so far add up to"))
    let html = Seccost.run([
      "report", "Ledgers/2022-11-sec-release.csv", "--style", "rid", "--format", "html",
    ])
    #expect(html.status == 0)
    #expect(!html.stdout.contains("<svg"))
    #expect(!html.stdout.contains("class=\"total\""))
    #expect(html.stdout.contains("No impact on operational costs have been identified."))
  }

  @Test("--scope lets February 2021 say the other modifications incur no DCC costs")
  func otherModifications() throws {
    let sentence =
      "None of the other modifications targeted for this release are expected to incur any DCC"
      + " implementation costs."
    let scoped = Seccost.run([
      "report", "Ledgers/2021-02-sec-release.csv", "--style", "rid", "--scope",
      "Ledgers/scope/scope-register.csv",
    ])
    #expect(scoped.status == 0)
    #expect(scoped.stdout.contains("due to the implementation of MP122. " + sentence))
    let unscoped = Seccost.run(["report", "Ledgers/2021-02-sec-release.csv", "--style", "rid"])
    #expect(!unscoped.stdout.contains(sentence))
  }

  @Test("--format docx writes the committed DOCX; without --out it is a usage error")
  func docx() throws {
    try TemporaryDirectory.with { directory in
      let result = Seccost.run([
        "report", "Ledgers/2022-11-sec-release.csv", "Ledgers/2021-02-sec-release.csv", "--format",
        "docx", "--style", "rid", "--scope", "Ledgers/scope/scope-register.csv", "--out",
        directory.path,
      ])
      #expect(result.status == 0, "\(result.stderr)")
      for name in ["2022-11-sec-release.docx", "2021-02-sec-release.docx"] {
        let written = try Data(contentsOf: directory.appendingPathComponent(name))
        let committed = try Data(
          contentsOf: SeedLedgers.root.appendingPathComponent("Reports/\(name)"))
        #expect(written == committed, "\(name)")
      }
    }
    let noOut = Seccost.run(["report", "Ledgers/2022-11-sec-release.csv", "--format", "docx"])
    #expect(noOut.status == 2)
    #expect(noOut.stderr.contains("--format docx writes files: give --out DIRECTORY"))
  }
}
