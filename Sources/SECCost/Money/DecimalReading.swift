/// How the amounts of one file are read: under its ``DecimalConvention``, or — where nothing in
/// the file settles one — refusing each amount that two conventions would read differently.
public enum DecimalReading: Hashable, Sendable {
  /// Every amount under this convention (ambiguous-looking ones included: `£20.000` is £20,000
  /// under ``DecimalConvention/comma``).
  case convention(DecimalConvention)
  /// No convention is known: an amount that reads the same either way is read; an ambiguous one
  /// (``DecimalEvidence/ambiguous``) is an error that asks for `--decimal`.
  case unsettled

  /// The amounts of a `,`-delimited file: a decimal point.
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
    }
  }

  /// Parses a number of days; see ``DecimalConvention/days(parsing:)``. Days are never
  /// ambiguous (see ``DecimalEvidence/init(days:)``).
  public func days(parsing text: some StringProtocol) throws(DaysParseError) -> Days {
    switch self {
    case .convention(let convention):
      return try convention.days(parsing: text)
    case .unsettled:
      if case .only(let convention) = DecimalEvidence(days: text) {
        return try convention.days(parsing: text)
      }
      return try DecimalConvention.point.days(parsing: text)
    }
  }
}
