extension CalendarDate: CustomStringConvertible {
  /// ISO 8601: `2022-03-03`.
  public var iso: String {
    func padded(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
  }

  /// As the papers print it: `3 March 2022`; a year below 1000 in four digits (`0999`), as
  /// dates are read.
  public var long: String {
    let digits = String(year)
    let year = String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    return "\(day) \(CalendarDate.monthNames[month - 1]) \(year)"
  }

  /// The ISO 8601 form, as ``iso``.
  public var description: String { iso }
}
