import SECCost
import Testing

@testable import SECCostReports

@Suite("Variance report cells and notes")
struct VarianceCellsTests {
  @Test("figures name their basis unless firm; absent lines are a dash")
  func figures() throws {
    let range = try CostRange(low: Money(pence: 30_100_000), high: Money(pence: 62_500_000))
    #expect(VarianceCells.figure(.priced(.estimate, range)) == "£301,000 to £625,000 (estimate)")
    #expect(VarianceCells.figure(.priced(.firm, CostRange(Money(pence: 157_300)))) == "£1,573")
    #expect(VarianceCells.figure(.priced(.actual, CostRange(Money(pence: 50)))) == "£0.50 (actual)")
    #expect(VarianceCells.figure(.tbc) == "TBC")
    #expect(VarianceCells.figure(.notApplicable) == "N/A")
    #expect(VarianceCells.figure(nil) == "-")
    #expect(VarianceCells.summary(CostSummary()) == "-")
  }

  @Test("changes carry their sign; missing percentages read n/a")
  func changes() {
    #expect(VarianceCells.change(Money(pence: 2_500_000)) == "+£25,000")
    #expect(VarianceCells.change(Money(pence: -100_000)) == "-£1,000")
    #expect(VarianceCells.change(.zero) == "£0")
    #expect(VarianceCells.percent(nil) == "n/a")
    #expect(VarianceCells.percent(Percentage(tenths: -1000)) == "-100.0%")
    #expect(VarianceCells.share(Percentage(tenths: 733)) == "73.3%")
  }

  @Test("notes are numbered once each, line breaks flattened")
  func notes() {
    var notes = NoteNumbers()
    #expect(notes.reference("Footnote 2") == "[1]")
    #expect(notes.reference("") == "")
    #expect(notes.reference("two\nlines") == "[2]")
    #expect(notes.reference("Footnote 2") == "[1]")
    #expect(notes.listing == "[1] Footnote 2\n[2] two lines\n")
  }
}
