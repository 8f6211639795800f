/// Effort by SECAS, the code administrator: days at a day rate.
///
/// "SECAS will incur five days effort, equating to around £3,000" is 5 days at £600 a day.
public struct SECASEffort: Hashable, Sendable {
  /// The number of days.
  public let days: Days
  /// The price of one day.
  public let dayRate: Money

  /// Creates an effort of `days` at `dayRate`.
  public init(days: Days, dayRate: Money) {
    self.days = days
    self.dayRate = dayRate
  }

  /// Days × day rate, rounded to the penny once, by `rule`.
  public func cost(rounding rule: RoundingRule = .halfEven) throws(MoneyError) -> Money {
    try dayRate.scaled(by: days.tenThousandths, over: Days.scale, rule: rule)
  }
}
