import PropertyBased
import Testing

@testable import SECCostCSV

@Suite("Formula injection guards")
struct SpreadsheetTextTests {
  @Test(
    "cells a spreadsheet would run are written as text",
    arguments: [
      ("=SUM(A1)", "'=SUM(A1)"), ("+44 20", "'+44 20"), ("-minus", "'-minus"), ("@cmd", "'@cmd"),
      ("\tindent", "'\tindent"), ("\rreturn", "'\rreturn"), ("'=already", "''=already"),
      ("plain", "plain"), ("'quoted", "'quoted"), ("", ""), ("a=b", "a=b"),
    ])
  func guards(text: String, written: String) {
    #expect(SpreadsheetText.guarded(text) == written)
    #expect(SpreadsheetText.unguarded(written) == text)
  }

  @Test("law: unguarded(guarded(t)) = t for any text")
  func law() async {
    let alphabet: [Character] = ["'", "=", "+", "-", "@", "\t", "\r", "a", " ", "1"]
    let text = Gen<Character?>.element(of: alphabet).compactMap { $0 }.array(of: 0...6).map {
      String($0)
    }
    await propertyCheck(count: 500, input: text) { text in
      #expect(SpreadsheetText.unguarded(SpreadsheetText.guarded(text)) == text)
      #expect(
        !SpreadsheetText.needsGuard(Substring(SpreadsheetText.guarded(text)).utf8.dropFirst(0))
          || SpreadsheetText.guarded(text).hasPrefix("'"))
    }
  }

  @Test("text that looks like a number is quoted, so spreadsheets keep it as text")
  func numericLookingText() {
    var writer = CSVWriter()
    writer.writeRow([.text("0.10"), .text("MP078"), .number("1335568.00"), .text("2022-11-03")])
    #expect(
      String(decoding: writer.bytes, as: UTF8.self) == "\"0.10\",MP078,1335568.00,\"2022-11-03\"\n")
  }
}
