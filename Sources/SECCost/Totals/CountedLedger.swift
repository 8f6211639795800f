/// The one rule for what a ledger's figures say: for each key (release, party, modification,
/// phase) the line of the latest document version that has that key counts, and a key absent
/// from later versions carries forward from the version that last had it.
///
/// Every command that totals, reports, simulates or compares lines counts them through this
/// type, so that "v0.5 updates MP141 only" is read the same way everywhere. Actual spend is not
/// a figure a later version revises: every actual line counts.
///
/// Lines stream in with ``add(_:)``; ``counted()`` gives the result. Memory holds the lines
/// read (a later version's line may come after every other line, so none can be let go early),
/// unless the count is made without them (see ``CostTotals``, which sums as lines stream past
/// and reads again only the lines of releases given in several versions).
public struct CountedLedger: Sendable {
  /// Only lines of this version are counted, when set: the lines of one document as printed.
  public let onlyVersion: String?
  /// Only lines of this release are counted, when set: the release as ``ReleaseName/key(_:)``
  /// names it (`november 2022` is `November 2022`), compared as keys are.
  public let release: String?

  private var lines: [LedgerLine] = []
  /// The lines of each release and version.
  private var editions = EditionTally()
  /// The DCC phases each modification gives, and the combined figures.
  private var provided = ProvidedPhases()
  /// Only lines of these releases (as read) are counted, when set.
  private let releases: Set<String>?
  /// Whether the lines are kept (else ``counted()`` gives none: only what follows from them).
  private let keepsLines: Bool

  /// Starts an empty count, optionally of one release and of one document version, with room
  /// for `expectedLines` lines (a guess: more are still taken).
  public init(release: String? = nil, onlyVersion: String? = nil, expectedLines: Int = 0) {
    self.init(release: release, onlyVersion: onlyVersion, expectedLines: expectedLines, releases: nil)
  }

  /// Starts an empty count that keeps the lines (or, with `keepingLines` false, only counts
  /// them), optionally only of the releases named in `releases` (exactly as read).
  package init(
    release: String? = nil, onlyVersion: String? = nil, expectedLines: Int = 0,
    releases: Set<String>?, keepingLines: Bool = true
  ) {
    self.release = release.map(ReleaseName.key)
    self.onlyVersion = onlyVersion
    self.releases = releases
    keepsLines = keepingLines
    if keepingLines { lines.reserveCapacity(expectedLines) }
  }

  /// Adds one line. Which lines count is settled by ``counted()``, once every line is in.
  public mutating func add(_ line: LedgerLine) {
    _ = edition(adding: line)
  }

  /// Adds `line` and returns the number of its edition (release and version, numbered as they
  /// are first seen), or `nil` if the count is not of its release or version.
  package mutating func edition(adding line: LedgerLine) -> Int? {
    if let release, line.release != release { return nil }
    if let onlyVersion, line.version != onlyVersion { return nil }
    if let releases, !releases.contains(line.release) { return nil }
    let edition = editions.count(line)
    provided.note(line, edition: edition)
    if keepsLines { lines.append(line) }
    return edition
  }

  /// The releases given in more than one version: counted key by key.
  package var revisedReleases: Set<String> { editions.revisedReleases }

  /// The release of each edition, by edition number.
  package var editionReleases: [String] { editions.editions.map(\.release) }

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
    let missing = provided.missing(releaseOf: editionReleases, revised: revised)
    guard keepsLines, !revised.isEmpty else {
      return CountedFigures(
        lines: lines, releases: editions.releases, missing: missing, combined: provided.combined)
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
    return CountedFigures(
      lines: counted, releases: tally.releases, missing: missing, combined: provided.combined)
  }
}
