import SECCost
import Testing

@Suite("A version in words after a numbered one, which it supersedes")
struct VersionLabelUnnumberedTests {
  @Test(
    "numbered versions start with a digit",
    arguments: [
      ("0.4", true), ("1.0", true), ("0.4a", true), ("10", true), ("Draft", false),
      ("final", false), ("", false), ("v0.4", false), (".4", false),
    ] as [(String, Bool)])
  func isNumbered(version: String, expected: Bool) {
    #expect(VersionLabel.isNumbered(version) == expected)
  }

  @Test("each unnumbered version after a numbered one, with the latest numbered before it")
  func unnumberedAfterNumbered() {
    func doubts(_ versions: [String]) -> [String] {
      VersionLabel.unnumberedAfterNumbered(inOrder: versions.sorted(by: VersionOrder.precedes))
        .map { "\($0.version) after \($0.after)" }
    }
    #expect(doubts(["0.5", "Draft"]) == ["Draft after 0.5"])
    #expect(doubts(["0.4", "final", "0.5", "Draft"]) == ["Draft after 0.5", "final after 0.5"])
    // Only words: nothing numbered is superseded. No version is before every versioned one.
    #expect(doubts(["Draft", "final"]).isEmpty)
    #expect(doubts(["", "0.4"]).isEmpty)
    #expect(doubts(["0.1", "0.4a", "1.0"]).isEmpty)
  }
}
