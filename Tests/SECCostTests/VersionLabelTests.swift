import SECCost
import Testing

@Suite("Version labels compare as versions")
struct VersionLabelTests {
  @Test(
    "v0.4, V0.4, ' 0.4' and 0.4 are 0.4; a v without a digit after it stays",
    arguments: [
      ("v0.4", "0.4"), ("V0.4", "0.4"), (" 0.4", "0.4"), ("0.4", "0.4"), (" v1.10 ", "1.10"),
      ("", ""), ("v", "v"), ("vx", "vx"), ("draft", "draft"), ("v1 ✓", "1 ✓"),
      // The RID's cover page prints "Version 0.4": kept as written it would sort after 0.5.
      ("version 2", "2"), ("Version 0.4", "0.4"), ("VERSION0.4", "0.4"), ("v 0.4", "0.4"),
      ("V. 0.4", "0.4"), ("ver0.4", "0.4"), ("Ver. 1.10", "1.10"), ("v\t0.4", "0.4"),
      ("version", "version"), ("versions 2", "versions 2"), ("vera 1", "vera 1"),
      ("version .4", "version .4"), ("v v1", "v v1"), ("v.4", "v.4"), ("v.", "v."),
    ])
  func canonical(text: String, expected: String) {
    #expect(VersionLabel.canonical(text) == expected)
    #expect(VersionLabel.isCanonical(utf8: expected.utf8))
    let trimmed = text.trimmingCharacters(in: " ")
    #expect(VersionLabel.isCanonical(utf8: trimmed.utf8) == (trimmed == expected))
  }
}

extension String {
  /// The text without leading and trailing `character`s.
  fileprivate func trimmingCharacters(in character: Character) -> String {
    String(drop { $0 == character }.reversed().drop { $0 == character }.reversed())
  }
}
