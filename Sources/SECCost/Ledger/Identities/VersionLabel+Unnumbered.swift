extension VersionLabel {
  /// Whether `version` is numbered, as a RID's versions are (`0.4`, `1.0`, `0.4a`): it starts
  /// with a digit. A version in words (`Draft`, `final`) is not, and neither is no version.
  public static func isNumbered(_ version: String) -> Bool {
    guard let first = version.utf8.first else { return false }
    return first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")
  }

  /// Each version of one release that is not numbered but counts as later than a numbered one,
  /// with the latest numbered version it counts as later than: its figures replace that
  /// version's, key by key, though nothing in its name says it is later (`Draft` after `0.5`).
  /// `inOrder` is the release's versions in ``VersionOrder``.
  public static func unnumberedAfterNumbered(inOrder: [String]) -> [(
    version: String, after: String
  )] {
    var latestNumbered: String?
    var found: [(version: String, after: String)] = []
    for version in inOrder {
      if isNumbered(version) {
        latestNumbered = version
      } else if !version.isEmpty, let latestNumbered {
        found.append((version, latestNumbered))
      }
    }
    return found
  }
}
