import Testing

@testable import SECCost

@Suite("Risk simulation of ledger lines")
struct RiskModelTests {
  private static func pounds(_ value: Int64) -> Money { Money(pence: value * 100) }

  private static func line(
    _ modification: String, _ phase: Phase = .designBuildPIT, _ low: Int64, _ high: Int64? = nil,
    likely: Int64? = nil, version: String = "0.4", release: String = "November 2022"
  ) -> LedgerLine {
    let range =
      (try? CostRange(low: pounds(low), high: pounds(high ?? low))) ?? CostRange(pounds(low))
    return LedgerLine(
      release: release, version: version, party: phase.party, modification: modification,
      phase: phase, figure: .priced(high == nil ? .firm : .estimate, range),
      likely: likely.map(pounds))
  }

  private static func special(_ modification: String, _ phase: Phase, _ figure: CostFigure)
    -> LedgerLine
  {
    LedgerLine(
      release: "November 2022", version: "0.4", party: phase.party, modification: modification,
      phase: phase, figure: figure)
  }

  /// The November 2022 RID in brief: firm figures, two Preliminary Assessment ranges, TBCs, N/A.
  private static let november2022: [LedgerLine] = [
    line("MP078", .designBuildPIT, 1_886_716), line("MP078", .sit, 727_257),
    special("MP078", .uit, .notApplicable),
    line("MP140", .designBuildPIT, 301_000, 625_000), special("MP140", .sit, .tbc),
    special("MP140", .uit, .tbc),
    line("MP143", .designBuildPIT, 0, 150_000), special("MP143", .sit, .tbc),
    line("", .secChanges, 3_000), line("", .projectManagement, 12_000),
  ] + notApplicable
  /// The phases the brief leaves out, as N/A, so that no phase is "not provided".
  private static let notApplicable: [LedgerLine] =
    ["MP078", "MP140", "MP143"].flatMap { modification in
      [Phase.implementToLive, .applicationSupport].map {
        special(modification, $0, .notApplicable)
      }
    } + [special("MP143", .uit, .notApplicable)]

  private func report(
    _ lines: [LedgerLine], by grouping: RiskGrouping = .modification, tbc: TBCTreatment = .exclude,
    _ options: RiskOptions = RiskOptions(simulations: 20_000)
  ) throws -> RiskReport {
    var model = RiskModel(by: grouping, tbc: tbc)
    for line in lines { try model.add(line) }
    return try model.simulate(options)
  }

  @Test func theSameSeedGivesTheSameReport() throws {
    let first = try report(Self.november2022)
    let second = try report(Self.november2022)
    #expect(first == second)
    let other = try report(Self.november2022, RiskOptions(simulations: 20_000, seed: 2))
    #expect(first.total.statistics.p80 != other.total.statistics.p80)
  }

  @Test func theOrderOfTheLedgerLinesDoesNotMatter() throws {
    #expect(try report(Self.november2022) == report(Self.november2022.reversed()))
  }

