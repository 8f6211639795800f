/// An interval of money, `low…high` with `low ≤ high`; a point figure has `low == high`.
///
/// Its width, `high − low`, is itself an amount (at most ±£92,233,720,368,547,758.07): every
/// figure a range leads to (a risk statistic, a contingency, a chart's scale) lies within the
/// range or within its width of it, so a range that is valid never overflows downstream. A width
/// beyond that is always a mistyped amount, and is refused where it is typed.
///
/// Ranges add as intervals: lows with lows, highs with highs.
public struct CostRange: Hashable, Sendable {
  /// The lower bound.
  public let low: Money
  /// The upper bound.
  public let high: Money

  /// A range; throws if `low > high` or `high − low` is beyond the representable range.
  public init(low: Money, high: Money) throws(CostFigureError) {
    guard low <= high else { throw .lowAboveHigh(low: low, high: high) }
    guard Self.widthFits(low, high) else { throw .tooWide(low: low, high: high) }
    self.low = low
    self.high = high
  }

  /// A single figure.
  public init(_ point: Money) {
    self.low = point
    self.high = point
  }

  /// Whether low and high are the same.
  public var isPoint: Bool { low == high }

  /// `high − low`, never negative.
  public var width: Money {
    // The initializers and `adding` admit only ranges whose width fits.
    Money(pence: high.pence &- low.pence)
  }

  /// The interval sum, throwing instead of overflowing (a bound or the width).
  @inline(__always)  // Every ledger line is added twice, into a total and its basis's subtotal.
  public func adding(_ other: CostRange) throws(MoneyError) -> CostRange {
    let low = try low.adding(other.low)
    let high = try high.adding(other.high)
    guard Self.widthFits(low, high) else { throw .overflow }
    return CostRange(unchecked: low, high)
  }

  /// Both bounds less `amount`: the same width, shifted down (up for a negative amount).
  public func subtracting(_ amount: Money) throws(MoneyError) -> CostRange {
    CostRange(unchecked: try low.subtracting(amount), try high.subtracting(amount))
  }

  /// Whether `high − low` fits in Money.
  @inline(__always)
  private static func widthFits(_ low: Money, _ high: Money) -> Bool {
    !high.pence.subtractingReportingOverflow(low.pence).overflow
  }

  /// The RID's notation: `£1,335,568` or `£301,000 to £625,000`.
  public var ridNotation: String {
    isPoint ? low.formatted : "\(low.formatted) to \(high.formatted)"
  }

  private init(unchecked low: Money, _ high: Money) {
    self.low = low
    self.high = high
  }

  /// Zero to zero.
  public static let zero = CostRange(.zero)
}

/// Why a cost figure is not valid.
public enum CostFigureError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The low end is above the high end.
  case lowAboveHigh(low: Money, high: Money)
  /// The range from the low end to the high end, `high − low`, is beyond the representable range.
  case tooWide(low: Money, high: Money)

  /// A description of the problem for the user.
  public var description: String {
    switch self {
    case .lowAboveHigh(let low, let high): "low \(low.formatted) is above high \(high.formatted)"
    case .tooWide(let low, let high):
      "the range from low \(low.formatted) to high \(high.formatted) is wider than the "
        + "representable range (£92,233,720,368,547,758.07); look for a mistyped amount"
    }
  }
}
