import Testing

@testable import SECCost

@Suite("Money formatting")
struct MoneyFormattingTests {
  @Test(
    "en-GB: whole pounds without pence, otherwise two places",
    arguments: [
      (Int64(133_556_800), "£1,335,568", "1335568.00"),
      (133_556_850, "£1,335,568.50", "1335568.50"),
      (-100_000, "-£1,000", "-1000.00"),
      (0, "£0", "0.00"),
      (7, "£0.07", "0.07"),
      (-5, "-£0.05", "-0.05"),
      (99_900, "£999", "999.00"),
      (100_000_000, "£1,000,000", "1000000.00"),
      (Int64.max, "£92,233,720,368,547,758.07", "92233720368547758.07"),
      (Int64.min, "-£92,233,720,368,547,758.08", "-92233720368547758.08"),
    ])
  func formats(pence: Int64, formatted: String, plain: String) {
    #expect(Money(pence: pence).formatted == formatted)
    #expect(Money(pence: pence).plainDecimal == plain)
  }
}
