/// A percentage to one decimal place, worked out exactly from two amounts and rounded once.
///
/// No floating point: `part × 1000 ÷ whole` is divided in `Int128` and rounded by a named
/// ``RoundingRule`` (half-even unless told otherwise), so `£1 of £3` is `33.3%` and `£1 of £16`
/// (6.25%) is `6.2%`.
public struct Percentage: Hashable, Comparable, Sendable {
  /// The percentage in tenths of a percent (`12.5%` is 125).
  public let tenths: Int128

  /// Creates a percentage from tenths of a percent.
  public init(tenths: Int128) {
    self.tenths = tenths
  }

  /// `part` as a percentage of the size of `whole`, or `nil` when `whole` is zero.
  ///
  /// The sign is the sign of `part`: a fall of £10 on a baseline of £100 is `-10.0%`, also when
  /// the baseline is a negative amount (a credit).
  public init?(_ part: Money, of whole: Money, rule: RoundingRule = .halfEven) {
    guard whole != .zero else { return nil }
    let denominator = Int128(whole.pence).magnitude
    tenths = rule.divide(Int128(part.pence) * 1000, by: Int128(denominator))
  }

  /// `12.5`, `-3.0`, `0.0`: for CSV and JSON.
  public var plainDecimal: String {
    let magnitude = tenths.magnitude
    return (tenths < 0 ? "-" : "") + "\(magnitude / 10).\(magnitude % 10)"
  }

  /// `12.5%`.
  public var formatted: String { plainDecimal + "%" }

  /// `+12.5%`, `-3.0%`, `0.0%`: for a change.
  public var signed: String { (tenths > 0 ? "+" : "") + formatted }

  /// Whether `lhs` is the smaller percentage.
  public static func < (lhs: Percentage, rhs: Percentage) -> Bool { lhs.tenths < rhs.tenths }
}
