/// A cost known only as a range: the random variable of a simulation.
///
/// Its mode is the ledger's `likely` amount, or the midpoint of the range when there is none.
/// Amounts are kept exact: the mode is held doubled, in half pence, so that the midpoint of an
/// odd number of pence needs no rounding.
public struct UncertainCost: Hashable, Sendable {
  /// The range, with `low < high`.
  public let range: CostRange
  /// The most likely amount, if the ledger gives one.
  public let likely: Money?

  /// A cost on `range` (which must not be a single amount) with an optional most likely amount.
  public init(range: CostRange, likely: Money? = nil) {
    self.range = range
    self.likely = likely
  }

  /// `high − low`, in pence.
  var width: Int128 { Int128(range.high.pence) - Int128(range.low.pence) }

  /// Twice the distance from `low` to the mode, in pence (the mode in half pence above `low`).
  var doubledModeOffset: Int128 {
    guard let likely else { return width }
    return 2 * (Int128(likely.pence) - Int128(range.low.pence))
  }

  /// The amount a single-figure estimate would use, doubled (in half pence): twice the likely
  /// amount, or `low + high`.
  var doubledEstimate: Int128 {
    2 * Int128(range.low.pence) + doubledModeOffset
  }

  /// The distribution of the cost above its low end, in pence, for sampling, with a PERT's Beta
  /// taken from (or added to) `betas`.
  func distribution(_ shape: RangeDistribution, betas: inout BetaDistributionCache)
    -> CostDistribution
  {
    let width = Double(self.width)
    switch shape {
    case .uniform:
      return CostDistribution(width: width, kind: .uniform)
    case .triangular:
      return CostDistribution(
        width: width, kind: .triangular(peak: Double(doubledModeOffset) / Double(2 * self.width)))
    case .pert:
      // α − 1 = 4 (mode − low)/(high − low) = 4·doubledModeOffset / (2·width): whole whenever
      // the division is exact, and then computed exactly in floating point.
      let alpha = 1 + Double(4 * doubledModeOffset) / Double(2 * self.width)
      return CostDistribution(width: width, kind: .pert(betas.pert(alpha: alpha)))
    }
  }
}
