/// A day in the proleptic Gregorian calendar (no time, no time zone): `2022-03-03`.
///
/// Day arithmetic counts whole days through a serial day number, so it needs no Foundation and
/// no clock. Years run from 1 to 9999.
public struct CalendarDate: Hashable, Comparable, Sendable {
  // Four bytes, and four as an optional too (the month's unused values mark `nil`): a ledger
  // line carries a date, and a ledger can hold millions of lines.
  private let storedYear: UInt16
  private let storedMonth: MonthOfYear
  private let storedDay: UInt8

  /// The year, 1...9999.
  public var year: Int { Int(storedYear) }
  /// The month, 1...12.
  public var month: Int { Int(storedMonth.rawValue) }
  /// The day of the month, 1...31.
  public var day: Int { Int(storedDay) }

  /// Creates a date, or `nil` if there is no such day (`2022-02-29`).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      let storedMonth = MonthOfYear(rawValue: UInt8(month)),
      (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.storedYear = UInt16(year)
    self.storedMonth = storedMonth
    self.storedDay = UInt8(day)
  }

  /// The date `dayNumber` days after 1970-01-01 (negative numbers are earlier), or `nil` outside
  /// the years 1 to 9999.
  public init?(dayNumber: Int) {
    // Howard Hinnant's civil_from_days, on 400-year eras of 146,097 days.
    let shifted = dayNumber + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    self.init(year: year, month: month, day: day)
  }

  /// Days since 1970-01-01 (negative before it).
  public var dayNumber: Int {
    // Howard Hinnant's days_from_civil.
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The number of days from `self` to `later`: positive when `later` is after `self`.
  public func days(to later: CalendarDate) -> Int {
    later.dayNumber - dayNumber
  }

  /// The date `count` days later (earlier when negative), or `nil` outside the years 1 to 9999.
  public func adding(days count: Int) -> CalendarDate? {
    CalendarDate(dayNumber: dayNumber + count)
  }

  /// Whether `year` is a leap year in the Gregorian calendar.
  public static func isLeapYear(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// The number of days in `month` of `year`.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeapYear(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Whether `lhs` is an earlier day than `rhs`.
  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }
}

/// A month's number, 1...12, as an enumeration so that its other byte values are free for
/// `Optional<CalendarDate>`'s `nil`.
private enum MonthOfYear: UInt8 {
  case january = 1, february, march, april, may, june, july, august, september, october,
    november, december
}
