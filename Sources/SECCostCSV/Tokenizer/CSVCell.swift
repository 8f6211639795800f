import SECCost

/// A cell to write, typed so that a spreadsheet reads it back as it was meant.
public enum CSVCell: Hashable, Sendable {
  /// Free text: guarded against formulas, quoted if it looks like a number or a date.
  case text(String)
  /// A number or an amount, written as it is.
  case number(String)
  /// A number a spreadsheet could not hold exactly (more than 15 significant digits): quoted,
  /// so that importing with "quoted fields as text" keeps every digit.
  case exactNumber(String)

  /// An amount of money as a plain two-place decimal, quoted when a spreadsheet's 15-digit
  /// numbers would round it (£10,000,000,000,000 or more).
  public static func amount(_ money: Money?) -> CSVCell {
    guard let money else { return .number("") }
    return isBeyondSpreadsheetPrecision(money)
      ? .exactNumber(money.plainDecimal) : .number(money.plainDecimal)
  }

  /// Whether a spreadsheet's 15-digit numbers would round `money` (£10,000,000,000,000 or more
  /// either side of zero): the one rule every CSV writer quotes amounts by.
  @inline(__always)
  static func isBeyondSpreadsheetPrecision(_ money: Money) -> Bool {
    money.pence.magnitude >= 1_000_000_000_000_000
  }

  /// Whether a spreadsheet would read `text` as a number or a date: digits with at most
  /// separators `.`, `,`, `/`, `-`, `:`, spaces, `£`, `%`, `(`, `)` and an exponent.
  static func looksNumeric(_ text: String) -> Bool {
    var digits = 0
    for scalar in text.unicodeScalars {
      switch scalar {
      case "0"..."9": digits += 1
      case ".", ",", "/", "-", ":", " ", "£", "%", "(", ")", "E", "e", "+": continue
      default: return false
      }
    }
    return digits > 0
  }

  /// ``looksNumeric(_:)`` of UTF-8 text, byte by byte (`£` is C2 A3).
  static func looksNumeric(utf8 text: UnsafeBufferPointer<UInt8>) -> Bool {
    var digits = 0
    var index = 0
    while index < text.count {
      let byte = text[index]
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
      case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "/"), UInt8(ascii: "-"),
        UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "%"), UInt8(ascii: "("),
        UInt8(ascii: ")"), UInt8(ascii: "E"), UInt8(ascii: "e"), UInt8(ascii: "+"):
        break
      case 0xC2 where index + 1 < text.count && text[index + 1] == 0xA3:
        index += 1
      default:
        return false
      }
      index += 1
    }
    return digits > 0
  }
}