  @Test func pointFiguresAreExactConstants() throws {
    let lines = [
      Self.line("MP078", .designBuildPIT, 1_886_716), Self.line("MP078", .sit, 727_257),
      Self.line("", .secChanges, 3_000),
    ]
    let result = try report(lines, RiskOptions(simulations: 7))
    let total = Self.pounds(1_886_716 + 727_257 + 3_000)
    let statistics = result.total.statistics
    #expect(
      [statistics.mean, statistics.p10, statistics.p50, statistics.p80, statistics.p90]
        == Array(repeating: total, count: 5))
    #expect(statistics.analyticMean == total)
    #expect(statistics.standardDeviation == .zero)
    #expect(statistics.analyticStandardDeviation == .zero)
    #expect(result.total.contingency == .zero)
    #expect(result.total.interval == CostRange(total))
    #expect(result.total.base == total)
  }

  @Test func theDeterministicSumsBaseAndCounts() throws {
    let result = try report(Self.november2022)
    #expect(
      result.total.interval
        == (try CostRange(low: Self.pounds(2_929_973), high: Self.pounds(3_403_973))))
    #expect(result.total.base == Self.pounds(2_929_973 + 162_000 + 75_000))
    #expect(result.total.tbc == 3)
    #expect(result.total.notApplicable == 8)
    #expect(result.total.uncertain == 2)
    #expect(result.total.lines == 17)
    #expect(result.groups.map(\.key) == ["MP078", "MP140", "MP143", ""])
    let mp140 = result.groups[1]
    #expect(mp140.tbc == 2)
    #expect(mp140.contingency == (try mp140.statistics.p80.subtracting(Self.pounds(463_000))))
    #expect(mp140.statistics.p10 > Self.pounds(301_000))
    #expect(mp140.statistics.p90 < Self.pounds(625_000))
  }

  @Test(arguments: RangeDistribution.allCases)
  func theSimulatedMeanMatchesTheAnalyticMean(shape: RangeDistribution) throws {
    // One midpoint mode, one off-centre likely amount (PERT's general Beta path), one at an end.
    let lines = [
      Self.line("MP140", .designBuildPIT, 301_000, 625_000),
      Self.line("MP143", .designBuildPIT, 0, 150_000, likely: 40_000),
      Self.line("MP141", .sit, 10_000, 90_000, likely: 90_000),
    ]
    let simulations = 200_000
    let result = try report(
      lines, RiskOptions(simulations: simulations, seed: 20_221_102, distribution: shape))
    for group in result.groups + [result.total] {
      let statistics = group.statistics
      let error = try statistics.mean.subtracting(statistics.analyticMean).pence.magnitude
      // Four Monte Carlo standard errors (from the exact standard deviation), plus a penny.
      let allowed =
        4 * Double(statistics.analyticStandardDeviation.pence)
        / Double(simulations)
        .squareRoot() + 1
      #expect(Double(error) <= allowed, "\(shape) \(group.label)")
      let spread = Double(statistics.standardDeviation.pence)
      let exact = Double(statistics.analyticStandardDeviation.pence)
      #expect(abs(spread - exact) <= 0.02 * exact, "\(shape) \(group.label)")
    }
  }

  @Test(arguments: RangeDistribution.allCases)
  func correlationOneMakesThePercentilesAddUp(shape: RangeDistribution) throws {
    let options = RiskOptions(simulations: 20_000, seed: 9, distribution: shape, correlation: 1)
    let result = try report(Self.november2022, options)
    for percentile in [\RiskStatistics.p10, \.p50, \.p80, \.p90, \.mean] {
      let sum = result.groups.reduce(Int64(0)) { $0 + $1.statistics[keyPath: percentile].pence }
      let total = result.total.statistics[keyPath: percentile].pence
      // Each figure is rounded to the penny on its own.
      #expect(abs(sum - total) <= Int64(result.groups.count), "\(shape)")
    }
  }

  @Test func correlationOneReproducesTheIntervalSumsAtEachPercentile() throws {
    // Uniform ranges moving together: at every percentile each range, and so the total, is the
    // same fraction of the way from its low end to its high end.
    let options = RiskOptions(simulations: 20_000, seed: 3, distribution: .uniform, correlation: 1)
    let result = try report(Self.november2022, options)
    let total = result.total
    let width = Double(total.interval.high.pence - total.interval.low.pence)
    for group in result.groups where group.uncertain > 0 {
      let groupWidth = Double(group.interval.high.pence - group.interval.low.pence)
      for percentile in [\RiskStatistics.p10, \.p50, \.p80, \.p90] {
        let fraction =
          Double(total.statistics[keyPath: percentile].pence - total.interval.low.pence) / width
        let groupFraction =
          Double(group.statistics[keyPath: percentile].pence - group.interval.low.pence)
          / groupWidth
        #expect(abs(fraction - groupFraction) < 1e-6)
      }
    }
    // And the fractions are the percentiles themselves, within Monte Carlo error.
    let p80 = Double(total.statistics.p80.pence - total.interval.low.pence) / width
    #expect(abs(p80 - 0.8) < 0.012)
  }

  @Test func correlationOneTriangularPercentilesAreTheSumsOfTheRangesPercentiles() throws {
    // Symmetric triangular on [a, b]: Q(p) = a + w·√(p/2) below the median, so Q(0.1) = a + w·√0.05;
    // above, Q(p) = b − w·√((1 − p)/2), so Q(0.9) = b − w·√0.05.
    let options = RiskOptions(
      simulations: 100_000, seed: 5, distribution: .triangular, correlation: 1)
    let result = try report(Self.november2022, options)
    let total = result.total
    let widths = 324_000.0 + 150_000.0
    let low = Double(total.interval.low.pence) / 100
    let high = Double(total.interval.high.pence) / 100
    let p10 = Double(total.statistics.p10.pence) / 100
    let p90 = Double(total.statistics.p90.pence) / 100
    #expect(abs(p10 - (low + widths * 0.05.squareRoot())) < 0.005 * widths)
    #expect(abs(p90 - (high - widths * 0.05.squareRoot())) < 0.005 * widths)
  }

  @Test func correlationWidensTheSpread() throws {
    func spread(_ correlation: Double) throws -> Money {
      try report(Self.november2022, RiskOptions(simulations: 20_000, correlation: correlation))
        .total.statistics.standardDeviation
    }
    let independent = try spread(0)
    let half = try spread(0.5)
    let together = try spread(1)
    #expect(independent < half)
    #expect(half < together)
    // Perfect correlation of two PERT(midpoint) ranges: the standard deviations add.
    let sum = Double(6_123_024 + 2_834_734)  // w/√28 for £324,000 and £150,000, in pence
    #expect(abs(Double(together.pence) - sum) < 0.02 * sum)
  }

  @Test func excludedTBCFiguresAreCountedNotAdded() throws {
    let result = try report(Self.november2022, tbc: .exclude)
    #expect(result.tbc == .exclude)
    #expect(result.total.tbc == 3)
    #expect(result.total.uncertain == 2)
  }

  @Test func aTBCRangeMakesEveryTBCAnUncertainCost() throws {
    let range = try CostRange(low: .zero, high: Self.pounds(250_000))
    let result = try report(Self.november2022, tbc: .range(range))
    #expect(result.total.tbc == 3)
    #expect(result.total.uncertain == 5)
    #expect(result.total.interval.high == Self.pounds(3_403_973 + 750_000))
    #expect(result.total.base == Self.pounds(2_929_973 + 162_000 + 75_000 + 375_000))
    #expect(result.total.statistics.analyticMean == result.total.base)
    #expect(result.groups[1].uncertain == 3)
  }

  @Test func aTBCAmountIsAConstant() throws {
    let result = try report(Self.november2022, tbc: .range(CostRange(Self.pounds(10_000))))
    #expect(result.total.uncertain == 2)
    #expect(result.total.interval.low == Self.pounds(2_929_973 + 30_000))
  }

  @Test func aPhaseNotProvidedIsATBC() throws {
    let lines = [
      Self.line("SECMP0015", .designBuildPIT, 1_335_568), Self.line("SECMP0015", .sit, 437_032),
    ]
    let result = try report(lines, tbc: .range(CostRange(Self.pounds(1_000))))
    #expect(result.total.tbc == 3)
    #expect(result.total.interval == CostRange(Self.pounds(1_335_568 + 437_032 + 3_000)))
  }

  @Test func onlyTheLatestVersionOfAReleaseCounts() throws {
    let lines = [
      Self.line("MP140", .designBuildPIT, 100_000, 900_000, version: "0.3"),
      Self.line("MP140", .designBuildPIT, 301_000, 625_000, version: "0.10"),
    ]
    let result = try report(lines)
    #expect(result.total.interval.high == Self.pounds(625_000))
    #expect(result.releases.map(\.version) == ["0.10"])
  }

  @Test func groupingByPhaseAndRelease() throws {
    let byPhase = try report(Self.november2022, by: .phase)
    #expect(
      byPhase.groups.map(\.key) == [
        "design-build-pit", "sit", "uit", "implement-to-live", "application-support",
        "sec-changes", "project-management",
      ])
    #expect(byPhase.groups[0].uncertain == 2)
    let byRelease = try report(Self.november2022, by: .release)
    #expect(byRelease.groups.map(\.key) == ["November 2022"])
    #expect(byRelease.groups[0].statistics == byRelease.total.statistics)
  }

  @Test func outOfRangeOptionsAreRefused() throws {
    var model = RiskModel(by: .modification)
    try model.add(Self.line("MP140", .designBuildPIT, 301_000, 625_000))
    #expect(throws: RiskError.self) { try model.simulate(RiskOptions(simulations: 0)) }
    #expect(throws: RiskError.self) { try model.simulate(RiskOptions(correlation: 1.5)) }
    #expect(throws: RiskError.self) { try model.simulate(RiskOptions(correlation: .nan)) }
    #expect(RiskOptions(simulations: 10_000_001).problem != nil)
  }
}

