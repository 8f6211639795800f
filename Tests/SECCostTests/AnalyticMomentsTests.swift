import Testing

@testable import SECCost

@Suite("Exact analytic means and standard deviations")
struct AnalyticMomentsTests {
  private func pounds(_ value: Int64) -> Money { Money(pence: value * 100) }

  private func cost(_ low: Int64, _ high: Int64, likely: Int64? = nil) throws -> UncertainCost {
    UncertainCost(
      range: try CostRange(low: pounds(low), high: pounds(high)), likely: likely.map(pounds))
  }

  @Test func theNovember2022RangesIndependent() throws {
    // MP140 £301,000 to £625,000 and MP143 £0 to £150,000, midpoint modes: variances w²/28
    // (PERT), w²/24 (triangular), w²/12 (uniform), added; square root rounded to the penny.
    let expected: [RangeDistribution: Int64] = [
      .pert: 6_747_380, .triangular: 7_288_004, .uniform: 10_306_794,
    ]
    for (shape, sd) in expected {
      var moments = AnalyticMoments(shape: shape)
      try moments.add(try cost(301_000, 625_000))
      try moments.add(try cost(0, 150_000))
      #expect(try moments.standardDeviation() == Money(pence: sd))
      #expect(try moments.mean(above: pounds(301_000)) == pounds(301_000 + 162_000 + 75_000))
    }
  }

  @Test func anOffCentreLikelyAmount() throws {
    // £301,000 to £625,000, likely £400,000. PERT: mean (a + 4m + b)/6 = £421,000,
    // sd √((μ − a)(b − μ)/7) = £59,136.645…; triangular: mean (a + m + b)/3 = £442,000,
    // sd √((a² + b² + m² − ab − am − bm)/18) = £67,782.741…
    let range = try cost(301_000, 625_000, likely: 400_000)
    var pert = AnalyticMoments(shape: .pert)
    try pert.add(range)
    #expect(try pert.mean(above: pounds(301_000)) == pounds(421_000))
    #expect(try pert.standardDeviation() == Money(pence: 5_913_665))
    var triangular = AnalyticMoments(shape: .triangular)
    try triangular.add(range)
    #expect(try triangular.mean(above: pounds(301_000)) == pounds(442_000))
    #expect(try triangular.standardDeviation() == Money(pence: 6_778_274))
    var uniform = AnalyticMoments(shape: .uniform)
    try uniform.add(range)
    #expect(try uniform.mean(above: pounds(301_000)) == pounds(463_000))
  }

  @Test func aMeanInThirdsOfAPennyIsRoundedOnce() throws {
    // Triangular 0p to 1p, mode at 0: mean ⅓p → 0p; mode at 1p: ⅔p → 1p.
    var low = AnalyticMoments(shape: .triangular)
    try low.add(
      UncertainCost(range: try CostRange(low: .zero, high: Money(pence: 1)), likely: .zero))
    #expect(try low.mean(above: .zero) == .zero)
    var high = AnalyticMoments(shape: .triangular)
    try high.add(
      UncertainCost(
        range: try CostRange(low: .zero, high: Money(pence: 1)), likely: Money(pence: 1)))
    #expect(try high.mean(above: .zero) == Money(pence: 1))
  }

  @Test func noRangesMeansNoSpread() throws {
    let moments = AnalyticMoments(shape: .pert)
    #expect(try moments.standardDeviation() == .zero)
    #expect(try moments.mean(above: pounds(15_000)) == pounds(15_000))
  }

  @Test func integerSquareRoots() {
    #expect(Checked.integerSquareRoot(0) == 0)
    #expect(Checked.integerSquareRoot(1) == 1)
    #expect(Checked.integerSquareRoot(15) == 3)
    #expect(Checked.integerSquareRoot(16) == 4)
    #expect(
      Checked.integerSquareRoot(UInt128(UInt64.max) * UInt128(UInt64.max)) == UInt128(UInt64.max))
  }

  /// A range as wide as Money has an exact spread (its `504 × variance` needs 132 bits); a mean
  /// beyond Money overflows instead of wrapping.
  @Test func hugeRangesAreExactAndAMeanBeyondMoneyOverflows() throws {
    var moments = AnalyticMoments(shape: .uniform)
    let range = try CostRange(low: Money(pence: .min / 2), high: Money(pence: .max / 2))
    try moments.add(UncertainCost(range: range))
    // w = 2⁶³ − 1, variance w²/12; s is its square root rounded: 3(2s − 1)² ≤ w² ≤ 3(2s + 1)².
    let w = UInt128(Int64.max)
    let s = UInt128(try moments.standardDeviation().pence)
    #expect(3 * (2 * s - 1) * (2 * s - 1) <= w * w && w * w <= 3 * (2 * s + 1) * (2 * s + 1))
    // The mean is −½ penny, rounded half-even.
    #expect(try moments.mean(above: Money(pence: .min / 2)) == .zero)

    var three = AnalyticMoments(shape: .pert)
    let widest = try CostRange(low: .zero, high: .max)
    for _ in 0..<3 { try three.add(UncertainCost(range: widest)) }
    #expect(throws: MoneyError.overflow) { try three.mean(above: .zero) }
    #expect(try three.standardDeviation() > .zero)
  }
}
