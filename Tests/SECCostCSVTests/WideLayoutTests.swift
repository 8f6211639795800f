import PropertyBased
import SECCost
import SECCostTestSupport
import Testing

@testable import SECCostCSV

@Suite("The wide (RID table) layout")
struct WideLayoutTests {
  private static let root = String(#filePath).components(separatedBy: "/Tests/").first ?? ""
  private static let november = "\(root)/Ledgers/2022-11-sec-release.csv"

  private func load(_ bytes: [UInt8]) throws -> Ledger {
    let file = try TemporaryFile(bytes: bytes)
    defer { file.remove() }
    return try Ledger.load([file.path])
  }

  @Test("the November 2022 table: RID labels, RID notation, footnote markers")
  func november() throws {
    let ledger = try Ledger.load([Self.november])
    let wide = String(decoding: try ledger.wideCSV(), as: UTF8.self)
    let rows = wide.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      rows[0]
        == "Release,Version,Party,Modification,Title,Basis,\"Design, Build & PIT\",SIT,UIT,"
        + "Implement to live,Application Support,SEC changes,Project management,Days,Day rate,Notes"
    )
    #expect(
      wide.contains(
        "November 2022,\"0.4\",DCC,MP078,Incorporation of multiple Issue Resolution Proposals into the SEC - Part 2,firm,\"£1,886,716\",\"£727,257\",N/A,\"£20,000\",\"£1,573 [1]\",,,,,[1] Footnote 2: This is a one-off charge for the DSP only.\n"
      ))
    #expect(
      wide.contains("MP140,CH Stock Transfer,estimate,\"£301,000 to £625,000 [1]\",TBC,TBC,TBC,TBC")
    )
    #expect(wide.contains(",estimate,,,,,,\"£3,000 [1]\",,5,600.00,"))
    #expect(try load(Array(wide.utf8)).canonicalLines == ledger.canonicalLines)
  }

  @Test("law: ledger(wide(L)) = L, and both exports are fixed points, for random ledgers")
  func randomLedgers() async {
    await propertyCheck(count: 200, input: Gen.uint64(in: 0...UInt64.max)) { seed in
      await failingOnError { () async throws in
        let ledger = RandomLedger.make(seed: seed, count: 25)
        let wide = try ledger.wideCSV()
        let imported = try load(wide)
        #expect(imported.canonicalLines == ledger.canonicalLines)
        #expect(try imported.wideCSV() == wide)
        #expect(imported.canonicalCSV() == ledger.canonicalCSV())
      }
    }
  }

  @Test("a user's edit in the wide layout: RID labels re-cased, numbers reformatted, a new row")
  func edited() throws {
    let text = """
      release,party,modification,basis,design build & pit,sit,notes
      November 2022,DCC,MP140,Estimate,"£350,000 to £600,000 [1]",tbc,[1] Updated Preliminary Assessment
      November 2022,dcc,MP999,firm,1335568.0,"1,000.50 ",

      """
    let lines = try load(Array(text.utf8)).canonicalLines
    #expect(lines.count == 4)
    #expect(
      lines[0].figure
        == .priced(
          .estimate, try CostRange(low: Money(pence: 35_000_000), high: Money(pence: 60_000_000))))
    #expect(lines[0].note == "Updated Preliminary Assessment")
    #expect(lines[1].figure == .tbc)
    #expect(lines[2].figure == .priced(.firm, CostRange(Money(pence: 133_556_800))))
    #expect(lines[3].figure == .priced(.firm, CostRange(Money(pence: 100_050))))
  }

  @Test("footnotes: markers and Notes entries must match")
  func footnotes() throws {
    #expect(
      try WideRow.footnotes("[1] a\n[2] b\nc", markers: [2, 1], cellCount: 2).get() == [
        1: "a", 2: "b\nc",
      ])
    #expect(try WideRow.footnotes("free text", markers: [], cellCount: 1).get() == [0: "free text"])
    #expect(throws: FootnoteError.self) {
      try WideRow.footnotes("[1] a", markers: [1, 2], cellCount: 2).get()
    }
    #expect(throws: FootnoteError.self) {
      try WideRow.footnotes("free", markers: [], cellCount: 2).get()
    }
    #expect(WideRow.splitMarker("£1,573 [2]") == ("£1,573", 2))
    #expect(WideRow.splitMarker("TBC") == ("TBC", nil))
  }

  @Test("a footnote number given twice in Notes is refused, not merged into one note")
  func repeatedFootnote() throws {
    let twice =
      "footnote [1] is given twice (one \"[1] text\" entry per footnote; a note of"
      + " several lines goes under one entry)"
    for (notes, markers, cells) in [
      ("[1] a\n[1] b", [1], 1), ("[1] a\r\n[1] b", [1], 1), ("[1] a\n[2] b\n[1] c", [1, 2], 2),
      ("[1] a\n[1] \u{323}b", [1], 1), ("[1] a\n[1] b", [Int](), 1),
    ] {
      #expect(
        throws: FootnoteError.self, "\(notes)",
        performing: { try WideRow.footnotes(notes, markers: markers, cellCount: cells).get() })
      if case .failure(let error) = WideRow.footnotes(notes, markers: markers, cellCount: cells) {
        #expect(error.message == twice)
      }
    }
    for (notes, markers, number) in [("[1] a\n[3] b", [1], 3), ("a\n[2] b", [], 2)] {
      guard case .failure(let error) = WideRow.footnotes(notes, markers: markers, cellCount: 1)
      else {
        Issue.record("\(notes) accepted")
        continue
      }
      #expect(error.message == "footnote [\(number)] has no cell marked [\(number)]")
    }
    // Whatever Notes is accepted, its notes can be written back in the wide layout.
    for notes in [
      "[1] a\nb", "[1] [1] a", "[1] a\n [1] b", "[1] a\nmore [1] b", "[1] only", "free\ntext",
      "[1] a\n[2] b", "[1] a\n[1]b",
    ] {
      for markers in [[1], [1, 2], []] {
        guard case .success(let texts) = WideRow.footnotes(notes, markers: markers, cellCount: 2)
        else { continue }
        for text in texts.values { #expect(!WideGrouping.hasMarkerLine(text), "\(notes)") }
      }
    }
  }

  @Test("a note that would be ambiguous in Notes is refused, not mangled")
  func ambiguousNote() throws {
    let line = LedgerLine(
      release: "November 2022", party: .dcc, modification: "MP078", phase: .sit,
      figure: .tbc, note: "first\n[2] looks like a footnote")
    #expect(throws: WideLayoutError.self) { try Ledger(lines: [line]).wideCSV() }
    // The same after a CR LF, and with a combining mark after the marker's space (found by
    // fuzzing: the Notes cell is read scalar by scalar).
    for note in ["first\r\n[2] looks like a footnote", "first\n[2] \u{323}x"] {
      var tricky = line
      tricky.note = note
      #expect(throws: WideLayoutError.self) { try Ledger(lines: [tricky]).wideCSV() }
    }
  }

  @Test("a note beginning with a combining mark comes back (found by fuzzing)")
  func combiningMarkNote() throws {
    // "[1] " and a combining mark make one Character of the space: read scalar by scalar.
    let lines = [
      LedgerLine(
        release: "June 2020", party: .dcc, modification: "MP1", phase: .sit,
        figure: .priced(.estimate, CostRange(Money(pence: 100_000))), note: "\u{323}£46 a note"),
      LedgerLine(
        release: "June 2020", party: .dcc, modification: "MP1", phase: .uit,
        figure: .priced(.estimate, CostRange(Money(pence: 200_000))), note: "\u{301}second"),
    ]
    let ledger = Ledger(lines: lines)
    let wide = try ledger.wideCSV()
    #expect(
      String(decoding: wide, as: UTF8.self).contains("[1] \u{323}£46 a note\n[2] \u{301}second"))
    #expect(try load(wide).canonicalLines == ledger.canonicalLines)
  }
}

extension WideRow {
  static func splitMarker(_ text: String) -> (String, Int?) {
    let (figure, marker) = splitMarker(Substring(text))
    return (String(figure), marker)
  }
}
