import PropertyBased
import Testing

@testable import SECCost

@Suite("Simulated pence to money, rounded once by rule")
struct MoneySimulatedPenceTests {
  @Test func halfEvenByDefault() throws {
    #expect(try Money(simulatedPence: 0.5) == .zero)
    #expect(try Money(simulatedPence: 1.5) == Money(pence: 2))
    #expect(try Money(simulatedPence: 2.5) == Money(pence: 2))
    #expect(try Money(simulatedPence: -2.5) == Money(pence: -2))
    #expect(try Money(simulatedPence: 123.499_999_9) == Money(pence: 123))
    #expect(try Money(simulatedPence: 46_262_601.02) == Money(pence: 46_262_601))
    #expect(try Money(simulatedPence: 7_132_864_88.0) == Money(pence: 713_286_488))
  }

  @Test func otherRules() throws {
    #expect(try Money(simulatedPence: 2.5, rule: .halfUp) == Money(pence: 3))
    #expect(try Money(simulatedPence: -2.5, rule: .halfUp) == Money(pence: -3))
    #expect(try Money(simulatedPence: 2.9, rule: .towardZero) == Money(pence: 2))
    #expect(try Money(simulatedPence: 2.1, rule: .awayFromZero) == Money(pence: 3))
    #expect(try Money(simulatedPence: 1e-300, rule: .awayFromZero) == Money(pence: 1))
    #expect(try Money(simulatedPence: -1e-300, rule: .awayFromZero) == Money(pence: -1))
    #expect(try Money(simulatedPence: 1e-300) == .zero)
  }

  @Test func largeWholeAmountsAreExact() throws {
    #expect(try Money(simulatedPence: 0x1p60) == Money(pence: 1 << 60))
    // Above 2^53 a Double holds only even integers; each converts exactly.
    #expect(try Money(simulatedPence: 0x1p53 + 2) == Money(pence: (1 << 53) + 2))
  }

  @Test func nonFiniteAndOutOfRangeThrow() {
    #expect(throws: MoneyError.overflow) { try Money(simulatedPence: .nan) }
    #expect(throws: MoneyError.overflow) { try Money(simulatedPence: .infinity) }
    #expect(throws: MoneyError.overflow) { try Money(simulatedPence: 0x1p63) }
    #expect(throws: MoneyError.overflow) { try Money(simulatedPence: -0x1p63) }
  }

  @Test func wholePenceReachBeyondMoney() {
    #expect(Money.wholePence(0x1p63, rule: .halfEven) == Int128(1) << 63)
    #expect(Money.wholePence(-0x1p63 - 0x1p12, rule: .halfEven) == -(Int128(1) << 63) - 4096)
    #expect(Money.wholePence(0x1p64 - 0x1p11, rule: .halfEven) == (Int128(1) << 64) - 2048)
    #expect(Money.wholePence(2.5, rule: .halfEven) == 2)
    #expect(Money.wholePence(0x1p64, rule: .halfEven) == nil)
    #expect(Money.wholePence(.nan, rule: .halfEven) == nil)
  }

  @Test func halfEvenAgreesWithTheFloatingPointRoundingOfTheSameValue() async {
    await propertyCheck(input: Gen.double(in: -1e12...1e12)) { pence in
      let rounded = pence.rounded(.toNearestOrEven)
      #expect((try? Money(simulatedPence: pence)) == Money(pence: Int64(rounded)))
    }
  }

  @Test func wholePenceComeBackUnchanged() async {
    await propertyCheck(input: Gen.int64(in: -(1 << 53)...(1 << 53))) { pence in
      for rule in RoundingRule.allCases {
        #expect((try? Money(simulatedPence: Double(pence), rule: rule)) == Money(pence: pence))
      }
    }
  }
}
