import Testing

@testable import SECCost

@Suite("The likely column of a ledger row")
struct LedgerRowLikelyTests {
  private func row(basis: String = "estimate", low: String, high: String = "", likely: String)
    -> LedgerRow
  {
    LedgerRow([
      .release: "November 2022", .party: "DCC", .modification: "MP140",
      .phase: "design-build-pit", .basis: basis, .low: low, .high: high, .likely: likely,
    ])
  }

  @Test func aLikelyAmountInsideTheRangeIsKept() throws {
    let line = try row(low: "301000", high: "625000", likely: "£400,000").validated().get()
    #expect(line.likely == Money(pence: 40_000_000))
    #expect(line.figure.range?.low == Money(pence: 30_100_000))
  }

  @Test func anEmptyLikelyMeansNone() throws {
    let line = try row(low: "301000", high: "625000", likely: "  ").validated().get()
    #expect(line.likely == nil)
  }

  @Test func theEndsOfTheRangeAreAllowed() throws {
    #expect(try row(low: "0", high: "150000", likely: "0").validated().get().likely == .zero)
    #expect(
      try row(low: "0", high: "150000", likely: "150000").validated().get().likely
        == Money(pence: 15_000_000))
  }

  @Test func aLikelyOutsideTheRangeIsAnIssue() {
    let result = row(low: "301000", high: "625000", likely: "700000").validated()
    #expect(
      result.failure?.issues == [
        FieldIssue(.likely, "£700,000 is outside the range £301,000 to £625,000")
      ])
    let below = row(low: "301000", high: "625000", likely: "300999.99").validated()
    #expect(
      below.failure?.issues == [
        FieldIssue(.likely, "£300,999.99 is outside the range £301,000 to £625,000")
      ])
  }

  @Test func aLikelyOnASingleFigureIsAnIssue() {
    let result = row(basis: "firm", low: "1573", likely: "1573").validated()
    #expect(
      result.failure?.issues == [
        FieldIssue(
          .likely, "is only for a range (low below high); this line has the single figure £1,573")
      ])
  }

  @Test func aLikelyOnTBCOrNAIsAnIssue() {
    #expect(
      row(basis: "tbc", low: "", likely: "5").validated().failure?.issues == [
        FieldIssue(.likely, "must be empty on a tbc line")
      ])
    #expect(
      row(basis: "n/a", low: "", likely: "5").validated().failure?.issues == [
        FieldIssue(.likely, "must be empty on a n/a line")
      ])
  }

  @Test func anUnreadableLikelyIsAnIssue() {
    let issues = row(low: "1", high: "2", likely: "lots").validated().failure?.issues ?? []
    #expect(issues.count == 1)
    #expect(issues.first?.column == .likely)
  }

  @Test func likelyComesRightAfterHighInCanonicalOrder() {
    let names = LedgerColumn.allCases.map(\.name)
    #expect(names.firstIndex(of: "likely") == names.firstIndex(of: "high").map { $0 + 1 })
    #expect(LedgerColumn(header: "Likely") == .likely)
  }
}

extension Result {
  fileprivate var failure: Failure? {
    if case .failure(let error) = self { return error }
    return nil
  }
}
