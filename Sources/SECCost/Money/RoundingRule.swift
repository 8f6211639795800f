/// How an exact quotient is brought to a whole number of units (usually pence).
///
/// Every rounding in seccost names its rule; the default is ``halfEven`` (banker's rounding),
/// which has no upward bias when many figures are rounded and added.
public enum RoundingRule: String, CaseIterable, Sendable {
  /// Nearest; a tie goes to the even neighbour (2.5 → 2, 3.5 → 4, −2.5 → −2).
  case halfEven = "half-even"
  /// Nearest; a tie goes away from zero (2.5 → 3, −2.5 → −3).
  case halfUp = "half-up"
  /// Drop the fraction (2.9 → 2, −2.9 → −2).
  case towardZero = "toward-zero"
  /// Any fraction goes to the next unit away from zero (2.1 → 3, −2.1 → −3).
  case awayFromZero = "away-from-zero"

  /// Divides `numerator` by a positive `denominator` and rounds the exact quotient by this rule.
  public func divide(_ numerator: Int128, by denominator: Int128) -> Int128 {
    let quotient = numerator / denominator  // truncated toward zero
    let remainder = numerator % denominator  // same sign as numerator
    if remainder == 0 { return quotient }
    let awayStep: Int128 = numerator < 0 ? -1 : 1
    let twiceRemainder = remainder.magnitude * 2
    switch self {
    case .towardZero:
      return quotient
    case .awayFromZero:
      return quotient + awayStep
    case .halfUp:
      return twiceRemainder >= denominator.magnitude ? quotient + awayStep : quotient
    case .halfEven:
      if twiceRemainder > denominator.magnitude { return quotient + awayStep }
      if twiceRemainder < denominator.magnitude { return quotient }
      return quotient % 2 == 0 ? quotient : quotient + awayStep
    }
  }
}
