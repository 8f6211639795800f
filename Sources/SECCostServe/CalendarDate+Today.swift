import Foundation
import SECCost

extension CalendarDate {
  /// Today's date in UTC, from the system clock: the pages' default `as-of`.
  static var today: CalendarDate {
    let seconds = Int(Date().timeIntervalSince1970)
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    return CalendarDate(dayNumber: days) ?? CalendarDate(year: 1970, month: 1, day: 1)!
  }
}
