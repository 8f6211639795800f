import PropertyBased
import SECCostTestSupport
import Testing

@testable import SECCost

@Suite("Money laws")
struct MoneyPropertyTests {
  @Test("parse(format(x)) = x, for the en-GB form and the plain form")
  func parseInvertsFormat() async {
    await propertyCheck(count: 1000, input: Gen.int64(in: (Int64.min + 1)...Int64.max)) {
      pence in
      await failingOnError { () async throws in
        let money = Money(pence: pence)
        #expect(try Money(parsing: money.formatted) == money)
        #expect(try Money(parsing: money.plainDecimal) == money)
      }
    }
  }

  @Test("format(parse(s)) = s for canonical plain decimals")
  func formatInvertsParse() async {
    await propertyCheck(count: 500, input: Gen.int64(in: -1_000_000_000_000...1_000_000_000_000)) {
      pence in
      await failingOnError { () async throws in
        let text = Money(pence: pence).plainDecimal
        #expect(try Money(parsing: text).plainDecimal == text)
      }
    }
  }

  @Test("addition is exact and commutative wherever it does not overflow")
  func addition() async {
    await propertyCheck(
      count: 500, input: Gen.int64(in: -(1 << 61)...(1 << 61)),
      Gen.int64(in: -(1 << 61)...(1 << 61))
    ) { a, b in
      await failingOnError { () async throws in
        let sum = try Money(pence: a).adding(Money(pence: b))
        #expect(sum.pence == a + b)
        #expect(try Money(pence: b).adding(Money(pence: a)) == sum)
        #expect(try sum.subtracting(Money(pence: b)) == Money(pence: a))
      }
    }
  }
}
