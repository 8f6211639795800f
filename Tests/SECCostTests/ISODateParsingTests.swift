import PropertyBased
import SECCostTestSupport
import Testing

@testable import SECCost

@Suite("ISO 8601 dates: the ledger's date column and --as-of")
struct ISODateParsingTests {
  @Test("YYYY-MM-DD is read, spaces ignored, and written back the same")
  func valid() throws {
    let date = try CalendarDate(isoParsing: " 2023-01-31 ")
    #expect(date.year == 2023)
    #expect(date.month == 1)
    #expect(date.day == 31)
    #expect(date.iso == "2023-01-31")
    #expect(try CalendarDate(isoParsing: "0001-01-01").iso == "0001-01-01")
  }

  @Test("leap years by the Gregorian rule")
  func leapYears() throws {
    #expect(try CalendarDate(isoParsing: "2024-02-29").day == 29)
    #expect(try CalendarDate(isoParsing: "2000-02-29").day == 29)
    #expect(throws: ISODateParseError(.noSuchDay(month: 2, year: 2023), text: "2023-02-29")) {
      try CalendarDate(isoParsing: "2023-02-29")
    }
    #expect(throws: ISODateParseError(.noSuchDay(month: 2, year: 1900), text: "1900-02-29")) {
      try CalendarDate(isoParsing: "1900-02-29")
    }
    #expect(CalendarDate.daysIn(month: 4, year: 2023) == 30)
    #expect(CalendarDate.daysIn(month: 12, year: 2023) == 31)
  }

  @Test(
    "anything else is refused with the reason",
    arguments: [
      ("31/01/2023", ISODateParseError.Reason.notISO),
      ("2023-1-31", .notISO),
      ("2023-01-31T10:00", .notISO),
      ("20230131", .notISO),
      ("3 March 2022", .notISO),  // CalendarDate(parsing:) takes this; a ledger cell may not
      ("", .notISO),
      ("2023-13-01", .noSuchMonth),
      ("2023-00-10", .noSuchMonth),
      ("2023-04-31", .noSuchDay(month: 4, year: 2023)),
      ("2023-04-00", .noSuchDay(month: 4, year: 2023)),
      ("0000-01-01", .yearOutOfRange),
    ])
  func invalid(text: String, reason: ISODateParseError.Reason) {
    #expect(throws: ISODateParseError(reason, text: text)) { try CalendarDate(isoParsing: text) }
  }

  @Test("messages say what is wrong")
  func messages() {
    #expect(
      ISODateParseError(.noSuchDay(month: 2, year: 2023), text: "2023-02-29").description
        == "\"2023-02-29\" is not a day of the calendar (February 2023 has 28 days)")
    #expect(
      ISODateParseError(.notISO, text: "31/01/2023").description.hasPrefix(
        "\"31/01/2023\" is not an ISO 8601 date (expected YYYY-MM-DD"))
  }

  @Test("law: parse(iso(d)) = d, and dates order as their ISO texts do")
  func laws() async {
    let dates = zip(Gen.int(in: 1...9999), Gen.int(in: 1...12), Gen.int(in: 1...31)).map {
      year, month, day in
      CalendarDate(
        year: year, month: month, day: min(day, CalendarDate.daysIn(month: month, year: year)))
    }
    await propertyCheck(count: 500, input: dates, dates) { a, b in
      await failingOnError {
        let a = try #require(a)
        let b = try #require(b)
        #expect(try CalendarDate(isoParsing: a.iso) == a)
        #expect((a < b) == (a.iso < b.iso))
      }
    }
  }
}
