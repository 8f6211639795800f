extension Money {
  /// Rounds to a multiple of `unit` pence by an explicit rule (`unit` 100 gives whole pounds).
  ///
  /// - Throws: ``MoneyError/overflow`` if the rounded amount does not fit.
  public func rounded(toMultipleOf unit: Int64, rule: RoundingRule = .halfEven) throws(MoneyError)
    -> Money
  {
    guard unit > 0 else { return self }
    let units = rule.divide(Int128(pence), by: Int128(unit)) * Int128(unit)
    guard let value = Int64(exactly: units) else { throw .overflow }
    return Money(pence: value)
  }

  /// The exact product `self × numerator ÷ denominator`, rounded once to the penny.
  ///
  /// Used for days × day rate, where days are an exact decimal (`numerator / denominator`).
  public func scaled(
    by numerator: Int64, over denominator: Int64, rule: RoundingRule = .halfEven
  ) throws(MoneyError) -> Money {
    guard denominator > 0 else { throw .overflow }
    let product = Int128(pence) * Int128(numerator)
    guard let value = Int64(exactly: rule.divide(product, by: Int128(denominator))) else {
      throw .overflow
    }
    return Money(pence: value)
  }
}
