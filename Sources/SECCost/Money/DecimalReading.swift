/// How the amounts of one file are read: under its ``DecimalConvention``, or — where nothing in
/// the file settles one — refusing each amount that two conventions would read differently.
public enum DecimalReading: Hashable, Sendable {
  /// Every amount under this convention (ambiguous-looking ones included: `£20.000` is £20,000
  /// under ``DecimalConvention/comma``).
  case convention(DecimalConvention)
  /// No convention is known: an amount that reads the same either way is read; an ambiguous one
  /// (``DecimalEvidence/ambiguous``) is an error that asks for `--decimal`.
  case unsettled
  /// No convention is given, and where the amounts are written says a decimal point (a
  /// `,`-delimited file, whose amounts would need quotes to hold a decimal comma): every amount
  /// with a decimal point, except one whose only separator is a `.` before exactly three digits
  /// (`£20.000`), which is refused as under ``unsettled``. Pounds are not written to three
  /// decimal places; thousands are, by a spreadsheet set to a decimal comma, so that reading is
  /// a thousand-fold error waiting to happen. `1,500` reads as 1,500: with a decimal point a
  /// comma can only group thousands.
  case pointByDefault
  /// A workbook's cells: its numbers come as decimal text with a point, never three decimals
  /// (see the workbook reader), and its text amounts are read as under ``pointByDefault``; an
  /// ambiguous one (`£20.000` typed as text) is refused, asking for a number, since a workbook
  /// takes no `--decimal`.
  case workbook

  /// Every amount with a decimal point, as `--decimal point` says (`£20.000` is £20).
  public static let point = DecimalReading.convention(.point)

  /// Parses an amount of money; see ``DecimalConvention/money(parsing:)``.
  public func money(parsing text: some StringProtocol) throws(MoneyParseError) -> Money {
    switch self {
    case .convention(let convention):
      return try convention.money(parsing: text)
    case .unsettled:
      switch DecimalEvidence(amount: text) {
      case .ambiguous: throw MoneyParseError(.ambiguousDecimal, text: String(text))
      case .only(let convention): return try convention.money(parsing: text)
      case .none: return try DecimalConvention.point.money(parsing: text)
      }
    case .pointByDefault, .workbook:
      if Self.isPointBeforeThousands(text) {
        throw MoneyParseError(
          self == .workbook ? .ambiguousDecimalInWorkbook : .ambiguousDecimal, text: String(text))
      }
      return try DecimalConvention.point.money(parsing: text)
    }
  }

  /// Whether the only separator of `text` is one `.` with exactly three digits after it, and
  /// the amount reads under some convention (`£20.000`, `1.500`; not `1,500`, `20.00`,
  /// `1.500.000`, `1,500.000`).
  public static func isPointBeforeThousands(_ text: some StringProtocol) -> Bool {
    var points = 0
    for byte in text.utf8 {
      if byte == UInt8(ascii: ",") { return false }
      if byte == UInt8(ascii: ".") { points += 1 }
    }
    return points == 1 && DecimalEvidence(amount: text) == .ambiguous
  }

  /// Parses a number of days; see ``DecimalConvention/days(parsing:)``. Days are never
  /// ambiguous (see ``DecimalEvidence/init(days:)``).
  public func days(parsing text: some StringProtocol) throws(DaysParseError) -> Days {
    switch self {
    case .convention(let convention):
      return try convention.days(parsing: text)
    case .unsettled, .pointByDefault, .workbook:
      if case .only(let convention) = DecimalEvidence(days: text) {
        return try convention.days(parsing: text)
      }
      return try DecimalConvention.point.days(parsing: text)
    }
  }
}