extension RiskModelTests {
  /// 50,000 groups with a range and a point figure each. Each line used to copy its edition's
  /// tallies and costs out and back, and each group's costs were found by filtering all of them:
  /// quadratic, over 10 minutes at this size in a debug build (the time limit catches it).
  /// Linear, about 10 seconds.
  @Test(.timeLimit(.minutes(1)))
  func fiftyThousandGroupsAreCountedInLinearTime() throws {
    var model = RiskModel(by: .modification)
    var high: Int64 = 0
    for index in 0..<50_000 {
      let modification = "MP\(100_000 + index)"
      model.add(Self.line(modification, .designBuildPIT, 1, 3))
      model.add(Self.line(modification, .sit, 5))
      high += 8
    }
    let result = try model.simulate(RiskOptions(simulations: 3))
    #expect(result.groups.count == 50_000)
    #expect(result.total.uncertain == 50_000)
    // The three DCC phases not given are TBC figures.
    #expect(result.total.lines == 250_000)
    #expect(result.total.tbc == 150_000)
    let interval = try CostRange(low: Self.pounds(300_000), high: Self.pounds(high))
    #expect(result.total.interval == interval)
    #expect(result.groups.allSatisfy { $0.base == Self.pounds(7) && $0.uncertain == 1 })
    #expect(result.total.statistics.analyticMean == Self.pounds(350_000))
  }

