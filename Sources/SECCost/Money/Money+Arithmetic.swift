extension Money {
  /// Adds two amounts, throwing instead of overflowing.
  public func adding(_ other: Money) throws(MoneyError) -> Money {
    let (value, overflow) = pence.addingReportingOverflow(other.pence)
    guard !overflow else { throw .overflow }
    return Money(pence: value)
  }

  /// Subtracts an amount, throwing instead of overflowing.
  public func subtracting(_ other: Money) throws(MoneyError) -> Money {
    let (value, overflow) = pence.subtractingReportingOverflow(other.pence)
    guard !overflow else { throw .overflow }
    return Money(pence: value)
  }

  /// Multiplies by a whole number, throwing instead of overflowing.
  public func multiplied(by factor: Int64) throws(MoneyError) -> Money {
    let (value, overflow) = pence.multipliedReportingOverflow(by: factor)
    guard !overflow else { throw .overflow }
    return Money(pence: value)
  }

  /// The amount with its sign reversed, throwing for the one amount that has no opposite.
  public func negated() throws(MoneyError) -> Money {
    guard pence != .min else { throw .overflow }
    return Money(pence: -pence)
  }
}
