/// Combines ledger lines into totals, grouped by one dimension.
///
/// Lines are counted by ``CountedLedger``'s rule (each key's latest version; every actual line).
/// Phases not provided are counted like TBCs, and where a release has the DCC's combined
/// Preliminary Assessment for a phase, that figure replaces the standalone figures it covers;
/// their sum is kept beside it as ``TotalsReport/Group/standalone``. Grouped by modification,
/// the standalone figures stay in their modifications' groups (and the combined figure is a
/// group of its own), while the total still counts the combined figure in their place.
///
/// **Without keeping the lines.** Made with `keepingLines: false` (and not grouped by
/// modification), totals sum the lines as they stream past, in memory that does not grow with
/// them. A release given in more than one version is then counted key by key from its lines
/// read a second time: after the first reading, ``releasesToReadAgain`` names those releases,
/// and every line is given again with ``addAgain(_:)`` (lines of other releases are skipped).
public struct CostTotals: Sendable {
  /// What the report groups by.
  public let dimension: TotalsDimension
  /// Only lines of this release are counted, when set: the release as ``ReleaseName/key(_:)``
  /// names it, compared as keys are.
  public var release: String? { ledger.release }
  /// Only lines of this document version are counted, when set.
  public var onlyVersion: String? { ledger.onlyVersion }

  private var ledger: CountedLedger
  /// The lines summed as they stream past, when ``ledger`` does not keep them.
  private var sums: EditionSums?
  /// The lines of the releases in several versions, read a second time.
  private var again: CountedLedger?

  /// Starts empty totals grouped by `dimension`, optionally for one release and one version,
  /// with room for `expectedLines` lines; with `keepingLines` false (and a dimension other than
  /// modification), in memory that does not grow with the lines (see ``releasesToReadAgain``).
  public init(
    by dimension: TotalsDimension, release: String? = nil, onlyVersion: String? = nil,
    expectedLines: Int = 0, keepingLines: Bool = true
  ) {
    self.dimension = dimension
    sums = keepingLines ? nil : EditionSums(by: dimension)
    ledger = CountedLedger(
      release: release, onlyVersion: onlyVersion, expectedLines: sums == nil ? expectedLines : 0,
      releases: nil, keepingLines: sums == nil)
  }

  /// Adds one line (skipped if it belongs to another release or version than the one asked for).
  public mutating func add(_ line: LedgerLine) {
    guard let edition = ledger.edition(adding: line), sums != nil else { return }
    sums?.add(line, edition: edition)
  }

  /// The releases whose lines must be given again with ``addAgain(_:)`` before ``report()``:
  /// those given in more than one version, when the lines are not kept. Empty otherwise.
  public var releasesToReadAgain: Set<String> {
    sums == nil ? [] : ledger.revisedReleases
  }

  /// Gives a line again, in a second reading of the same ledgers (see ``releasesToReadAgain``).
  public mutating func addAgain(_ line: LedgerLine) {
    if again == nil {
      again = CountedLedger(
        release: ledger.release, onlyVersion: ledger.onlyVersion, releases: releasesToReadAgain)
    }
    again?.add(line)
  }

  /// The totals: per group, per party, and overall.
  ///
  /// - Throws: ``MoneyError/overflow`` if a sum leaves the representable range;
  ///   ``LinesNotReadAgain`` if the lines of ``releasesToReadAgain`` were not given again.
  public func report() throws -> TotalsReport {
    let counted = ledger.counted()
    guard let sums else { return try TotalsReport(dimension: dimension, counted: counted) }
    let revised = ledger.revisedReleases
    if !revised.isEmpty && again == nil {
      throw LinesNotReadAgain(releases: revised.sorted(by: ReleaseOrder.precedes))
    }
    var figures = try sums.sums(releaseOf: ledger.editionReleases, skipping: revised)
    var releases = counted.releases
    if let again {
      let recounted = again.counted()
      for line in recounted.lines { try figures.add(line, by: dimension) }
      let versions = Dictionary(uniqueKeysWithValues: recounted.releases.map { ($0.release, $0) })
      releases = releases.map { versions[$0.release] ?? $0 }
    }
    return try TotalsReport(
      dimension: dimension, sums: figures, releases: releases, missing: counted.missing,
      combined: counted)
  }
}
