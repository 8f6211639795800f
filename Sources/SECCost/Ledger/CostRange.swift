/// An interval of money, `low…high` with `low ≤ high`; a point figure has `low == high`.
///
/// Ranges add as intervals: lows with lows, highs with highs.
public struct CostRange: Hashable, Sendable {
  /// The lower bound.
  public let low: Money
  /// The upper bound.
  public let high: Money

  /// A range; throws if `low > high`.
  public init(low: Money, high: Money) throws(CostFigureError) {
    guard low <= high else { throw .lowAboveHigh(low: low, high: high) }
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

  /// The interval sum, throwing instead of overflowing.
  public func adding(_ other: CostRange) throws(MoneyError) -> CostRange {
    CostRange(unchecked: try low.adding(other.low), try high.adding(other.high))
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

  /// A description of the problem for the user.
  public var description: String {
    switch self {
    case .lowAboveHigh(let low, let high): "low \(low.formatted) is above high \(high.formatted)"
    }
  }
}
