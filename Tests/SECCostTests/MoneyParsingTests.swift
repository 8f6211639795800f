import Testing

@testable import SECCost

@Suite("Money parsing")
struct MoneyParsingTests {
  @Test(
    "accepts the ways people and spreadsheets write amounts",
    arguments: [
      ("1335568", Int64(133_556_800)),
      ("1335568.00", 133_556_800),
      ("1335568.5", 133_556_850),
      ("£1,335,568", 133_556_800),
      ("1,335,568.50", 133_556_850),
      ("-£1,000", -100_000),
      ("£-1,000", -100_000),
      ("(£1,000)", -100_000),
      ("  £1,000  ", 100_000),
      ("\t12.30\t", 1230),
      ("0", 0),
      ("-0", 0),
      ("£0.07", 7),
      ("999", 99_900),
      ("1,000,000", 100_000_000),
      ("12.340", 1234),
      ("£1,335,568.00", 133_556_800),
      ("(1,000.25)", -100_025),
      ("92233720368547758.07", Int64.max),
      ("-92233720368547758.07", -Int64.max),
    ])
  func accepts(text: String, pence: Int64) throws {
    #expect(try Money(parsing: text) == Money(pence: pence))
  }

  @Test(
    "refuses what is not exactly an amount, saying why",
    arguments: [
      ("1.34E+06", MoneyParseError.Reason.scientificNotation),
      ("1.3E6", .scientificNotation),
      ("2e-3", .scientificNotation),
      ("£1,33,5568", .badGrouping),
      ("1,2345", .badGrouping),
      ("1234,567", .badGrouping),
      (",123", .badGrouping),
      ("12.345", .belowPenny),
      ("£", .noDigits),
      ("-", .noDigits),
      ("abc", .notAnAmount),
      ("12abc", .notAnAmount),
      ("12 34", .notAnAmount),
      ("--1", .notAnAmount),
      ("-£-1", .notAnAmount),
      ("$12", .notAnAmount),
      ("", .empty),
      ("   ", .empty),
      ("#VALUE!", .spreadsheetError),
      ("#REF!", .spreadsheetError),
      ("92233720368547758.08", .outOfRange),
      ("2022-11-03", .date),
      ("03/11/2022", .date),
      ("3-Nov-22", .date),
      ("100000000000000000000", .outOfRange),
    ])
  func refuses(text: String, reason: MoneyParseError.Reason) {
    #expect(throws: MoneyParseError(reason, text: text)) { try Money(parsing: text) }
  }

  @Test("the message quotes the cell and says what the spreadsheet did")
  func messages() {
    let error = MoneyParseError(.scientificNotation, text: "1.34E+06")
    #expect(error.description.hasPrefix("\"1.34E+06\" is in scientific notation"))
    #expect(error.description.contains("the spreadsheet rounded this figure"))
    #expect(
      MoneyParseError(.badGrouping, text: "£1,33,5568").description
        == "\"£1,33,5568\" has thousands separators in the wrong places")
    #expect(
      MoneyParseError(.belowPenny, text: "12.345").description.contains("fractions of a penny"))
  }

  @Test(
    "a dash, as a spreadsheet's accounting format shows zero, is refused with a hint",
    arguments: ["-", "£-", " £-   ", "-£"])
  func accountingZero(text: String) {
    #expect(throws: MoneyParseError(.noDigits, text: text)) { try Money(parsing: text) }
    #expect(
      MoneyParseError(.noDigits, text: text).description.hasSuffix(
        "has no digits: a spreadsheet's accounting format shows zero as a dash; write 0 if zero"
          + " is meant, or give the line's basis as tbc or n/a"))
    #expect(MoneyParseError(.noDigits, text: "£").description == "\"£\" has no digits")
  }
}
