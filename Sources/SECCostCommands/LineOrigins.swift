import SECCost

/// Where each modification of each release, and each release, first appears in the ledgers, so
/// that a finding about their lines (``ScopeFinding``) can be located `FILE:LINE`.
struct LineOrigins {
  private var first: [String: (file: String, line: Int)] = [:]
  private var firstOfRelease: [String: (file: String, line: Int)] = [:]

  /// Notes `line`, read from `file` at `number`, if its modification has no origin yet.
  mutating func note(_ line: LedgerLine, file: String, line number: Int) {
    let key = Self.key(line.release, line.modification)
    if first[key] == nil { first[key] = (file, number) }
    if firstOfRelease[line.release] == nil { firstOfRelease[line.release] = (file, number) }
  }

  /// The first line of `modification` in `release` (of the release, for an empty
  /// `modification`), if any.
  func origin(release: String, modification: String) -> (file: String, line: Int)? {
    modification.isEmpty ? firstOfRelease[release] : first[Self.key(release, modification)]
  }

  private static func key(_ release: String, _ modification: String) -> String {
    release + "\u{0}" + modification
  }
}
