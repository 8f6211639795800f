/// The one rule for what a ledger's figures say: for each key (release, party, modification,
/// phase) the line of the latest document version that has that key counts, and a key absent
/// from later versions carries forward from the version that last had it.
///
/// Every command that totals, reports, simulates or compares lines counts them through this
/// type, so that "v0.5 updates MP141 only" is read the same way everywhere. Actual spend is not
/// a figure a later version revises: every actual line counts.
///
/// Lines stream in with ``add(_:)``; ``counted()`` gives the result. Memory holds the lines
/// read (a later version's line may come after every other line, so none can be let go early).
public struct CountedLedger: Sendable {
  /// Only lines of this version are counted, when set: the lines of one document as printed.
  public let onlyVersion: String?
  /// Only lines of this release are counted, when set: the release as ``ReleaseName/key(_:)``
  /// names it (`november 2022` is `November 2022`), compared as keys are.
  public let release: String?

  private var lines: [LedgerLine] = []
  /// The lines of each release and version.
  private var editions = EditionTally()

  /// Starts an empty count, optionally of one release and of one document version, with room
  /// for `expectedLines` lines (a guess: more are still taken).
  public init(release: String? = nil, onlyVersion: String? = nil, expectedLines: Int = 0) {
    self.release = release.map(ReleaseName.key)
    self.onlyVersion = onlyVersion
    lines.reserveCapacity(expectedLines)
  }

  /// Adds one line. Which lines count is settled by ``counted()``, once every line is in.
  public mutating func add(_ line: LedgerLine) {
    if let release, line.release != release { return }
    if let onlyVersion, line.version != onlyVersion { return }
    editions.count(line)
    lines.append(line)
  }

  /// Adds every line of `more`.
  public mutating func add(contentsOf more: some Sequence<LedgerLine>) {
    for line in more { add(line) }
  }

  /// What was counted: for each key the lines of the latest version that has it (two lines of
  /// one key and one version are a duplicate the reader refuses; given here, both count), and
  /// every actual line; with the versions they came from, what is missing and which figures a
  /// combined Preliminary Assessment covers.
  ///
  /// Only releases with more than one version need the key-by-key look: the lines of a release
  /// in one version are counted as they are, without hashing a key.
  public func counted() -> CountedFigures {
    let revised = editions.revisedReleases
    guard !revised.isEmpty else {
      return CountedFigures(lines: lines, releases: editions.releases)
    }
    var latest: [FigureKey: String] = [:]
    for line in lines where line.figure.basis != .actual && revised.contains(line.release) {
      let key = FigureKey(line)
      if VersionOrder.supersedes(line.version, latest[key]) { latest[key] = line.version }
    }
    let counted = lines.filter { line in
      line.figure.basis == .actual || !revised.contains(line.release)
        || latest[FigureKey(line)] == line.version
    }
    // Every version seen is listed, one whose lines were all superseded with 0 lines.
    var tally = EditionTally()
    for edition in editions.editions {
      tally.count(release: edition.release, version: edition.version, lines: 0)
    }
    for line in counted { tally.count(line) }
    return CountedFigures(lines: counted, releases: tally.releases)
  }
}
