import Testing

@testable import SECCost

/// A key compares as it filters: `--release` selects exactly the lines the duplicate check
/// holds to be of that release.
@Suite("Release keys: --release selects as keys compare")
struct ReleaseKeyTests {
  @Test(
    "the key of a name: Month YYYY canonical in any case; any other name as written, trimmed",
    arguments: [
      ("november 2022", "November 2022"), ("NOVEMBER 2022", "November 2022"),
      (" November  2022 ", "November 2022"), ("November\u{A0}2022", "November 2022"),
      ("Release X", "Release X"), ("RELEASE X", "RELEASE X"), (" release x\t", "release x"),
      ("11/01/22", "11/01/22"),
    ])
  func keys(text: String, key: String) {
    #expect(ReleaseName.key(text) == key)
  }

  @Test("every release a ledger line can hold is its own key")
  func fixedPoint() throws {
    for text in ["november 2022", "NOVEMBER\u{A0}2022", "Release X", "RELEASE X", "Feb 2022 b"] {
      let line = try LedgerRow([
        .release: text, .party: "DCC", .phase: "sit", .basis: "firm", .low: "1",
      ]).validated().get()
      #expect(ReleaseName.key(line.release) == line.release, "\(text)")
    }
  }

  private func line(_ release: String, _ pounds: Int64) -> LedgerLine {
    LedgerLine(
      release: release, version: "0.4", party: .dcc, modification: "MP078", phase: .sit,
      figure: .priced(.firm, CostRange(Money(pence: pounds * 100))))
  }

  private func counted(_ release: String) -> [Int64] {
    var ledger = CountedLedger(release: release)
    for line in [line("Release X", 1), line("RELEASE X", 20), line("November 2022", 300)] {
      ledger.add(line)
    }
    return ledger.counted().lines.compactMap { $0.figure.range?.low.pence }.map { $0 / 100 }
  }

  @Test("names that differ only in case are two releases to the filter, as to the keys")
  func caseDifferentNames() {
    #expect(counted("Release X") == [1])
    #expect(counted("RELEASE X") == [20])
    #expect(counted("release x") == [])
  }

  @Test("a Month YYYY filter in any case selects the canonical name")
  func monthNames() {
    #expect(counted("november 2022") == [300])
    #expect(counted(" NOVEMBER  2022") == [300])
    #expect(CountedLedger(release: "november 2022").release == "November 2022")
  }
}
