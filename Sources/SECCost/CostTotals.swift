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

  /// A release in one document version.
  private struct Edition: Hashable {
    var release: String
    var version: String
  }

  /// The buckets and their summaries, in the order first seen.
  private var bucketKeys: [Bucket] = []
  private var summaries: [CostSummary] = []
  /// Buckets by key, for grouping by modification (a group is then any text).
  private var bucketIndex: [Bucket: Int] = [:]
  /// Each edition seen, and whether the release filter lets it be counted.
  private var editions: [(edition: Edition, counted: Bool)] = []
  private var editionIndex: [Edition: Int] = [:]
  /// The bucket of each edition and slot (see ``slot(of:)``), or -1.
  private var slots: [Int32] = []
  /// The edition a caller's hint stood for last time, or -1.
  private var hints: [Int32] = []
  /// The release filter, lower-cased once.
  private let releaseKey: String?

  private static let slotsPerEdition = 16
  private static let hintLimit = 1 << 20

  /// Starts empty totals grouped by `dimension`, optionally for one release.
  public init(by dimension: TotalsDimension, release: String? = nil) {
    self.dimension = dimension
    self.release = release
    self.releaseKey = release?.lowercased()
  }

  /// Adds one line (skipped if it belongs to another release than the one asked for).
  ///
  /// - Throws: ``MoneyError/overflow`` if a sum leaves the representable range.
  public mutating func add(_ line: LedgerLine) throws(MoneyError) {
    try add(line, edition: edition(of: line))
  }

  /// Adds one line, as ``add(_:)``, with a hint from the reader: a small number that stood for
  /// the line's release and version when the reader last gave it (a negative hint is no hint).
  /// A hint saves hashing the release and version; a wrong one costs only the lookup it saves.
  package mutating func add(_ line: LedgerLine, releaseVersionHint hint: Int) throws(MoneyError) {
    if hint >= 0 && hint < hints.count {
      let known = Int(hints[hint])
      if known >= 0 && editions[known].edition.release == line.release
        && editions[known].edition.version == line.version
      {
        return try add(line, edition: known)
      }
    }
    let found = edition(of: line)
    if hint >= 0 && hint < Self.hintLimit {
      if hint >= hints.count { hints += repeatElement(-1, count: hint + 1 - hints.count) }
      hints[hint] = Int32(found)
    }
    try add(line, edition: found)
  }

  /// The number of the line's edition, registering it if new.
  private mutating func edition(of line: LedgerLine) -> Int {
    let edition = Edition(release: line.release, version: line.version)
    if let known = editionIndex[edition] { return known }
    let number = editions.count
    editions.append((edition, releaseKey.map { line.release.lowercased() == $0 } ?? true))
    editionIndex[edition] = number
    slots += repeatElement(-1, count: Self.slotsPerEdition)
    return number
  }

  private mutating func add(_ line: LedgerLine, edition: Int) throws(MoneyError) {
    guard editions[edition].counted else { return }
    let bucket: Int
    if let slot = slot(of: line) {
      let position = edition * Self.slotsPerEdition + slot
      if slots[position] >= 0 {
        bucket = Int(slots[position])
      } else {
        bucket = newBucket(for: line)
        slots[position] = Int32(bucket)
      }
    } else {
      let key = Bucket(
        release: line.release, version: line.version, group: dimension.key(of: line),
        party: line.party)
      if let known = bucketIndex[key] {
        bucket = known
      } else {
        bucket = newBucket(for: line)
        bucketIndex[key] = bucket
      }
    }
    try summaries[bucket].add(line.figure)
  }

  private mutating func newBucket(for line: LedgerLine) -> Int {
    bucketKeys.append(
      Bucket(
        release: line.release, version: line.version, group: dimension.key(of: line),
        party: line.party))
    summaries.append(CostSummary())
    return summaries.count - 1
  }

  /// Where a line's bucket is among its edition's, when the group is one of a few: the phase,
  /// party or basis (each with the party), or the party alone when grouping by release; `nil`
  /// when grouping by modification.
  private func slot(of line: LedgerLine) -> Int? {
    let party = line.party == .dcc ? 0 : 1
    switch dimension {
    case .phase: return line.phase.ordinal * 2 + party
    case .party, .release: return party
    case .basis: return line.figure.basis.ordinal * 2 + party
    case .modification: return nil
    }
  }

  /// The totals so far: per group, per party, and overall.
  public func report() throws(MoneyError) -> TotalsReport {
    var latest: [String: String] = [:]
    for bucket in bucketKeys where !bucket.version.isEmpty {
      if let current = latest[bucket.release], !NaturalOrder.precedes(current, bucket.version) {
        continue
      }
      latest[bucket.release] = bucket.version
    }
    var groups: [String: CostSummary] = [:]
    var parties: [Party: CostSummary] = [:]
    var total = CostSummary()
    // In a fixed order, not the order buckets were first seen (which depends on the input's
    // order), so that a sum near the limits of Money overflows, or not, the same way every time.
    let ordered = zip(bucketKeys, summaries).sorted {
      ($0.0.release, $0.0.version, $0.0.group, $0.0.party.id)
        < ($1.0.release, $1.0.version, $1.0.group, $1.0.party.id)
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
    let releases = Set(bucketKeys.map(\.release)).sorted(by: ReleaseOrder.precedes).map {
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