  /// Four ranges of £0 to 2⁶¹ pence each: `504 × variance` of a uniform one is about 2¹²⁷·⁴, of
  /// the four about 2¹²⁹·⁴, beyond 128 bits; yet the standard deviation of their sum fits in
  /// Money and is exact: s is √V rounded, so `(2s − 1)² ≤ 4V ≤ (2s + 1)²`, with `V = 4w²/d` for
  /// a variance of `w²/d` each.
  @Test(arguments: [
    (RangeDistribution.uniform, UInt128(12)), (.triangular, 24), (.pert, 28),
  ])
  func theAnalyticSpreadOfRangesAsWideAsMoneyIsExact(shape: RangeDistribution, divisor: UInt128)
    throws
  {
    let width = Int64(1) << 61
    let cost = UncertainCost(range: try CostRange(low: .zero, high: Money(pence: width)))
    var moments = AnalyticMoments(shape: shape)
    for _ in 0..<4 { try moments.add(cost) }
    let s = UInt128(try moments.standardDeviation().pence)
    let w = UInt128(width)
    // d(2s − 1)² ≤ 16w² ≤ d(2s + 1)², all below 2¹²⁸.
    #expect(divisor * (2 * s - 1) * (2 * s - 1) <= 16 * w * w)
    #expect(16 * w * w <= divisor * (2 * s + 1) * (2 * s + 1))
  }

