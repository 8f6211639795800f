import Testing

@testable import SECCost

@Suite("Exact percentages")
struct PercentageTests {
  private func pounds(_ value: Int64) -> Money { Money(pence: value * 100) }

  @Test(
    "part of whole to one decimal place, half-even, no floating point",
    arguments: [
      (1, 3, "33.3"),  // 33.333…
      (2, 3, "66.7"),  // 66.666…
      (1, 16, "6.2"),  // 6.25: the tie goes to the even tenth
      (3, 16, "18.8"),  // 18.75: the tie goes to the even tenth
      (10_000, 60_000, "16.7"),
      (-10_000, 60_000, "-16.7"),
      (0, 5, "0.0"),
      (5, 5, "100.0"),
      (31_600, 168_000, "18.8"),  // 18.809…
    ] as [(Int64, Int64, String)])
  func exact(part: Int64, whole: Int64, expected: String) throws {
    let percentage = try #require(Percentage(pounds(part), of: pounds(whole)))
    #expect(percentage.plainDecimal == expected)
  }

  @Test("no percentage of nothing; a negative whole is taken by its size")
  func edges() throws {
    #expect(Percentage(pounds(1), of: .zero) == nil)
    #expect(Percentage(pounds(-10), of: pounds(-100))?.plainDecimal == "-10.0")
    #expect(Percentage(pounds(10), of: pounds(-100))?.plainDecimal == "10.0")
  }

  @Test("signs and rules")
  func formatting() throws {
    #expect(Percentage(tenths: 125).signed == "+12.5%")
    #expect(Percentage(tenths: -30).signed == "-3.0%")
    #expect(Percentage(tenths: 0).signed == "0.0%")
    #expect(Percentage(tenths: -5).plainDecimal == "-0.5")
    #expect(Percentage(Money(pence: 1), of: Money(pence: 16), rule: .halfUp)?.plainDecimal == "6.3")
    #expect(
      Percentage(Money(pence: 1), of: Money(pence: 3), rule: .awayFromZero)?.plainDecimal
        == "33.4")
  }

  @Test("huge ratios do not overflow")
  func huge() {
    #expect(Percentage(.max, of: Money(pence: 1))?.tenths == Int128(Int64.max) * 1000)
  }
}
