import Foundation
import PropertyBased
import SECCost
import SECCostTestSupport
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@testable import SECCostReports

/// Random valid ledgers: every basis, ranges, effort, notes (footnotes, remarks, hostile text).
enum ReportLedger {
  static let modifications = ["", "SECMP0015", "MP078", "MP085A", "MP099", "MP140", "CR4427"]
  static let notes = [
    "", "Footnote 2: This is a one-off charge for the DSP only.", "Footnote 3: Two months.",
    "Transcription choice: <b>bold</b> & \"quoted\" | piped *starred*", "=SUM(A1)", "two\nlines",
  ]
  static let releases = ["November 2022", "February 2021"]

  static func make(seed: UInt64, count: Int) -> [LedgerLine] {
    var state = seed
    func next(_ bound: Int) -> Int {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int((z ^ (z >> 31)) % UInt64(bound))
    }
    var lines: [LedgerLine] = []
    var keys: Set<LedgerKey> = []
    for _ in 0..<count {
      let phase = Phase.allCases[next(Phase.allCases.count)]
      var effort: SECASEffort?
      var figure: CostFigure
      switch next(6) {
      case 0: figure = .tbc
      case 1: figure = .notApplicable
      case 2: figure = .priced(.actual, CostRange(Money(pence: Int64(next(1_000_000)))))
      default:
        let low = Int64(next(100_000_000))
        let high = next(2) == 0 ? low : low + Int64(next(100_000_000))
        let range = (try? CostRange(low: Money(pence: low), high: Money(pence: high)))
        figure = .priced(next(2) == 0 ? .firm : .estimate, range ?? CostRange(Money(pence: low)))
        if phase.party == .secas, next(2) == 0 {
          let days = SECASEffort(days: Days(Int32(next(30) + 1)), dayRate: Money(pence: 60_000))
          if let cost = try? days.cost() {
            effort = days
            figure = .priced(.estimate, CostRange(cost))
          }
        }
      }
      let line = LedgerLine(
        release: releases[next(2)], version: ["1", "2"][next(2)], party: phase.party,
        modification: phase.party == .dcc ? modifications[next(modifications.count)] : "",
        title: "Title", phase: phase, figure: figure, effort: effort, note: notes[next(notes.count)]
      )
      if figure.basis != .actual {
        guard keys.insert(line.key).inserted else { continue }
      }
      lines.append(line)
    }
    return lines
  }
}

@Suite("Report laws on random ledgers")
struct ReportLawTests {
  @Test("the section's totals are CostTotals' totals; rows and columns add up to the DCC total")
  func totalsAgree() async {
    await propertyCheck(count: 200, input: Gen.uint64(in: 0...UInt64.max)) { seed in
      await failingOnError { () async throws in
        let lines = ReportLedger.make(seed: seed, count: 40)
        for section in try CostSection.sections(of: lines) {
          var totals = CostTotals(by: .party, release: section.release)
          for line in lines where line.figure.basis != .actual { try totals.add(line) }
          let report = try totals.report()
          let dcc = report.parties.first { $0.key == "DCC" }?.summary ?? CostSummary()
          let secas = report.parties.first { $0.key == "SECAS" }?.summary ?? CostSummary()
          #expect(section.dccTotal == dcc)
          #expect(section.secasTotal == secas)
          var byRows = CostSummary()
          for row in section.breakdown.rows { try byRows.add(row.total) }
          var byColumns = CostSummary()
          for summary in section.breakdown.phaseTotals.values { try byColumns.add(summary) }
          // Rows keep the standalone figures a combined figure replaces in the total.
          var rowsTotal = section.dccTotal
          if let standalone = section.breakdown.standaloneTotal { try rowsTotal.add(standalone) }
          #expect(byRows == rowsTotal)
          #expect(byColumns == section.dccTotal)
          // Footnotes keep the ledger's numbers when each has one of its own, else are
          // numbered 1…n; each is referred to.
          let numbers = section.footnotes.map(\.number)
          let sources = section.footnotes.compactMap(\.sourceNumber).filter { $0 > 0 }
          if sources.count == numbers.count && Set(sources).count == sources.count {
            #expect(numbers == sources)
          } else {
            #expect(numbers == Array(1..<(section.footnotes.count + 1)))
          }
          let referred = Set(
            section.breakdown.rows.flatMap { $0.cells.values.compactMap(\.footnote) }
              + section.secas.compactMap(\.footnote))
          #expect(referred == Set(section.footnotes.map(\.number)))
        }
      }
    }
  }

  @Test("every format renders; HTML has no markup from the ledger; every XLSX part is XML")
  func rendersSafely() async {
    await propertyCheck(count: 60, input: Gen.uint64(in: 0...UInt64.max)) { seed in
      await failingOnError { () async throws in
        let lines = ReportLedger.make(seed: seed, count: 30)
        let report = try CostReport(
          name: "random.csv", lines: lines,
          baseline: (name: "base.csv", lines: ReportLedger.make(seed: seed &+ 1, count: 30)))
        let markdown = MarkdownReport.render(report)
        #expect(markdown.hasSuffix("\n"))
        #expect(!markdown.contains("<b>"))
        let html = try HTMLPage.of(report)
        #expect(!html.contains("<b>"))
        #expect(!html.contains("<script"))
        let bytes = try XLSXReport.render(report)
        #expect(try XLSXReport.render(report) == bytes)
        for (path, text, _) in try Workbook.entries(bytes) {
          #expect(XMLParser(data: Data(text.utf8)).parse(), "\(path) is not well-formed")
        }
      }
    }
  }
}

/// Runs a property's body so that a thrown error fails the test (swift-property-based 2.0.1
/// discards errors thrown by a `propertyCheck` body).
func failingOnError(_ body: () async throws -> Void) async {
  do {
    try await body()
  } catch {
    Issue.record(error)
  }
}
