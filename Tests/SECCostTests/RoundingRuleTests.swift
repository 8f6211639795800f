import PropertyBased
import Testing

@testable import SECCost

@Suite("Rounding rules")
struct RoundingRuleTests {
  @Test(
    "each rule on ties and non-ties, both signs",
    arguments: [
      // numerator / 10: 25 → 2.5, 35 → 3.5, 21 → 2.1, 29 → 2.9
      (Int128(25), RoundingRule.halfEven, Int128(2)), (35, .halfEven, 4), (-25, .halfEven, -2),
      (-35, .halfEven, -4), (26, .halfEven, 3), (24, .halfEven, 2),
      (25, .halfUp, 3), (-25, .halfUp, -3), (24, .halfUp, 2),
      (29, .towardZero, 2), (-29, .towardZero, -2),
      (21, .awayFromZero, 3), (-21, .awayFromZero, -3), (20, .awayFromZero, 2),
    ])
  func examples(numerator: Int128, rule: RoundingRule, expected: Int128) {
    #expect(rule.divide(numerator, by: 10) == expected)
  }

  @Test("the notes' examples: 5/2 half-even is 2, −5/2 is −2")
  func halfEvenHalves() {
    #expect(RoundingRule.halfEven.divide(5, by: 2) == 2)
    #expect(RoundingRule.halfEven.divide(-5, by: 2) == -2)
  }

  @Test("laws: within one unit of the exact quotient, exact when divisible, odd symmetry")
  func laws() async {
    await propertyCheck(
      count: 500, input: Gen.int64(in: -1_000_000_000...1_000_000_000), Gen.int64(in: 1...10_000)
    ) { numerator, denominator in
      let n = Int128(numerator)
      let d = Int128(denominator)
      for rule in RoundingRule.allCases {
        let q = rule.divide(n, by: d)
        // |q·d − n| < d: never more than one unit from the exact value
        #expect((q * d - n).magnitude < d.magnitude)
        // every rule here is symmetric about zero
        #expect(rule.divide(-n, by: d) == -q)
        // a whole quotient is left alone
        #expect(rule.divide(n * d, by: d) == n)
      }
      let truncated = RoundingRule.towardZero.divide(n, by: d)
      let away = RoundingRule.awayFromZero.divide(n, by: d)
      #expect(truncated.magnitude * d.magnitude <= n.magnitude)
      #expect(away.magnitude * d.magnitude >= n.magnitude)
      // the nearest rules are within half a unit
      for rule in [RoundingRule.halfEven, .halfUp] {
        let q = rule.divide(n, by: d)
        #expect((q * d - n).magnitude * 2 <= d.magnitude)
      }
    }
  }

  @Test("rounding money to whole pounds")
  func wholePounds() throws {
    #expect(try Money(pence: 250).rounded(toMultipleOf: 100) == Money(pence: 200))
    #expect(try Money(pence: 350).rounded(toMultipleOf: 100) == Money(pence: 400))
    #expect(try Money(pence: 250).rounded(toMultipleOf: 100, rule: .halfUp) == Money(pence: 300))
    #expect(try Money(pence: -250).rounded(toMultipleOf: 100, rule: .halfUp) == Money(pence: -300))
    #expect(throws: MoneyError.overflow) {
      try Money.max.rounded(toMultipleOf: 100, rule: .awayFromZero)
    }
  }
}
