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
    var sums = FigureSums()
    for line in counted.lines { try sums.add(line, by: dimension) }
    try self.init(
      dimension: dimension, sums: sums, releases: counted.releases, missing: counted.missing,
      combined: counted)
  }

  /// The report of `sums`, grouped by `dimension`, of `releases`, with the phases `missing` and
  /// the combined figures of `combined`.
  init(
    dimension: TotalsDimension, sums: FigureSums, releases: [ReleaseVersions],
    missing: [MissingFigure], combined: CountedFigures
  ) throws(MoneyError) {
    var groups: [String: CostSummary] = [:]
    var standaloneGroups: [String: CostSummary] = [:]
    var parties: [Party: CostSummary] = [:]
    var standaloneParties: [Party: CostSummary] = [:]
    var standalone: CostSummary?
    // In a fixed order, so that a sum that overflows part-way does so on every run (a
    // dictionary's order changes from one process, and one instance, to the next).
    for (key, summary) in sums.sums.sorted(by: { $0.key.precedes($1.key) }) {
      let party = key.phase.party
      if key.coverable && combined.hasCombinedFigure(release: key.release, phase: key.phase) {
        try standaloneGroups[key.group, default: CostSummary()].add(summary)
        try standaloneParties[party, default: CostSummary()].add(summary)
        var sum = standalone ?? CostSummary()
        try sum.add(summary)
        standalone = sum
        // Per modification, the standalone figures stay in their own groups.
        if dimension == .modification { try groups[key.group, default: CostSummary()].add(summary) }
        continue
      }
      try groups[key.group, default: CostSummary()].add(summary)
      try parties[party, default: CostSummary()].add(summary)
    }
    var total = CostSummary()
    for party in Party.allCases {
      if let summary = parties[party] { try total.add(summary) }
    }
    // The list is in release, modification and phase order, so a group's phases not provided
    // mostly come in runs: each run is counted at once (a hash lookup a run, not a phase).
    var start = missing.startIndex
    while start < missing.endIndex {
      let key = dimension.key(of: missing[start])
      var end = start + 1
      while end < missing.endIndex && dimension.key(of: missing[end]) == key { end += 1 }
      groups[key, default: CostSummary()].addMissing(end - start)
      start = end
    }
    if !missing.isEmpty {
      parties[.dcc, default: CostSummary()].addMissing(missing.count)
      total.addMissing(missing.count)
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
    self.releases = releases.map { CountedRelease(release: $0.release, version: $0.latest) }
    versions = releases
    self.missing = missing
  }
}
