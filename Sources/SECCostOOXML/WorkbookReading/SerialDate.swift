import SECCost

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
    return CalendarDate(dayNumber: days)?.iso
  }
}
