/// Which of `.` and `,` marks the decimals of a file's amounts: `1,234.56` (a decimal point, as
/// en-GB spreadsheets write) or `1.234,56` (a decimal comma, as European Excel writes
/// `;`-delimited files).
///
/// A file has one convention for all its amounts. ``DecimalEvidence`` says what one amount's text
/// says about it, ``DecimalConventionTally`` decides it for a file, and ``DecimalReading`` reads
/// each amount accordingly.
public enum DecimalConvention: String, CaseIterable, Sendable {
  /// `1,234.56`: `.` before the decimals, `,` between thousands.
  case point
  /// `1.234,56`: `,` before the decimals, `.` between thousands.
  case comma

  /// The other convention.
  public var other: DecimalConvention { self == .point ? .comma : .point }

  /// `a decimal point` or `a decimal comma`, for messages.
  public var words: String { self == .point ? "a decimal point" : "a decimal comma" }

  /// `text` as it would be written with a decimal point: unchanged for ``point``; with `.` and
  /// `,` swapped for ``comma`` (`£1.886.716,50` → `£1,886,716.50`).
  public func pointForm(of text: some StringProtocol) -> String {
    guard self == .comma else { return String(text) }
    var bytes = Array(text.utf8)
    for index in bytes.indices {
      if bytes[index] == UInt8(ascii: ",") {
        bytes[index] = UInt8(ascii: ".")
      } else if bytes[index] == UInt8(ascii: ".") {
        bytes[index] = UInt8(ascii: ",")
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Parses an amount written in this convention with ``Money/init(parsing:)``; an error quotes
  /// the text as written.
  public func money(parsing text: some StringProtocol) throws(MoneyParseError) -> Money {
    do {
      return try Money(parsing: pointForm(of: text))
    } catch {
      throw MoneyParseError(error.reason, text: String(text))
    }
  }

  /// Parses a number of days written in this convention with ``Days/init(parsing:)`` (`2,5` with
  /// a decimal comma); an error quotes the text as written.
  public func days(parsing text: some StringProtocol) throws(DaysParseError) -> Days {
    do {
      return try Days(parsing: pointForm(of: text))
    } catch {
      throw DaysParseError(text: String(text))
    }
  }
}