  /// A single range of £0 to £20 quadrillion is a valid ledger, and its report is exact where it
  /// can be: the interval, the base and the analytic mean.
  @Test(arguments: RangeDistribution.allCases)
  func aRangeOfTwentyQuadrillionPoundsIsReported(shape: RangeDistribution) throws {
    let quadrillions: Int64 = 20_000_000_000_000_000
    let lines = [Self.line("MP140", .designBuildPIT, 0, quadrillions)]
    let result = try report(lines, RiskOptions(simulations: 1_000, distribution: shape))
    #expect(result.total.interval.high == Self.pounds(quadrillions))
    #expect(result.total.base == Self.pounds(quadrillions / 2))
    #expect(result.total.statistics.analyticMean == Self.pounds(quadrillions / 2))
    #expect(result.total.statistics.p90 <= Self.pounds(quadrillions))
    #expect(result.total.statistics.p10 > .zero)
  }

  /// A range as wide as Money, from below zero to above it, with its likely amount at either
  /// end or none: every figure of the report lies in the range, or within its width of the base,
  /// so each one fits (the simulated amounts above the low end reach past 2⁶² pence).
  @Test(arguments: [nil, -46_116_860_184_273_879, 46_116_860_184_273_879] as [Int64?])
  func aRangeAsWideAsMoneyAcrossZeroIsReported(likely: Int64?) throws {
    let half = Int64.max / 2
    let range = try CostRange(low: Money(pence: -half - 1), high: Money(pence: half))
    let line = LedgerLine(
      release: "November 2022", version: "0.4", party: .dcc, modification: "MP140",
      phase: .sit, figure: .priced(.estimate, range), likely: likely.map { Money(pence: $0) })
    for shape in RangeDistribution.allCases {
      let result = try report([line], RiskOptions(simulations: 1_000, distribution: shape))
      let statistics = result.total.statistics
      for figure in [
        statistics.mean, statistics.p10, statistics.p50, statistics.p80, statistics.p90,
        statistics.analyticMean,
      ] {
        #expect(range.low <= figure && figure <= range.high, "\(shape) \(figure)")
      }
      #expect(statistics.p10 < statistics.p90)
      #expect(result.total.contingency == (try statistics.p80.subtracting(result.total.base)))
    }
  }

  /// Lines each within range whose sum is not: an overflow of a total, not of a line.
  @Test func aTotalBeyondTheRangeOfMoneyIsAnOverflow() throws {
    let lines = [
      Self.line("MP140", .designBuildPIT, 1),
      Self.special("MP143", .designBuildPIT, .tbc),
    ]
    var model = RiskModel(by: .modification, tbc: .range(CostRange(.max)))
    for line in lines { model.add(line) }
    #expect(throws: RiskError.overflow) { try model.simulate(RiskOptions(simulations: 10)) }
  }

  /// More PERT shapes than the cache keeps: every one is still the Beta of its own α.
  @Test func theBetaCacheStartsAgainPastItsCapacityWithoutChangingAnyDistribution() {
    var cache = BetaDistributionCache()
    let alphas = (0...(BetaDistributionCache.capacity + 6)).map {
      1 + 4 * Double($0) / Double(BetaDistributionCache.capacity + 6)
    }
    for _ in 0..<2 {
      for alpha in alphas {
        let cached = cache.pert(alpha: alpha)
        #expect(abs(cached.distribution(cached.quantile(0.3)) - 0.3) < 1e-12, "\(alpha)")
        #expect(cached.sampler.lower.function.alpha == alpha)
        #expect(cache.count <= BetaDistributionCache.capacity)
      }
    }
  }
}
