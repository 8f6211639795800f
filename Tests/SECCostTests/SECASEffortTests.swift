import Testing

@testable import SECCost

@Suite("Days and SECAS effort")
struct SECASEffortTests {
  @Test("the seeds' effort: days × £600 a day")
  func seeds() throws {
    let rate = Money(pence: 60_000)
    #expect(try SECASEffort(days: Days(5), dayRate: rate).cost() == Money(pence: 300_000))
    #expect(try SECASEffort(days: Days(20), dayRate: rate).cost() == Money(pence: 1_200_000))
    #expect(try SECASEffort(days: Days(2), dayRate: rate).cost() == Money(pence: 120_000))
  }

  @Test("fractional days are exact and rounded to the penny once, by the rule given")
  func rounding() throws {
    // 2.5 days × £333.33 = £833.325
    let effort = SECASEffort(days: try Days(parsing: "2.5"), dayRate: Money(pence: 33_333))
    #expect(try effort.cost() == Money(pence: 83_332))
    #expect(try effort.cost(rounding: .halfUp) == Money(pence: 83_333))
    #expect(try effort.cost(rounding: .towardZero) == Money(pence: 83_332))
    #expect(try effort.cost(rounding: .awayFromZero) == Money(pence: 83_333))
    // 0.3333 days × £600 = £199.98 exactly
    #expect(
      try SECASEffort(days: try Days(parsing: "0.3333"), dayRate: Money(pence: 60_000)).cost()
        == Money(pence: 19_998))
  }

  @Test("days parse as plain decimals and print in their shortest exact form")
  func days() throws {
    #expect(try Days(parsing: "5").plainDecimal == "5")
    #expect(try Days(parsing: " 2.50 ").plainDecimal == "2.5")
    #expect(try Days(parsing: "0.25").plainDecimal == "0.25")
    #expect(try Days(parsing: "0.0005").plainDecimal == "0.0005")
    #expect(try Days(parsing: "20.0").plainDecimal == "20")
    for bad in ["", "-1", "1.23456", "five", "1.2.3", "."] {
      #expect(throws: DaysParseError.self) { try Days(parsing: bad) }
    }
  }
}
