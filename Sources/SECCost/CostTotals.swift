/// Combines ledger lines into totals, grouped by one dimension.
///
/// Lines are counted by ``CountedLedger``'s rule (each key's latest version; every actual line).
/// Phases not provided are counted like TBCs, and where a release has the DCC's combined
/// Preliminary Assessment for a phase, that figure replaces the standalone figures it covers;
/// their sum is kept beside it as ``TotalsReport/Group/standalone``. Grouped by modification,
/// the standalone figures stay in their modifications' groups (and the combined figure is a
/// group of its own), while the total still counts the combined figure in their place.
public struct CostTotals: Sendable {
  /// What the report groups by.
  public let dimension: TotalsDimension
  /// Only lines of this release are counted, when set (compared ignoring case).
  public var release: String? { ledger.release }
  /// Only lines of this document version are counted, when set.
  public var onlyVersion: String? { ledger.onlyVersion }

  private var ledger: CountedLedger

  /// Starts empty totals grouped by `dimension`, optionally for one release and one version.
  public init(by dimension: TotalsDimension, release: String? = nil, onlyVersion: String? = nil) {
    self.dimension = dimension
    ledger = CountedLedger(release: release, onlyVersion: onlyVersion)
  }

  /// Adds one line (skipped if it belongs to another release or version than the one asked for).
  public mutating func add(_ line: LedgerLine) {
    ledger.add(line)
  }

  /// The totals: per group, per party, and overall.
  ///
  /// - Throws: ``MoneyError/overflow`` if a sum leaves the representable range.
  public func report() throws(MoneyError) -> TotalsReport {
    try TotalsReport(dimension: dimension, counted: ledger.counted())
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
    /// The standalone figures a combined Preliminary Assessment replaces in ``summary``, if any.
    public let standalone: CostSummary?

    /// Creates a group.
    public init(key: String, label: String, summary: CostSummary, standalone: CostSummary? = nil) {
      self.key = key
      self.label = label
      self.summary = summary
      self.standalone = standalone
    }
  }

  /// What the groups are.
  public let dimension: TotalsDimension
  /// The groups, in report order.
  public let groups: [Group]
  /// DCC and SECAS apart.
  public let parties: [Group]
  /// Everything counted, DCC and SECAS together.
  public let total: CostSummary
  /// The standalone figures a combined figure replaces in ``total``, if any.
  public let standalone: CostSummary?
  /// The releases counted, in date order, each with the latest document version counted.
  public let releases: [CountedRelease]
  /// The releases counted with every version their lines came from.
  public let versions: [ReleaseVersions]
  /// The DCC phases not provided.
  public let missing: [MissingFigure]

  /// A release in the report and the version of it that was counted.
  public struct CountedRelease: Hashable, Sendable {
    /// The release name.
    public let release: String
    /// The latest version, counted; `nil` if its lines have no version.
    public let version: String?

    /// Creates a counted release.
    public init(release: String, version: String?) {
      self.release = release
      self.version = version
    }
  }

  /// The report of `counted`, grouped by `dimension`.
  ///
  /// - Throws: ``MoneyError/overflow`` if a sum leaves the representable range.
  public init(dimension: TotalsDimension, counted: CountedFigures) throws(MoneyError) {
    var groups: [String: CostSummary] = [:]
    var standaloneGroups: [String: CostSummary] = [:]
    var parties: [Party: CostSummary] = [:]
    var standaloneParties: [Party: CostSummary] = [:]
    var total = CostSummary()
    var standalone: CostSummary?
    for line in counted.lines {
      let key = dimension.key(of: line)
      if counted.combinedFigure(covering: line) != nil {
        try standaloneGroups[key, default: CostSummary()].add(line.figure)
        try standaloneParties[line.party, default: CostSummary()].add(line.figure)
        var sum = standalone ?? CostSummary()
        try sum.add(line.figure)
        standalone = sum
        // Per modification, the standalone figures stay in their own groups.
        if dimension == .modification { try groups[key, default: CostSummary()].add(line.figure) }
        continue
      }
      try groups[key, default: CostSummary()].add(line.figure)
      try parties[line.party, default: CostSummary()].add(line.figure)
      try total.add(line.figure)
    }
    for gap in counted.missing {
      groups[dimension.key(of: gap), default: CostSummary()].addMissing()
      parties[.dcc, default: CostSummary()].addMissing()
      total.addMissing()
    }
    self.dimension = dimension
    self.groups = groups.keys.sorted(by: dimension.precedes).map {
      Group(
        key: $0, label: dimension.label(of: $0), summary: groups[$0] ?? CostSummary(),
        standalone: dimension == .modification ? nil : standaloneGroups[$0])
    }
    self.parties = Party.allCases.compactMap { party in
      parties[party].map {
        Group(key: party.id, label: party.id, summary: $0, standalone: standaloneParties[party])
      }
    }
    self.total = total
    self.standalone = standalone
    releases = counted.releases.map { CountedRelease(release: $0.release, version: $0.latest) }
    versions = counted.releases
    missing = counted.missing
  }
}
