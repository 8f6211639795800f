import SECCost
import Testing

/// The rule for a file's decimal convention, in one place: what one amount says, how it reads
/// under each convention, and what a file's amounts decide.
@Suite("Decimal conventions")
struct DecimalConventionTests {
  @Test(
    "what one amount says: separators' places; a single one before three digits is ambiguous",
    arguments: [
      ("1.234,56", DecimalEvidence.only(.comma)), ("1.886.716", .only(.comma)),
      ("£1.886,5", .only(.comma)), ("2,50", .only(.comma)), ("(£1.000.000)", .only(.comma)),
      ("1,234.56", .only(.point)), ("£1,886,716", .only(.point)), ("20.5", .only(.point)),
      ("£20.000", .ambiguous), ("1,500", .ambiguous), ("12.345", .ambiguous),
      ("-£1.500", .ambiguous), ("£20", .none), ("1234", .none), ("1.2.3,4.5", .none),
      ("1234.567", .none), ("", .none),
    ])
  func evidence(text: String, expected: DecimalEvidence) {
    #expect(DecimalEvidence(amount: text) == expected)
  }

  @Test("days: a single separator marks the decimals")
  func days() throws {
    #expect(DecimalEvidence(days: "2,5") == .only(.comma))
    #expect(DecimalEvidence(days: "2.125") == .only(.point))
    #expect(DecimalEvidence(days: "5") == .none)
    #expect(try DecimalConvention.comma.days(parsing: "2,5") == Days(tenThousandths: 25_000))
  }

  @Test("each convention reads through Money(parsing:); errors quote the text as written")
  func parsing() throws {
    #expect(try DecimalConvention.comma.money(parsing: "£20.000") == Money(pence: 2_000_000))
    #expect(try DecimalConvention.point.money(parsing: "£20.000") == Money(pence: 2000))
    #expect(throws: MoneyParseError(.badGrouping, text: "£5.50")) {
      try DecimalConvention.comma.money(parsing: "£5.50")
    }
    #expect(throws: MoneyParseError(.ambiguousDecimal, text: "£20.000")) {
      try DecimalReading.unsettled.money(parsing: "£20.000")
    }
    #expect(try DecimalReading.unsettled.money(parsing: "£20") == Money(pence: 2000))
  }

  @Test("a ',' file's default: a decimal point, but £20.000 is refused, never read as £20")
  func pointByDefault() throws {
    let reading = DecimalReading.pointByDefault
    for text in ["£20.000", "20.000", "1.500", "£0.500"] {
      #expect(throws: MoneyParseError(.ambiguousDecimal, text: text)) {
        try reading.money(parsing: text)
      }
    }
    let read: [(String, Int64)] = [
      ("£1,500", 150_000), ("1,500", 150_000), ("20.00", 2000), ("£20.5", 2050),
      ("£1,886,716", 188_671_600), ("1,500.000", 150_000), ("20", 2000),
    ]
    for (text, pence) in read { #expect(try reading.money(parsing: text) == Money(pence: pence)) }
    // Only a given convention reads it.
    #expect(try DecimalReading.point.money(parsing: "£20.000") == Money(pence: 2000))
    #expect(try reading.days(parsing: "2.125") == (try DecimalConvention.point.days(parsing: "2.125")))
  }

  @Test("a file's amounts: agreement settles, disagreement is a conflict at the minority")
  func tally() {
    var tally = DecimalConventionTally<Int>()
    tally.record(amount: "£20.000", at: 1)
    guard case .unsettled(ambiguous: true) = tally.decision else {
      Issue.record("expected unsettled")
      return
    }
    tally.record(amount: " £1.886.716 ", at: 2)
    #expect(tally.decision.reading == .convention(.comma))
    tally.record(amount: "5.50", at: 3)
    tally.record(amount: "7.25", at: 4)
    guard case .conflict(let conflict) = tally.decision else {
      Issue.record("expected a conflict")
      return
    }
    #expect(conflict.majority == .point && conflict.minorityFirst.place == 2)
    #expect(conflict.minorityFirst.text == "£1.886.716")
    #expect(
      conflict.message { "line \($0)" }.hasPrefix("\"£1.886.716\" has a decimal comma, but more"))
  }
}
