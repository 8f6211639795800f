/// How big a change must be to be flagged: a percentage of the baseline, or an amount.
public enum VarianceThreshold: Hashable, Sendable, CustomStringConvertible {
  /// A percentage in hundredths of a percent (`10%` is 1000, `12.5%` is 1250).
  case percent(hundredths: Int64)
  /// An amount of money.
  case amount(Money)

  /// Reads `10%`, `12.5 %`, `0.25%` (at most two decimal places) or an amount (`£50,000`,
  /// `50000`). A percentage must end in `%`.
  public init(parsing text: some StringProtocol) throws(VarianceThresholdParseError) {
    let trimmed = text.trimmingSpaces
    guard trimmed.hasSuffix("%") else {
      do {
        let amount = try Money(parsing: trimmed)
        guard !amount.isNegative else { throw VarianceThresholdParseError(text: String(text)) }
        self = .amount(amount)
      } catch {
        throw VarianceThresholdParseError(text: String(text))
      }
      return
    }
    let number = trimmed.dropLast().trimmingSpaces
    var hundredths: Int64 = 0
    var fractionDigits = -1
    var digits = 0
    for byte in number.utf8 {
      if byte == UInt8(ascii: "."), fractionDigits < 0 {
        fractionDigits = 0
        continue
      }
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), fractionDigits < 2,
        hundredths < 1_000_000_000_000
      else { throw VarianceThresholdParseError(text: String(text)) }
      hundredths = hundredths * 10 + Int64(byte - UInt8(ascii: "0"))
      digits += 1
      if fractionDigits >= 0 { fractionDigits += 1 }
    }
    guard digits > 0 else { throw VarianceThresholdParseError(text: String(text)) }
    for _ in max(fractionDigits, 0)..<2 { hundredths *= 10 }
    self = .percent(hundredths: hundredths)
  }

  /// `10%`, `12.5%`, `£50,000`.
  public var description: String {
    switch self {
    case .amount(let money): return money.formatted
    case .percent(let hundredths):
      let fraction = hundredths % 100
      let digits = fraction < 10 ? "0\(fraction)" : String(fraction)
      let decimals =
        fraction == 0 ? "" : "." + (fraction % 10 == 0 ? String(digits.prefix(1)) : digits)
      return "\(hundredths / 100)\(decimals)%"
    }
  }
}

/// Text that is not a threshold.
public struct VarianceThresholdParseError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The text as given.
  public let text: String

  /// A description of the problem for the user.
  public var description: String {
    "\"\(text)\" is not a threshold (a percentage such as 10% or 12.5%, or an amount such as"
      + " £50,000)"
  }
}
