extension Money {
  /// The amount nearest to a simulated number of pence, rounded once by `rule`.
  ///
  /// The conversion is exact: the `Double` is read as the binary fraction it is
  /// (`significand / 2ᵏ`) and rounded to a whole penny by ``RoundingRule/divide(_:by:)``, with no
  /// floating-point rounding on the way. Only simulation results come through here.
  ///
  /// - Throws: ``MoneyError/overflow`` if `pence` is not finite or the result does not fit.
  public init(simulatedPence pence: Double, rule: RoundingRule = .halfEven) throws(MoneyError) {
    guard pence.magnitude < 0x1p63, let whole = Self.wholePence(pence, rule: rule),
      let value = Int64(exactly: whole)
    else { throw .overflow }
    self.init(pence: value)
  }

  /// A finite number of pence below 2⁶⁴ in magnitude rounded once by `rule` to a whole number
  /// of pence, exactly (see ``init(simulatedPence:rule:)``); `nil` if it is not finite or is
  /// larger.
  static func wholePence(_ pence: Double, rule: RoundingRule) -> Int128? {
    guard pence.isFinite, pence.magnitude < 0x1p64 else { return nil }
    if pence == 0 { return 0 }
    let numerator: Int128
    let denominator: Int128
    if pence.exponent < -64 {
      // Far below a penny: any value of this size rounds the same way.
      numerator = pence < 0 ? -1 : 1
      denominator = Int128(1) << 64
    } else {
      let shift = Int(Double.significandBitCount) - Int(pence.exponent)
      if shift <= 0 {
        numerator = Int128(pence)  // already a whole number
        denominator = 1
      } else {
        // Exact: scaling by a power of two, and the result is a whole number below 2⁵³.
        numerator = Int128(pence * Double(sign: .plus, exponent: shift, significand: 1))
        denominator = Int128(1) << shift
      }
    }
    return rule.divide(numerator, by: denominator)
  }
}
