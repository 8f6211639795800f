import Testing

@testable import SECCost

@Suite("Money arithmetic")
struct MoneyArithmeticTests {
  @Test("adds, subtracts and multiplies exactly")
  func exact() throws {
    let a = Money(pence: 133_556_800)
    let b = Money(pence: 43_703_200)
    #expect(try a.adding(b) == Money(pence: 177_260_000))
    #expect(try a.subtracting(b) == Money(pence: 89_853_600))
    #expect(try b.multiplied(by: 3) == Money(pence: 131_109_600))
    #expect(try Money(pounds: 600) == Money(pence: 60_000))
  }

  @Test("overflow is a thrown error, never a trap or a wrap")
  func overflow() {
    #expect(throws: MoneyError.overflow) { try Money.max.adding(Money(pence: 1)) }
    #expect(throws: MoneyError.overflow) { try Money(pence: .min).subtracting(Money(pence: 1)) }
    #expect(throws: MoneyError.overflow) { try Money.max.multiplied(by: 2) }
    #expect(throws: MoneyError.overflow) { try Money(pence: .min).negated() }
    #expect(throws: MoneyError.overflow) { try Money(pounds: .max) }
  }
}
