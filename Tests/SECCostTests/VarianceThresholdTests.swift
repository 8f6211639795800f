import Testing

@testable import SECCost

@Suite("Variance thresholds")
struct VarianceThresholdTests {
  @Test(
    "percentages end in %; anything else is an amount",
    arguments: [
      ("10%", VarianceThreshold.percent(hundredths: 1000), "10%"),
      (" 12.5 % ", .percent(hundredths: 1250), "12.5%"),
      ("0.25%", .percent(hundredths: 25), "0.25%"),
      ("0.05%", .percent(hundredths: 5), "0.05%"),
      ("£50,000", .amount(Money(pence: 5_000_000)), "£50,000"),
      ("50000", .amount(Money(pence: 5_000_000)), "£50,000"),
      ("0", .amount(.zero), "£0"),
    ])
  func parses(text: String, expected: VarianceThreshold, shown: String) throws {
    let threshold = try VarianceThreshold(parsing: text)
    #expect(threshold == expected)
    #expect(threshold.description == shown)
  }

  @Test(
    "nonsense, negative amounts and fractions of a hundredth are refused",
    arguments: ["abc", "%", "10.123%", "-5", "£-1", "1e3%", "10%%", ""])
  func refuses(text: String) {
    #expect(throws: VarianceThresholdParseError(text: text)) {
      try VarianceThreshold(parsing: text)
    }
  }

  private func change(from before: CostRange?, to after: CostRange?) throws -> RangeChange {
    try RangeChange(from: before, to: after)
  }

  private func pounds(_ value: Int64) -> CostRange { CostRange(Money(pence: value * 100)) }

  @Test("a change is over a threshold only when strictly above it, in low or in high")
  func exceeds() throws {
    let tenPercent = VarianceThreshold.percent(hundredths: 1000)
    #expect(try !change(from: pounds(100), to: pounds(110)).exceeds(tenPercent))
    #expect(try change(from: pounds(100), to: pounds(111)).exceeds(tenPercent))
    #expect(try change(from: pounds(100), to: pounds(89)).exceeds(tenPercent))
    let range = try CostRange(low: Money(pence: 10_000), high: Money(pence: 20_000))
    let wider = try CostRange(low: Money(pence: 10_000), high: Money(pence: 23_000))
    #expect(try change(from: range, to: wider).exceeds(tenPercent))  // high +15%
    let amount = VarianceThreshold.amount(Money(pence: 1_000))
    #expect(try !change(from: pounds(100), to: pounds(110)).exceeds(amount))
    #expect(try change(from: pounds(100), to: pounds(89)).exceeds(amount))
  }

  @Test("from nothing to something is over any percentage; no change is over none")
  func noBaseline() throws {
    let huge = VarianceThreshold.percent(hundredths: 100_000_000)
    #expect(try change(from: nil, to: pounds(1)).exceeds(huge))
    #expect(try change(from: pounds(0), to: pounds(1)).exceeds(huge))
    #expect(try !change(from: nil, to: nil).exceeds(.percent(hundredths: 0)))
    #expect(try change(from: pounds(5), to: pounds(6)).exceeds(.percent(hundredths: 0)))
  }
}
