extension CalendarDate {
  /// Month names as the papers print them, January first.
  static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// Parses `2022-03-03` (ISO 8601 calendar date: four-digit year, two-digit month and day) or
  /// `3 March 2022` (day, English month name or its first three letters, four-digit year), with
  /// surrounding spaces ignored.
  ///
  /// - Throws: ``CalendarDateParseError`` for anything else, or for a day that does not exist.
  public init(parsing text: some StringProtocol) throws(CalendarDateParseError) {
    let trimmed = text.trimmingSpaces
    let parts = CalendarDate.isoParts(trimmed) ?? CalendarDate.longParts(trimmed)
    guard let parts else { throw CalendarDateParseError(text: String(text), reason: .notADate) }
    guard let date = CalendarDate(year: parts.year, month: parts.month, day: parts.day) else {
      throw CalendarDateParseError(text: String(text), reason: .noSuchDay)
    }
    self = date
  }

  private static func isoParts(_ text: Substring) -> (year: Int, month: Int, day: Int)? {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      let year = number(bytes[0..<4]), let month = number(bytes[5..<7]),
      let day = number(bytes[8..<10])
    else { return nil }
    return (year, month, day)
  }

  private static func longParts(_ text: Substring) -> (year: Int, month: Int, day: Int)? {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
    guard words.count == 3, (1...2).contains(words[0].utf8.count),
      let day = number(Array(words[0].utf8)[...]), words[2].utf8.count == 4,
      let year = number(Array(words[2].utf8)[...])
    else { return nil }
    let name = words[1].lowercased()
    guard
      let index = monthNames.firstIndex(where: {
        $0.lowercased() == name || (name.count == 3 && $0.lowercased().hasPrefix(name))
      })
    else { return nil }
    return (year, index + 1, day)
  }

  private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
    var value = 0
    for byte in digits {
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    return digits.isEmpty ? nil : value
  }
}

/// Text that is not a calendar date.
public struct CalendarDateParseError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The kind of problem.
  public enum Reason: Equatable, Sendable {
    /// Neither `YYYY-MM-DD` nor `D Month YYYY`.
    case notADate
    /// The form is right but the day does not exist (`2022-02-29`, `2021-13-01`).
    case noSuchDay
  }

  /// The text as given.
  public let text: String
  /// What is wrong with it.
  public let reason: Reason

  /// Creates an error.
  public init(text: String, reason: Reason) {
    self.text = text
    self.reason = reason
  }

  /// A description of the problem for the user.
  public var description: String {
    switch reason {
    case .notADate:
      "\"\(text)\" is not a date (write 2022-03-03, or 3 March 2022)"
    case .noSuchDay:
      "\"\(text)\" is not a day in the calendar"
    }
  }
}
