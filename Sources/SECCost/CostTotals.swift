/// Combines ledger lines into totals as they stream past, holding one summary per group.
///
/// When a release appears in several document versions, only its latest version is counted
/// (versions compare in natural order, `0.10` after `0.4`); lines with no version are always
/// counted. This keeps an estimate and the firm figure that replaced it from being added twice.
public struct CostTotals: Sendable {
  /// What the report groups by.
  public let dimension: TotalsDimension
  /// Only lines of this release are counted, when set (compared ignoring case).
  public let release: String?

  private struct Bucket: Hashable {
    var release: String
    var version: String
    var group: String
    var party: Party
  }

  private var buckets: [Bucket: CostSummary] = [:]

  /// Starts empty totals grouped by `dimension`, optionally for one release.
  public init(by dimension: TotalsDimension, release: String? = nil) {
    self.dimension = dimension
    self.release = release
  }

  /// Adds one line (skipped if it belongs to another release than the one asked for).
  ///
  /// - Throws: ``MoneyError/overflow`` if a sum leaves the representable range.
  public mutating func add(_ line: LedgerLine) throws(MoneyError) {
    if let release, line.release.lowercased() != release.lowercased() { return }
    let bucket = Bucket(
      release: line.release, version: line.version, group: dimension.key(of: line),
      party: line.party)
    try buckets[bucket, default: CostSummary()].add(line.figure)
  }

  /// The totals so far: per group, per party, and overall.
  public func report() throws(MoneyError) -> TotalsReport {
    var latest: [String: String] = [:]
    for bucket in buckets.keys where !bucket.version.isEmpty {
      if let current = latest[bucket.release], !NaturalOrder.precedes(current, bucket.version) {
        continue
      }
      latest[bucket.release] = bucket.version
    }
    var groups: [String: CostSummary] = [:]
    var parties: [Party: CostSummary] = [:]
    var total = CostSummary()
    // In a fixed order, not the dictionary's (which differs from run to run), so that a sum near
    // the limits of Money overflows, or not, the same way every time.
    let ordered = buckets.sorted {
      ($0.key.release, $0.key.version, $0.key.group, $0.key.party.id)
        < ($1.key.release, $1.key.version, $1.key.group, $1.key.party.id)
    }
    for (bucket, summary) in ordered
    where bucket.version.isEmpty || latest[bucket.release] == bucket.version {
      try groups[bucket.group, default: CostSummary()].add(summary)
      try parties[bucket.party, default: CostSummary()].add(summary)
      try total.add(summary)
    }
    let orderedGroups = groups.keys.sorted(by: dimension.precedes).map {
      TotalsReport.Group(
        key: $0, label: dimension.label(of: $0), summary: groups[$0] ?? CostSummary())
    }
    let orderedParties = Party.allCases.compactMap { party in
      parties[party].map { TotalsReport.Group(key: party.id, label: party.id, summary: $0) }
    }
    let releases = Set(buckets.keys.map(\.release)).sorted(by: ReleaseOrder.precedes).map {
      TotalsReport.CountedRelease(release: $0, version: latest[$0])
    }
    return TotalsReport(
      dimension: dimension, groups: orderedGroups, parties: orderedParties, total: total,
      releases: releases)
  }
}

/// The result of ``CostTotals``: a summary per group, per party, and for everything counted.
public struct TotalsReport: Hashable, Sendable {
  /// One group of the report.
  public struct Group: Hashable, Sendable {
    /// The canonical key (`design-build-pit`, `DCC`, `MP078`, `November 2022`, `estimate`).
    public let key: String
    /// The label for people (`Design, Build & PIT`).
    public let label: String
    /// The combined figures.
    public let summary: CostSummary
  }

  /// What the groups are.
  public let dimension: TotalsDimension
  /// The groups, in report order.
  public let groups: [Group]
  /// DCC and SECAS apart.
  public let parties: [Group]
  /// Everything counted, DCC and SECAS together.
  public let total: CostSummary
  /// The releases counted, in date order, each with the document version counted (if any).
  public let releases: [CountedRelease]

  /// A release in the report and the version of it that was counted.
  public struct CountedRelease: Hashable, Sendable {
    /// The release name.
    public let release: String
    /// The latest version, counted; `nil` if its lines have no version.
    public let version: String?
  }
}
