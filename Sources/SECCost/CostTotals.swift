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
  /// Only lines of this release are counted, when set: the release as ``ReleaseName/key(_:)``
  /// names it, compared as keys are.
  public var release: String? { ledger.release }
  /// Only lines of this document version are counted, when set.
  public var onlyVersion: String? { ledger.onlyVersion }

  private var ledger: CountedLedger

  /// Starts empty totals grouped by `dimension`, optionally for one release and one version,
  /// with room for `expectedLines` lines.
  public init(
    by dimension: TotalsDimension, release: String? = nil, onlyVersion: String? = nil,
    expectedLines: Int = 0
  ) {
    self.dimension = dimension
    ledger = CountedLedger(release: release, onlyVersion: onlyVersion, expectedLines: expectedLines)
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

/// Sums per group as lines stream past: in an array indexed by phase, party or basis (no key
/// to hash per line), or by modification or release in a dictionary.
private struct GroupSums {
  let dimension: TotalsDimension
  private var slots: [CostSummary?]
  private var keyed: [String: CostSummary] = [:]

  init(_ dimension: TotalsDimension) {
    self.dimension = dimension
    let count: Int
    switch dimension {
    case .phase: count = Phase.allCases.count
    case .party: count = Party.allCases.count
    case .basis: count = Basis.allCases.count
    case .modification, .release: count = 0
    }
    slots = Array(repeating: nil, count: count)
  }

  mutating func add(_ figure: CostFigure, of line: LedgerLine) throws(MoneyError) {
    let slot: Int
    switch dimension {
    case .phase: slot = line.phase.ordinal
    case .party: slot = line.party == .dcc ? 0 : 1
    case .basis: slot = line.figure.basis.ordinal
    case .modification, .release:
      try keyed[dimension.key(of: line), default: CostSummary()].add(figure)
      return
    }
    var summary = slots[slot] ?? CostSummary()
    try summary.add(figure)
    slots[slot] = summary
  }

  /// The sums by group key.
  var byKey: [String: CostSummary] {
    var result = keyed
    for (slot, summary) in slots.enumerated() {
      guard let summary else { continue }
      let key: String
      switch dimension {
      case .phase: key = Phase.allCases[slot].id
      case .party: key = Party.allCases[slot].id
      case .basis: key = Basis.allCases[slot].id
      case .modification, .release: continue
      }
      result[key] = summary
    }
    return result
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
    var groupSums = GroupSums(dimension)
    var standaloneSums = GroupSums(dimension)
    var parties: [Party: CostSummary] = [:]
    var standaloneParties: [Party: CostSummary] = [:]
    var dcc = CostSummary()
    var secas = CostSummary()
    var standalone: CostSummary?
    let hasCombined = counted.hasCombinedFigures
    for line in counted.lines {
      if hasCombined && counted.combinedFigure(covering: line) != nil {
        try standaloneSums.add(line.figure, of: line)
        try standaloneParties[line.party, default: CostSummary()].add(line.figure)
        var sum = standalone ?? CostSummary()
        try sum.add(line.figure)
        standalone = sum
        // Per modification, the standalone figures stay in their own groups.
        if dimension == .modification { try groupSums.add(line.figure, of: line) }
        continue
      }
      try groupSums.add(line.figure, of: line)
      if line.party == .dcc { try dcc.add(line.figure) } else { try secas.add(line.figure) }
    }
    if dcc.lines > 0 { parties[.dcc] = dcc }
    if secas.lines > 0 { parties[.secas] = secas }
    var total = CostSummary()
    for party in Party.allCases {
      if let summary = parties[party] { try total.add(summary) }
    }
    var groups = groupSums.byKey
    let standaloneGroups = standaloneSums.byKey
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
