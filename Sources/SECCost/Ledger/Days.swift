/// An exact number of working days, to four decimal places (`5`, `2.5`, `0.25`).
public struct Days: Hashable, Comparable, Sendable {
  /// Ten-thousandths of a day per unit of ``tenThousandths``.
  public static let scale: Int64 = 10_000

  /// The number of days × 10,000.
  public let tenThousandths: Int64

  /// Creates a count from ten-thousandths of a day.
  public init(tenThousandths: Int64) {
    self.tenThousandths = tenThousandths
  }

  /// Creates a whole number of days.
  public init(_ whole: Int32) {
    self.tenThousandths = Int64(whole) * Days.scale
  }

  /// Parses a plain non-negative decimal (`5`, `2.5`, ` 20.0 `); at most four decimal places.
  public init(parsing text: some StringProtocol) throws(DaysParseError) {
    var trimmed = String(text.trimmingSpaces)
    guard let days = trimmed.withUTF8({ Days.parse(utf8: $0) }) else {
      throw DaysParseError(text: String(text))
    }
    self = days
  }

  /// Parses the UTF-8 bytes of a plain non-negative decimal with no surrounding spaces, without
  /// allocating; `nil` where ``init(parsing:)`` would throw.
  package static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Days? {
    guard !bytes.isEmpty else { return nil }
    var whole: Int64 = 0
    var fraction: Int64 = 0
    var fractionDigits = 0
    var inFraction = false
    var digits = 0
    for byte in bytes {
      if byte == UInt8(ascii: "."), !inFraction {
        inFraction = true
        continue
      }
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      let digit = Int64(byte - UInt8(ascii: "0"))
      digits += 1
      if inFraction {
        fractionDigits += 1
        guard fractionDigits <= 4 else { return nil }
        fraction = fraction * 10 + digit
      } else {
        whole = whole * 10 + digit
        guard whole <= 1_000_000_000 else { return nil }
      }
    }
    guard digits > 0 else { return nil }
    for _ in fractionDigits..<4 { fraction *= 10 }
    return Days(tenThousandths: whole * Days.scale + fraction)
  }

  /// The shortest exact decimal: `5`, `2.5`, `0.25`.
  public var plainDecimal: String {
    let whole = tenThousandths / Days.scale
    var fraction = tenThousandths % Days.scale
    guard fraction != 0 else { return String(whole) }
    var digits = 4
    while fraction % 10 == 0 {
      fraction /= 10
      digits -= 1
    }
    let fractionText = String(fraction)
    return "\(whole)." + String(repeating: "0", count: digits - fractionText.count) + fractionText
  }

  /// Whether `lhs` comes before `rhs` in report order.
  public static func < (lhs: Days, rhs: Days) -> Bool { lhs.tenThousandths < rhs.tenThousandths }
}

/// Text that is not a number of days.
public struct DaysParseError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The text as given.
  public let text: String

  /// A description of the problem for the user.
  public var description: String {
    "\"\(text)\" is not a number of days (a plain decimal such as 5 or 2.5, at most four places)"
  }
}
