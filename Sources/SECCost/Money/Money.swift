/// An exact amount of pounds sterling, held as a whole number of pence.
///
/// Arithmetic is checked: an overflow is a thrown ``MoneyError``, never a trap and never a wrap.
/// There is no floating point anywhere in the type.
public struct Money: Hashable, Comparable, Sendable {
  /// The amount in pence (minor units of GBP).
  public let pence: Int64

  /// Creates an amount from a number of pence.
  public init(pence: Int64) {
    self.pence = pence
  }

  /// Creates an amount of whole pounds, or throws if it does not fit.
  public init(pounds: Int64) throws(MoneyError) {
    let (value, overflow) = pounds.multipliedReportingOverflow(by: 100)
    guard !overflow else { throw .overflow }
    self.pence = value
  }

  /// Zero pounds.
  public static let zero = Money(pence: 0)

  /// The largest amount representable.
  public static let max = Money(pence: .max)

  /// Whether the amount is a whole number of pounds.
  public var isWholePounds: Bool { pence % 100 == 0 }

  /// Whether the amount is below zero.
  public var isNegative: Bool { pence < 0 }

  /// Whether `lhs` comes before `rhs` in report order.
  public static func < (lhs: Money, rhs: Money) -> Bool { lhs.pence < rhs.pence }
}

/// Why a money operation failed.
public enum MoneyError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The result does not fit in the representable range.
  case overflow

  /// What went wrong, in words for the user.
  public var description: String {
    switch self {
    case .overflow: "amount beyond the representable range (±£92,233,720,368,547,758.07)"
    }
  }

  /// The error as a sum's, for a command to print after its name: no line is blamed, since no
  /// one line is beyond the range.
  public var totalDescription: String {
    switch self {
    case .overflow:
      "a total is beyond the representable range (±£92,233,720,368,547,758.07); "
        + "look for a mistyped amount"
    }
  }
}
