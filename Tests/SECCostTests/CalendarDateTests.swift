import PropertyBased
import SECCost
import SECCostTestSupport
import Testing

@Suite("CalendarDate: ISO 8601 days without Foundation")
struct CalendarDateTests {
  private func date(_ text: String) throws -> CalendarDate {
    try CalendarDate(parsing: text)
  }

  @Test("parses ISO 8601 and the papers' long form alike")
  func parsing() throws {
    let cutOff = try #require(CalendarDate(year: 2022, month: 3, day: 3))
    #expect(try date("2022-03-03") == cutOff)
    #expect(try date(" 2022-03-03 ") == cutOff)
    #expect(try date("3 March 2022") == cutOff)
    #expect(try date("03 march 2022") == cutOff)
    #expect(try date("3 Mar 2022") == cutOff)
    #expect(try date("29 February 2024") == CalendarDate(year: 2024, month: 2, day: 29))
  }

  @Test(
    "rejects what is not a date, and days that do not exist",
    arguments: [
      ("2022-3-3", CalendarDateParseError.Reason.notADate),
      ("03/03/2022", .notADate),
      ("2022-03-03T00:00", .notADate),
      ("3 Marchh 2022", .notADate),
      ("March 2022", .notADate),
      ("", .notADate),
      ("2022-02-29", .noSuchDay),
      ("2021-13-01", .noSuchDay),
      ("31 April 2022", .noSuchDay),
      ("0000-01-01", .noSuchDay),
    ])
  func rejects(text: String, reason: CalendarDateParseError.Reason) {
    #expect(throws: CalendarDateParseError(text: text, reason: reason)) {
      try CalendarDate(parsing: text)
    }
  }

  @Test("the message quotes the text and shows the accepted forms")
  func message() {
    #expect(
      CalendarDateParseError(text: "03/03/2022", reason: .notADate).description
        == "\"03/03/2022\" is not a date (write 2022-03-03, or 3 March 2022)")
  }

  @Test("day numbers and differences, checked by hand")
  func arithmetic() throws {
    #expect(try date("1970-01-01").dayNumber == 0)
    // 2000-01-01 is day 10,957 (30 years, 7 of them leap); March 1 is 31 + 29 days later.
    #expect(try date("2000-03-01").dayNumber == 11_017)
    #expect(try date("1969-12-31").dayNumber == -1)
    // 23 Nov 2021 (RID v0.4) to MP078's cut-off of 3 March 2022: 7 + 31 + 31 + 28 + 3 days.
    #expect(try date("2021-11-23").days(to: date("2022-03-03")) == 100)
    // To MP141's cut-off of 3 February 2022: 7 + 31 + 31 + 3.
    #expect(try date("2021-11-23").days(to: date("2022-02-03")) == 72)
    // 4 March 2022 to MP085A's cut-off of 3 May 2022: 27 + 30 + 3.
    #expect(try date("2022-03-04").days(to: date("2022-05-03")) == 60)
    #expect(try date("2022-03-04").days(to: date("2022-03-03")) == -1)
    #expect(try date("2020-02-28").adding(days: 1) == date("2020-02-29"))
    #expect(try date("2021-02-28").adding(days: 1) == date("2021-03-01"))
    #expect(try date("9999-12-31").adding(days: 1) == nil)
  }

  @Test("formats as ISO and as the papers print dates")
  func formatting() throws {
    #expect(try date("2022-03-03").iso == "2022-03-03")
    #expect(try date("2022-03-03").long == "3 March 2022")
    #expect(CalendarDate(year: 33, month: 1, day: 5)?.iso == "0033-01-05")
  }

  @Test("law: day number → date → day number is the identity, and the order agrees")
  func dayNumberRoundTrip() async {
    await propertyCheck(count: 1000, input: Gen.int(in: -719_162...2_932_895)) { number in
      await failingOnError {
        let day = try #require(CalendarDate(dayNumber: number))
        let next = try #require(CalendarDate(dayNumber: number + 1))
        #expect(day.dayNumber == number)
        #expect(day < next)
        #expect(day.days(to: next) == 1)
        #expect(try CalendarDate(parsing: day.iso) == day)
        #expect(try CalendarDate(parsing: day.long) == day)
      }
    }
  }

  @Test("a date, and an optional date, take four bytes; a ledger line 144")
  func compactLayout() {
    // A ledger holds millions of lines: their size is the memory (and page faults) of a load.
    #expect(MemoryLayout<CalendarDate>.size == 4)
    #expect(MemoryLayout<CalendarDate?>.size == 4)
    #expect(MemoryLayout<LedgerLine>.stride == 144)
  }

  @Test("year, month and day read back as given, at the ends of the range")
  func components() throws {
    for (year, month, day) in [(1, 1, 1), (9999, 12, 31), (2024, 2, 29), (2022, 11, 4)] {
      let date = try #require(CalendarDate(year: year, month: month, day: day))
      #expect((date.year, date.month, date.day) == (year, month, day))
    }
    #expect(CalendarDate(year: 2022, month: 0, day: 1) == nil)
    #expect(CalendarDate(year: 2022, month: 13, day: 1) == nil)
    #expect(CalendarDate(year: 10_000, month: 1, day: 1) == nil)
  }

  @Test("law: adding days then measuring them gives the count back")
  func addingDays() async {
    await propertyCheck(
      count: 500, input: Gen.int(in: -100_000...2_000_000), Gen.int(in: -20_000...20_000)
    ) { number, count in
      await failingOnError {
        let day = try #require(CalendarDate(dayNumber: number))
        let later = try #require(day.adding(days: count))
        #expect(day.days(to: later) == count)
      }
    }
  }

  @Test("scheduled dates: firm or estimated")
  func scheduled() throws {
    let estimated = try ScheduledDate(parsing: "2022-02-23 estimated")
    #expect(estimated.isEstimated)
    #expect(estimated.date == (try date("2022-02-23")))
    #expect(estimated.description == "2022-02-23 estimated")
    #expect(estimated.long == "23 February 2022 (estimated)")
    #expect(try ScheduledDate(parsing: "2022-02-23 (Estimated)") == estimated)
    #expect(try ScheduledDate(parsing: "23 February 2022 estimated") == estimated)
    #expect(try ScheduledDate(parsing: "2022-03-03").isEstimated == false)
    #expect(throws: CalendarDateParseError(text: "soon estimated", reason: .notADate)) {
      try ScheduledDate(parsing: "soon estimated")
    }
  }
}
