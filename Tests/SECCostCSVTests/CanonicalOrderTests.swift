import SECCost
import SECCostTestSupport
import Testing

@testable import SECCostCSV

@Suite("Canonical order by ranked keys, canonical cells written straight to bytes")
struct CanonicalOrderTests {
  /// A ledger whose texts differ in awkward ways: digit runs, leading zeros, empty
  /// modifications, releases that are not dates, and strings Swift calls equal in two forms.
  static func ledger(seed: UInt64) -> Ledger {
    var random = SplitMix64(seed: seed)
    var ledger = RandomLedger.make(seed: seed, count: 300)
    let releases = [
      "November 2022", "june 2020", "Release 10", "Release 9", "Caf\u{E9}", "Cafe\u{301}",
    ]
    let versions = ["", "0.4", "0.10", "0.04", "1"]
    let modifications = ["", "MP078", "MP78", "MP0078", "MP140", "MP99A", "CR4427"]
    for index in ledger.lines.indices {
      ledger.lines[index].release = random.pick(releases)
      ledger.lines[index].version = random.pick(versions)
      ledger.lines[index].modification = random.pick(modifications)
    }
    ledger.lines += ledger.lines.prefix(40)  // ties, kept in their original order
    return ledger
  }

  @Test(
    "canonicalLines = sorting by canonicallyPrecedes, ties in original order", arguments: [1, 2, 3])
  func order(seed: Int) {
    let ledger = Self.ledger(seed: UInt64(seed))
    let reference = ledger.lines.enumerated().sorted { a, b in
      if a.element.canonicallyPrecedes(b.element) { return true }
      if b.element.canonicallyPrecedes(a.element) { return false }
      return a.offset < b.offset
    }.map(\.element)
    #expect(ledger.canonicalLines == reference)
    #expect(ledger.canonicalOrder(packingKeys: true) == ledger.canonicalOrder(packingKeys: false))
  }

  @Test("actual lines alike but for title, note or likely come in one order whatever the input's")
  func tiesBrokenByTheRest() {
    let spend = LedgerLine(
      release: "June 2020", party: .dcc, modification: "MP2", title: "x", phase: .sit,
      figure: .priced(.actual, CostRange(Money(pence: -550))))
    var titled = spend
    titled.title = "(x"
    titled.note = "[1] note"
    var noted = spend
    noted.note = "a"
    let lines = [spend, titled, noted]
    let expected = Ledger(lines: lines).canonicalLines
    #expect(expected.map(\.title) == ["(x", "x", "x"])
    #expect(expected.map(\.note) == ["[1] note", "", "a"])
    for permutation in [[2, 1, 0], [1, 0, 2], [0, 2, 1]] {
      let ledger = Ledger(lines: permutation.map { lines[$0] })
      #expect(ledger.canonicalLines == expected)
      #expect(
        ledger.canonicalOrder(packingKeys: false).map { ledger.lines[$0] } == expected)
    }
  }

  @Test("an ordering noted line by line gives canonicalOrder; one not noted from the ledger too")
  func notedOrdering() {
    let ledger = Self.ledger(seed: 7)
    var noted = CanonicalOrdering()
    for line in ledger.lines { noted.add(line) }
    #expect(noted.order(of: ledger) == ledger.canonicalOrder)
    var partial = CanonicalOrdering()
    for line in ledger.lines.prefix(10) { partial.add(line) }
    #expect(partial.order(of: ledger) == ledger.canonicalOrder)
  }

  @Test("a ledger large enough to be written on two threads gives the same bytes as one")
  func twoThreads() {
    var ledger = RandomLedger.make(seed: 6, count: 2000)
    while ledger.lines.count < CanonicalCSVPipeline.threshold + 3
      * CanonicalCSVPipeline.rowsPerBlock / 2
    {
      ledger.lines += ledger.lines.prefix(20_000)
    }
    var writer = CSVWriter()
    writer.writeRow(LedgerColumn.allCases.map(\.name))
    for line in ledger.canonicalLines { writer.writeRow(line.canonicalCells) }
    var pieces = 0
    var bytes: [UInt8] = []
    ledger.writeCanonicalCSV { piece in
      pieces += 1
      bytes += piece
    }
    #expect(pieces > 2)
    #expect(bytes == writer.bytes)
  }

  @Test("canonicalCSV writes each line's canonicalCells, byte for byte", arguments: [4, 5])
  func cells(seed: Int) {
    let ledger = RandomLedger.make(seed: UInt64(seed), count: 400)
    var writer = CSVWriter()
    writer.writeRow(LedgerColumn.allCases.map(\.name))
    for line in ledger.canonicalLines { writer.writeRow(line.canonicalCells) }
    #expect(ledger.canonicalCSV() == writer.bytes)
  }

  @Test("law: rows whose first cells overflow the row buffer are written as cell by cell")
  func longFirstCells() {
    var ledger = RandomLedger.make(seed: 6, count: 300)
    var random = SplitMix64(seed: 6)
    // Around the buffer's size: some titles fit, some fill it, some are larger than it. Lines
    // share each title's string, as lines read from a file do, so that it is written from the
    // cache into the buffer.
    let titles = (0..<12).map { _ in
      let length = random.below(3 * CanonicalRowBuffer.capacity)
      return String(repeating: "a, \"b\" ", count: length / 8)
        + String(repeating: "x", count: length % 8)
    }
    for index in ledger.lines.indices {
      ledger.lines[index].title = titles[random.below(titles.count)]
    }
    var writer = CSVWriter()
    writer.writeRow(LedgerColumn.allCases.map(\.name))
    for line in ledger.canonicalLines { writer.writeRow(line.canonicalCells) }
    #expect(ledger.canonicalCSV() == writer.bytes)
  }

  @Test("text cells: guarded, quoted when numeric-looking or awkward, as before")
  func textCells() {
    var random = SplitMix64(seed: 9)
    let pieces = [
      "a", "E", "1", ".", ",", "\"", "\n", " ", "\t", "'", "=", "-", "£", "é", ";", "%",
    ]
    for _ in 0..<3000 {
      var text = ""
      for _ in 0..<random.below(6) { text += random.pick(pieces) }
      var writer = CSVWriter()
      writer.writeRow([CSVCell.text(text)])
      // As the cell was first written: the guard, then quoted if it looks numeric, else
      // written as any field (quoted if it must be).
      let guarded = SpreadsheetText.guarded(text)
      var expected = CSVWriter()
      if CSVCell.looksNumeric(guarded) {
        expected.writeRow([CSVCell.exactNumber(guarded)])
      } else {
        expected.writeRow([guarded])
      }
      #expect(writer.bytes == expected.bytes, "\(text.debugDescription)")
    }
  }
}
