import Foundation
import Testing

@testable import SECCost

/// The Gaussian copula of a correlation R between 0 and 1, checked against its analytic moments:
/// `Zᵢ = √R·Φ⁻¹(u₀) + √(1 − R)·Φ⁻¹(uᵢ)` is a standard normal, so each cost keeps its own
/// distribution whatever R is, and the percentiles `Φ(Zᵢ)` of two costs have the rank (Spearman)
/// correlation `ρ = (6/π)·asin(R/2)`. For uniform ranges of widths `a` and `b` the sum then has
/// variance `(a² + b² + 2ρab)/12`. Weighting either term otherwise (`1 − R` for `√(1 − R)`, or
/// `R` for `√R`) makes `Zᵢ`'s variance other than 1: a cost's percentiles and spread move by
/// several per cent.
@Suite("risk: a correlation between 0 and 1")
struct RiskCorrelationTests {
  static let simulations = 200_000
  /// Two uniform ranges: £300,000 wide and £150,000 wide.
  static let ranges: [(low: Int64, high: Int64)] = [(301_000, 601_000), (50_000, 200_000)]

  private func report(correlation: Double) throws -> RiskReport {
    var model = RiskModel(by: .modification)
    for (index, range) in Self.ranges.enumerated() {
      try model.add(
        LedgerLine(
          release: "November 2022", version: "0.4", party: .dcc, modification: "MP14\(index)",
          phase: .designBuildPIT,
          figure: .priced(
            .estimate,
            try CostRange(low: Money(pence: range.low * 100), high: Money(pence: range.high * 100)))
        ))
    }
    return try model.simulate(
      RiskOptions(
        simulations: Self.simulations, seed: 20_221_103, distribution: .uniform,
        correlation: correlation))
  }

  private static func pence(_ money: Money) -> Double { Double(money.pence) }

  @Test(
    "each cost keeps its own uniform distribution: P10, P50, P90 and spread, whatever R",
    arguments: [0, 0.25, 0.5, 0.75, 1])
  func marginals(correlation: Double) throws {
    let result = try report(correlation: correlation)
    try #require(result.groups.count == 2)
    for (group, range) in zip(result.groups, Self.ranges) {
      let low = Double(range.low * 100)
      let width = Double((range.high - range.low) * 100)
      let statistics = group.statistics
      // An empirical percentile of 200,000 draws is within 0.4% of the width (six standard
      // errors at P10); a wrong weight moves P10 and P90 by 2–3.5% of it.
      for (percentile, value) in [
        (0.1, statistics.p10), (0.5, statistics.p50), (0.9, statistics.p90),
      ] {
        let expected = low + percentile * width
        #expect(
          abs(Self.pence(value) - expected) <= 0.004 * width,
          "R = \(correlation), \(group.label): P\(Int(percentile * 100))")
      }
      // Uniform: w/√12; a wrong weight makes it 5–8% smaller.
      let spread = width / 12.0.squareRoot()
      #expect(
        abs(Self.pence(statistics.standardDeviation) - spread) <= 0.005 * spread,
        "R = \(correlation), \(group.label): spread")
    }
  }

  @Test(
    "two costs: the spread of their sum is that of rank correlation (6/π)·asin(R/2)",
    arguments: [0, 0.25, 0.5, 0.75, 1])
  func spreadOfTheSum(correlation: Double) throws {
    let total = try report(correlation: correlation).total.statistics
    let a = Double((Self.ranges[0].high - Self.ranges[0].low) * 100)
    let b = Double((Self.ranges[1].high - Self.ranges[1].low) * 100)
    let rank = 6 / Double.pi * asin(correlation / 2)
    let expected = ((a * a + b * b + 2 * rank * a * b) / 12).squareRoot()
    // Within 0.5% (about 4 standard errors of the spread of 200,000 draws); a wrong weight moves
    // it by 1–4%, and R = 0.5 read as independent by 12%.
    #expect(
      abs(Self.pence(total.standardDeviation) - expected) <= 0.005 * expected,
      "R = \(correlation): simulated \(total.standardDeviation.pence), expected \(expected)")
    // The mean does not depend on R.
    let mean = Double(
      (Self.ranges[0].low + Self.ranges[0].high + Self.ranges[1].low
        + Self.ranges[1].high) * 50)
    #expect(abs(Self.pence(total.mean) - mean) <= 0.002 * (a + b))
  }
}
