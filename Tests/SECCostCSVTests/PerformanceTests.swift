import PropertyBased
import SECCost
import SECCostTestSupport
import Testing

@testable import SECCostCSV

@Suite("Performance-only API: same bytes as the plain path")
struct PerformanceTests {
  @Test("a canonical export writes exactly the ledger's canonical CSV, and is empty after")
  func canonicalExport() {
    for seed: UInt64 in [1, 2, 3] {
      let ledger = RandomLedger.make(seed: seed, count: 300)
      var export = CanonicalExport(expectingLinesOf: [])
      for line in ledger.lines { export.add(line) }
      var bytes: [UInt8] = []
      export.write { bytes += $0 }
      #expect(bytes == ledger.canonicalCSV())
      var again: [UInt8] = []
      export.write { again += $0 }
      #expect(again == Ledger().canonicalCSV())
    }
  }

  @Test("law: the text cache gives the string the bytes make, whatever came before")
  func textCacheIsDecoding() async {
    await propertyCheck(count: 100, input: Gen.uint64(in: 0...UInt64.max)) { seed in
      var random = SplitMix64(seed: seed)
      // Texts alike at both ends and of one length (sharing a slot's key) as well as texts
      // that repeat, short and long, some not ASCII.
      let ends = ["Incorporating ", "SRV Visibility", "£", "", "ab"]
      let middles = ["x", "y", "IRPs, \"quoted\"", "é", "xx", "\n"]
      var pool: [[UInt8]] = []
      for _ in 0..<(1 + random.below(30)) {
        var text = ends[random.below(ends.count)]
        for _ in 0..<random.below(6) { text += middles[random.below(middles.count)] }
        text += ends[random.below(ends.count)]
        pool.append(Array(text.utf8))
      }
      var cache = TextCache()
      for _ in 0..<(1 + random.below(400)) {
        let bytes = pool[random.below(pool.count)]
        let text = bytes.withUnsafeBufferPointer { cache.text($0) }
        #expect(Array(text.utf8) == bytes)
      }
    }
  }

  @Test("the line count guessed from the files' sizes: 96 bytes a line, regular files only")
  func expectedLineCount() throws {
    let file = try TemporaryFile(bytes: Array(repeating: UInt8(ascii: "a"), count: 960))
    defer { file.remove() }
    #expect(Ledger.expectedLineCount(inFiles: [file.path]) == 10)
    #expect(Ledger.expectedLineCount(inFiles: [file.path, file.path]) == 20)
    #expect(Ledger.expectedLineCount(inFiles: [file.directory.path, "/no/such/file"]) == 0)
    #expect(Ledger.areRegularFiles([file.path]))
    #expect(!Ledger.areRegularFiles([file.path, file.directory.path]))
    #expect(!Ledger.areRegularFiles(["/no/such/file"]))
  }

  @Test("totals of regular files keep no lines (a revised release is read again); of others, they do")
  func totalsOfFiles() throws {
    let file = try TemporaryFile("")
    defer { file.remove() }
    let lines = try [("0.1", "£1,000"), ("0.2", "£2,000")].map { version, amount in
      LedgerLine(
        release: "November 2022", version: version, party: .dcc, modification: "MP078",
        phase: .sit, figure: try CostFigure(ridNotation: amount, basis: .firm))
    }
    for (paths, readsAgain) in [([file.path], true), (["/no/such/file"], false)] {
      var totals = CostTotals(files: paths, by: .phase, release: nil, onlyVersion: nil)
      for line in lines { totals.add(line) }
      #expect(totals.releasesToReadAgain == (readsAgain ? ["November 2022"] : []))
      for line in lines where readsAgain { totals.addAgain(line) }
      #expect(try totals.report().total.priced.low == Money(pence: 200_000))
    }
  }
}
