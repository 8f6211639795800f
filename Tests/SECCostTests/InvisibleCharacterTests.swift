import Testing

@testable import SECCost

/// Invisible characters would make two keys that print the same: refused, located and named,
/// in every cell that makes a key or names a label; kept in titles and notes.
@Suite("Invisible characters in keys are refused")
struct InvisibleCharacterTests {
  @Test(
    "format characters, blank fillers and control characters are invisible",
    arguments: [
      0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xFEFF,
      0x00AD, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x061C,
      0x180E, 0xE0001, 0x034F, 0x3164, 0x115F, 0x1160, 0xFFA0, 0x00, 0x07, 0x1B, 0x7F, 0x85,
    ] as [UInt32])
  func invisible(value: UInt32) {
    #expect(InvisibleCharacter.isInvisible(Unicode.Scalar(value)!))
    #expect(InvisibleCharacter.first(in: "MP0" + String(Unicode.Scalar(value)!) + "78") != nil)
  }

  @Test(
    "letters, digits, spaces, tabs, line ends and visible symbols are not",
    arguments: [0x41, 0x30, 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x2009, 0xA3, 0xE9, 0x2013, 0x2713]
      as [UInt32])
  func visible(value: UInt32) {
    #expect(!InvisibleCharacter.isInvisible(Unicode.Scalar(value)!))
  }

  @Test("the character is named by code point and Unicode name")
  func names() {
    #expect(InvisibleCharacter.describe("\u{200B}") == "U+200B (zero width space)")
    #expect(InvisibleCharacter.describe("\u{FEFF}") == "U+FEFF (byte order mark)")
    #expect(InvisibleCharacter.describe("\u{AD}") == "U+00AD (soft hyphen)")
    #expect(InvisibleCharacter.describe("\u{7}") == "U+0007 (control character)")
  }

  private func issues(_ column: LedgerColumn, _ text: String) -> [String] {
    var row = LedgerRow([
      .release: "November 2022", .version: "0.4", .party: "DCC", .modification: "MP078",
      .phase: "sit", .basis: "firm", .low: "1",
    ])
    row[column] = text
    guard case .failure(let error) = row.validated() else { return [] }
    return error.issues.map(\.description)
  }

  @Test(
    "in a key or label cell: an error on its column, naming the character",
    arguments: [
      (LedgerColumn.release, "\u{FEFF}November 2022", "U+FEFF (byte order mark)"),
      (.release, "Novem\u{AD}ber 2022", "U+00AD (soft hyphen)"),
      (.release, "Release\u{200D} X", "U+200D (zero width joiner)"),
      (.version, "0.\u{200C}4", "U+200C (zero width non-joiner)"),
      (.modification, "MP\u{200B}078", "U+200B (zero width space)"),
      (.modification, "X\u{2060}1", "U+2060 (word joiner)"),
      (.party, "\u{202E}DCC", "U+202E (right-to-left override)"),
      (.phase, "s\u{2066}it", "U+2066 (left-to-right isolate)"),
      (.basis, "firm\u{200E}", "U+200E (left-to-right mark)"),
    ])
  func refused(column: LedgerColumn, text: String, described: String) {
    #expect(
      issues(column, text) == [
        "\(column.name): \"\(text)\" contains an invisible character \(described); retype it"
      ])
  }

  @Test("titles and notes keep them")
  func freeText() throws {
    let line = try LedgerRow([
      .release: "November 2022", .party: "DCC", .modification: "MP078", .phase: "sit",
      .basis: "firm", .low: "1", .title: "Zero\u{200B}width", .note: "a\u{AD}b",
    ]).validated().get()
    #expect(line.title == "Zero\u{200B}width")
    #expect(line.note == "a\u{AD}b")
  }

  @Test("a no-break space or thin space in a key or label is read as a space")
  func otherSpaces() throws {
    let line = try LedgerRow([
      .release: "November\u{A0}2022\u{A0}", .version: "\u{2009}0.4", .party: "DCC\u{A0}",
      .modification: "MP\u{A0}078", .phase: "Implement\u{A0}to live", .basis: "firm", .low: "1",
    ]).validated().get()
    #expect(line.release == "November 2022")
    #expect(line.version == "0.4")
    #expect(line.modification == "MP078")
    #expect(line.phase == .implementToLive)
  }

  @Test("in the scope register: release, modification and labels refused, located")
  func scopeRegister() {
    let base: [ScopeColumn: String] = [
      .release: "November 2022", .modification: "MP140", .status: "approved",
      .asOf: "2021-11-23",
    ]
    func issues(_ column: ScopeColumn, _ text: String) -> [String] {
      let row = ScopeRow(base.merging([column: text]) { $1 })
      guard case .failure(let error) = row.validated() else { return [] }
      return error.issues.map(\.description)
    }
    #expect(
      issues(.release, "\u{FEFF}November 2022") == [
        "release: \"\u{FEFF}November 2022\" contains an invisible character U+FEFF (byte order "
          + "mark); retype it"
      ])
    #expect(
      issues(.modification, "MP\u{200B}140") == [
        "modification: \"MP\u{200B}140\" contains an invisible character U+200B (zero width "
          + "space); retype it"
      ])
    #expect(issues(.status, "appro\u{AD}ved").count == 1)
    #expect(issues(.kind, "modification\u{200B}").count == 1)
    #expect(issues(.impactsDCCSystems, "y\u{200B}").count == 1)
    #expect(issues(.title, "CH\u{200B}Stock").isEmpty)
    #expect(issues(.release, "November\u{A0}2022").isEmpty)
  }
}
