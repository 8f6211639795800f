/// A spreadsheet's serial date as ISO 8601 text (`2022-11-03`): days from 1900-01-00 in the 1900
/// system (with the Lotus 1-2-3 leap day 1900-02-29 as serial 60, a date that never was) or from
/// 1904-01-01 in the 1904 system.
enum SerialDate {
  /// `YYYY-MM-DD` for the whole serial `text` (decimal text), or `nil` if it has a time of day,
  /// is not a whole number of days from 1 to 9999-12-31, or is not a number.
  static func isoText(_ text: String, date1904: Bool) -> String? {
    var digits = Substring(text)
    if let point = digits.firstIndex(of: ".") {
      guard digits[digits.index(after: point)...].allSatisfy({ $0 == "0" }) else { return nil }
      digits = digits[..<point]
    }
    guard digits.count <= 8, let serial = Int(digits) else { return nil }
    let days: Int  // days from 1970-01-01
    if date1904 {
      guard serial >= 0 else { return nil }
      days = serial - 24_107  // 1904-01-01 is 24,107 days before 1970-01-01
    } else {
      guard serial >= 1 else { return nil }
      if serial == 60 { return "1900-02-29" }
      days = serial - (serial < 60 ? 25_568 : 25_569)  // 1899-12-31 / 1899-12-30
    }
    let (year, month, day) = civil(fromDays: days)
    guard year <= 9999 else { return nil }
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    let yearText = String(year)
    return String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText + "-"
      + two(month) + "-" + two(day)
  }

  /// The proleptic Gregorian date `days` days after 1970-01-01 (H. Hinnant's algorithm).
  private static func civil(fromDays days: Int) -> (Int, Int, Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shifted = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shifted + 2) / 5 + 1
    let month = shifted < 10 ? shifted + 3 : shifted - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}
