/// A calendar date in ISO 8601 form (`2023-01-31`): the day actual spend was incurred.
///
/// Only the extended calendar form `YYYY-MM-DD` is read; the date must exist in the proleptic
/// Gregorian calendar (`2023-02-29` does not, `2024-02-29` does). No time, no time zone.
public struct LedgerDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The year, 1 to 9999.
  public let year: Int
  /// The month, 1 to 12.
  public let month: Int
  /// The day of the month, 1 to 31.
  public let day: Int

  /// A date; throws if it is not a day of the calendar.
  public init(year: Int, month: Int, day: Int) throws(LedgerDateParseError) {
    let text = LedgerDate.iso(year, month, day)
    guard (1...9999).contains(year) else { throw LedgerDateParseError(.yearOutOfRange, text: text) }
    guard (1...12).contains(month) else { throw LedgerDateParseError(.noSuchMonth, text: text) }
    guard (1...LedgerDate.daysIn(month: month, year: year)).contains(day) else {
      throw LedgerDateParseError(.noSuchDay(month: month, year: year), text: text)
    }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Reads `YYYY-MM-DD`, ignoring surrounding spaces.
  public init(parsing text: some StringProtocol) throws(LedgerDateParseError) {
    let trimmed = text.trimmingSpaces
    let bytes = Array(trimmed.utf8)
    let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy({ isDigit(bytes[$0]) })
    else { throw LedgerDateParseError(.notISO, text: String(trimmed)) }
    func number(_ range: Range<Int>) -> Int {
      bytes[range].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }
    do {
      try self.init(year: number(0..<4), month: number(5..<7), day: number(8..<10))
    } catch {
      throw LedgerDateParseError(error.reason, text: String(trimmed))
    }
  }

  /// The ISO 8601 form, `2023-01-31`.
  public var iso: String { LedgerDate.iso(year, month, day) }

  /// The ISO 8601 form, as ``iso``.
  public var description: String { iso }

  /// Whether `lhs` is an earlier day than `rhs`.
  public static func < (lhs: LedgerDate, rhs: LedgerDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// The number of days in `month` of `year` (leap years by the Gregorian rule).
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Whether `year` is a Gregorian leap year: divisible by 4, except centuries not divisible
  /// by 400.
  public static func isLeap(_ year: Int) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  private static func iso(_ year: Int, _ month: Int, _ day: Int) -> String {
    func padded(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
  }
}

/// Text that is not an ISO 8601 calendar date.
public struct LedgerDateParseError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The kind of problem.
  public enum Reason: Equatable, Sendable {
    /// Not of the form `YYYY-MM-DD` (`31/01/2023`, `2023-1-31`, `2023-01-31T10:00`).
    case notISO
    /// The year is 0000.
    case yearOutOfRange
    /// The month is not 01 to 12.
    case noSuchMonth
    /// The month has no such day (`2023-02-29`, `2023-04-31`).
    case noSuchDay(month: Int, year: Int)
  }

  /// The kind of problem.
  public let reason: Reason
  /// The text as given.
  public let text: String

  /// Creates an error for `text`.
  public init(_ reason: Reason, text: String) {
    self.reason = reason
    self.text = text
  }

  private static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// A description of the problem for the user.
  public var description: String {
    let quoted = "\"\(text)\""
    switch reason {
    case .notISO:
      return "\(quoted) is not an ISO 8601 date (expected YYYY-MM-DD, e.g. 2023-01-31;"
        + " a spreadsheet may have reformatted it: format the column as text and export again)"
    case .yearOutOfRange: return "\(quoted) has no year 0000; years run from 0001 to 9999"
    case .noSuchMonth: return "\(quoted) has no such month (months run from 01 to 12)"
    case .noSuchDay(let month, let year):
      let name = LedgerDateParseError.monthNames[month - 1]
      let days = LedgerDate.daysIn(month: month, year: year)
      return "\(quoted) is not a day of the calendar (\(name) \(year) has \(days) days)"
    }
  }
}
