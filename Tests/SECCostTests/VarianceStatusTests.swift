import Testing

@testable import SECCost

@Suite("Variance statuses")
struct VarianceStatusTests {
  private static func firm(_ pounds: Int64) -> CostFigure {
    .priced(.firm, CostRange(Money(pence: pounds * 100)))
  }

  private static func estimate(_ low: Int64, _ high: Int64) -> CostFigure {
    .priced(
      .estimate,
      (try? CostRange(low: Money(pence: low * 100), high: Money(pence: high * 100)))
        ?? CostRange(.zero))
  }

  @Test(
    "each pair of figures gets its status",
    arguments: [
      (firm(100), firm(100), VarianceStatus.unchanged),
      (estimate(1, 2), estimate(1, 2), .unchanged),
      (CostFigure.tbc, CostFigure.tbc, .unchanged),
      (.notApplicable, .notApplicable, .unchanged),
      (firm(100), firm(110), .changed),
      (estimate(1, 2), estimate(1, 3), .changed),
      (firm(100), estimate(100, 100), .changed),  // firm back to an estimate
      (.notApplicable, firm(5), .changed),
      (firm(5), .notApplicable, .changed),
      (.tbc, .notApplicable, .changed),
      (estimate(40, 60), firm(50), .firmed),
      (estimate(50, 50), firm(50), .firmed),  // firmed at the same amount
      (.tbc, firm(30), .priced),
      (.tbc, estimate(1, 2), .priced),
      (firm(20), .tbc, .unpriced),
      (estimate(1, 2), .tbc, .unpriced),
    ] as [(CostFigure, CostFigure, VarianceStatus)])
  func statuses(before: CostFigure, after: CostFigure, expected: VarianceStatus) {
    #expect(VarianceStatus(before: before, after: after) == expected)
  }

  @Test("a key on one side only is added or removed; on neither, nothing")
  func oneSide() {
    #expect(VarianceStatus(before: nil, after: .tbc) == .added)
    #expect(VarianceStatus(before: Self.firm(1), after: nil) == .removed)
    #expect(VarianceStatus(before: nil, after: nil) == nil)
  }
}
