/// The change from a baseline amount to a current one, bound by bound, in pounds and percent.
///
/// A side that is not a figure (TBC, N/A, or no line at all) counts as no amount, so changes add
/// up: the change of a total is the sum of the changes of its lines. The percentage of a bound is
/// `nil` ("n/a") when the baseline is not a figure or that bound of it is zero.
public struct RangeChange: Hashable, Sendable {
  /// The baseline amount, when the baseline is a figure.
  public let baseline: CostRange?
  /// Current low minus baseline low.
  public let low: Money
  /// Current high minus baseline high.
  public let high: Money
  /// The change in low as a percentage of the baseline low.
  public let lowPercent: Percentage?
  /// The change in high as a percentage of the baseline high.
  public let highPercent: Percentage?

  /// The change from `baseline` to `current` (`nil` for a side with no amount).
  public init(from baseline: CostRange?, to current: CostRange?) throws(MoneyError) {
    let before = baseline ?? .zero
    let after = current ?? .zero
    self.baseline = baseline
    let low = try after.low.subtracting(before.low)
    let high = try after.high.subtracting(before.high)
    self.low = low
    self.high = high
    lowPercent = baseline.flatMap { Percentage(low, of: $0.low) }
    highPercent = baseline.flatMap { Percentage(high, of: $0.high) }
  }

  /// Whether nothing moved.
  public var isZero: Bool { low == .zero && high == .zero }

  /// Whether the change in low or in high is over `threshold` (strictly).
  ///
  /// Against a percentage, a bound with no percentage (nothing to compare with) that moved at all
  /// is over it: from nothing to something is beyond any percentage.
  public func exceeds(_ threshold: VarianceThreshold) -> Bool {
    let bounds = [(low, baseline?.low), (high, baseline?.high)]
    return bounds.contains { change, base in
      switch threshold {
      case .amount(let limit):
        return Int128(change.pence).magnitude > Int128(limit.pence).magnitude
      case .percent(let hundredths):
        guard change != .zero else { return false }
        guard let base, base != .zero else { return true }
        let scaledChange = Int128(change.pence).magnitude * 10_000
        return scaledChange > Int128(hundredths).magnitude * Int128(base.pence).magnitude
      }
    }
  }
}
