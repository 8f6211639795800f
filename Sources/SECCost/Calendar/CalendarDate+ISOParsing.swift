extension CalendarDate {
  /// Reads an ISO 8601 calendar date, `YYYY-MM-DD` and nothing else, ignoring surrounding spaces:
  /// the strict form the ledger's `date` column and `--as-of` take.
  ///
  /// Unlike ``init(parsing:)``, `3 March 2022` is refused: a ledger cell is machine-read, and a
  /// spreadsheet that rewrote a date should be caught, not guessed at.
  public init(isoParsing text: some StringProtocol) throws(ISODateParseError) {
    let trimmed = text.trimmingSpaces
    let bytes = Array(trimmed.utf8)
    let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy({ isDigit(bytes[$0]) })
    else { throw ISODateParseError(.notISO, text: String(trimmed)) }
    func number(_ range: Range<Int>) -> Int {
      bytes[range].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }
    let year = number(0..<4)
    let month = number(5..<7)
    let day = number(8..<10)
    guard year >= 1 else { throw ISODateParseError(.yearOutOfRange, text: String(trimmed)) }
    guard (1...12).contains(month) else {
      throw ISODateParseError(.noSuchMonth, text: String(trimmed))
    }
    guard let date = CalendarDate(year: year, month: month, day: day) else {
      throw ISODateParseError(.noSuchDay(month: month, year: year), text: String(trimmed))
    }
    self = date
  }
}

/// Text that is not an ISO 8601 calendar date (`YYYY-MM-DD`).
public struct ISODateParseError: Error, Equatable, Sendable, CustomStringConvertible {
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
      let name = CalendarDate.monthNames[month - 1]
      let days = CalendarDate.daysIn(month: month, year: year)
      return "\(quoted) is not a day of the calendar (\(name) \(year) has \(days) days)"
    }
  }
}
