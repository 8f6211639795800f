import SECCost
import Testing

@Suite("Version labels compare as versions")
struct VersionLabelTests {
  @Test(
    "v0.4, V0.4, ' 0.4' and 0.4 are 0.4; a v without a digit after it stays",
    arguments: [
      ("v0.4", "0.4"), ("V0.4", "0.4"), (" 0.4", "0.4"), ("0.4", "0.4"), (" v1.10 ", "1.10"),
      ("", ""), ("v", "v"), ("vx", "vx"), ("version 2", "version 2"), ("draft", "draft"),
      ("v1 ✓", "1 ✓"),
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
