@testable import SECCost
import Testing

@Suite("Release names are Month YYYY")
struct ReleaseNameTests {
  @Test(
    "the committed releases are valid and canonical",
    arguments: [
      "February 2021", "February 2022", "June 2020", "June 2021", "June 2022", "November 2020",
      "November 2021", "November 2022", "May 2023", "September 2024",
    ])
  func committed(name: String) {
    #expect(ReleaseName.read(name) == .valid(name))
    #expect(ReleaseName.isCanonical(utf8: name.utf8))
  }

  @Test(
    "a year below 1000 keeps its four digits: what the fast path keeps is what the general path writes (found by fuzzing)",
    arguments: ["February 0336", "June 0001", "May 0999"])
  func fourDigitYears(name: String) {
    #expect(ReleaseName.read(name) == .valid(name))
    #expect(ReleaseName.isCanonical(utf8: name.utf8))
  }

  @Test(
    "the month in any case, and extra spaces, are written canonically",
    arguments: [
      ("november 2022", "November 2022"), ("NOVEMBER 2022", "November 2022"),
      (" June  2020 ", "June 2020"), ("may 2023", "May 2023"),
    ])
  func rewritten(text: String, canonical: String) {
    #expect(ReleaseName.read(text) == .valid(canonical))
    #expect(!ReleaseName.isCanonical(utf8: text.utf8))
  }

  @Test(
    "a date a spreadsheet made of a release name, and the name it most likely was",
    arguments: [
      ("11/01/22", "November 2022"), ("11/1/2022", "November 2022"),
      ("01/11/2022", "November 2022"), ("1/11/22", "November 2022"),
      ("2022-11-01", "November 2022"), ("2022-11-01 00:00:00", "November 2022"),
      ("2022-11-01T00:00:00", "November 2022"), ("2022/11/01 00:00", "November 2022"),
      ("Nov-22", "November 2022"), ("Nov 22", "November 2022"), ("Nov 2022", "November 2022"),
      ("NOV-2022", "November 2022"), ("November-22", "November 2022"),
      ("November 22", "November 2022"), ("22-Nov", "November 2022"), ("Sept-24", "September 2024"),
      ("01-Nov-22", "November 2022"), ("1 Nov 2022", "November 2022"),
      ("15/11/2022", "November 2022"), ("11/15/2022", "November 2022"),
      ("1/1/2022", "January 2022"), ("44866", "November 2022"), ("1", "January 1900"),
      ("59", "February 1900"), ("60", "February 1900"), ("61", "March 1900"),
      ("43952", "May 2020"), ("2022", "July 1905"), ("100000", "October 2173"),
    ] as [(String, String)])
  func spreadsheetDate(text: String, suggestion: String) {
    #expect(ReleaseName.read(text) == .spreadsheetDate(suggestion: suggestion))
    #expect(!ReleaseName.isCanonical(utf8: text.utf8))
  }

  @Test("a date that does not say which field is the month suggests no name", arguments: [
    "05/07/2022", "12/11/22", "1-Nov",
  ])
  func ambiguous(text: String) {
    #expect(ReleaseName.read(text) == .spreadsheetDate(suggestion: nil))
  }

  @Test(
    "other names are not Month YYYY",
    arguments: [
      "Release X", "X", "0", "100001", "November", "Nov22", "13/13/2022", "2022-13-01",
      "'=guarded", "日本語", "November 2022 v2", "Nov-2", "32/11/2022", "-1",
    ])
  func unrecognised(text: String) {
    #expect(ReleaseName.read(text) == .unrecognised)
    #expect(!ReleaseName.isCanonical(utf8: text.utf8))
  }

  @Test("the messages")
  func messages() {
    #expect(
      ReleaseName.spreadsheetDateMessage("11/01/22", suggestion: "November 2022")
        == "\"11/01/22\" looks like a date a spreadsheet made of a release name (November 2022?);"
        + " release names are \"Month YYYY\"; re-import with the column typed as Text "
        + "(LibreOffice: untick \"Detect special numbers\"; Excel: Data > From Text/CSV, column "
        + "type Text), or export to XLSX")
    #expect(
      ReleaseName.unrecognisedMessage("Release X")
        == "\"Release X\" is not a release name of the form \"Month YYYY\" (November 2022); "
        + "counted as written")
  }

  @Test("the canonical check read on every line agrees with the general reading, byte for byte")
  func canonicalLaw() {
    var pool = ["November 2022", "February 0336", "May 2022", "June 2023", "September 2023"]
    pool += ["NOVEMBER 2022", "november 2022", "November  2022", " May 2022", "May 2022 ", "Sept 2022"]
    pool += ["Nov 2022", "Mayo 2022", "June 202", "June 20222", "June 2O22", "Junf 2022", "", "May"]
    pool += ["Jule 2022", "March 2022", "Marcg 2022", "December 9999", "December\u{A0}2022"]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2_000 {
      // A month name or a mangled one, a space or not, digits or not.
      var bytes = Array(ReleaseName.monthNames.randomElement(using: &generator)!.utf8)
      if Bool.random(using: &generator) { bytes[Int.random(in: 0..<bytes.count, using: &generator)] ^= 0x20 }
      bytes += Array((Bool.random(using: &generator) ? " " : "  ").utf8)
      bytes += (0..<Int.random(in: 3...5, using: &generator)).map { _ in
        UInt8.random(in: 0x2F...0x3A, using: &generator)
      }
      pool.append(String(decoding: bytes, as: UTF8.self))
    }
    for name in pool {
      let general = ReleaseName.monthYear(utf8: Array(name.utf8))?.isCanonical ?? false
      #expect(ReleaseName.isCanonical(utf8: Array(name.utf8)) == general, "\(name)")
      #expect(ReleaseName.isCanonical(utf8: name.utf8) == general, "\(name)")
    }
  }
}
