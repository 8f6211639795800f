import SECCost

/// Where each modification of each release, and each release, first appears in the ledgers, so
/// that a finding about their lines (``ScopeFinding``) can be located `FILE:LINE`.
struct LineOrigins {
  private var first: [Place: LineOrigin] = [:]
  private var firstOfRelease: [String: LineOrigin] = [:]

  /// Notes `line`, read from `file` at `number`, if its modification has no origin yet.
  mutating func note(_ line: LedgerLine, file: String, line number: Int) {
    note(line, origin: LineOrigin(file: file, line: number))
  }

  /// Notes `line`, read at `origin`, if its modification has no origin yet.
  mutating func note(_ line: LedgerLine, origin: LineOrigin) {
    let key = Place(release: line.release, modification: line.modification)
    if first[key] == nil { first[key] = origin }
    if firstOfRelease[line.release] == nil { firstOfRelease[line.release] = origin }
  }

  /// The first line of `modification` in `release` (of the release, for an empty
  /// `modification`), if any.
  func origin(release: String, modification: String) -> LineOrigin? {
    modification.isEmpty ? firstOfRelease[release] : first[Place(release: release, modification: modification)]
  }

  /// A modification in a release (two texts, hashed without joining them).
  private struct Place: Hashable {
    var release: String
    var modification: String
  }
}
