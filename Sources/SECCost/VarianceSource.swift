/// The lines of one side of a comparison, keyed as they stream past: figures per release,
/// version and key, and actual spend per key and day. Rows are not kept.
///
/// Alongside, it keeps its own running totals per release, straight from the lines as they are
/// added, so a report built from the keyed figures can be reconciled against them.
public struct VarianceSource: Sendable {
  /// Figures (firm, estimate, TBC, N/A) by release, then version, then key.
  private var figures: [String: [String: [VarianceKey: VarianceEntry]]] = [:]
  /// Actual spend by key.
  public private(set) var spend: [VarianceKey: SpendRecord] = [:]
  /// Figure totals by release and version, summed line by line as added.
  private var figureTotals: [String: [String: CostSummary]] = [:]
  /// Spend by release, summed line by line as added (per day, for an as-of date).
  private var spendTotals: [String: SpendRecord] = [:]
  /// The first actual line given as a range, if any.
  public private(set) var actualRange: LineOrigin?

  /// An empty side.
  public init() {}

  /// How many lines of actual spend were added.
  public var actualLines: Int {
    spend.values.reduce(0) { sum, record in sum + record.byDate.values.reduce(0) { $0 + $1.lines } }
  }

  /// Whether any line has been added.
  public var isEmpty: Bool { figures.isEmpty && spend.isEmpty }

  /// Adds one line.
  ///
  /// - Throws: ``VarianceInputError/duplicate(_:version:first:second:)`` for a second figure
  ///   with the same key and version; ``VarianceInputError/overflow(_:)`` if a sum does not fit.
  public mutating func add(_ line: LedgerLine, origin: LineOrigin? = nil)
    throws(VarianceInputError)
  {
    let key = VarianceKey(line)
    do {
      if case .priced(.actual, let range) = line.figure {
        if !range.isPoint, actualRange == nil { actualRange = origin }
        try spend[key, default: SpendRecord()].add(range.low, on: line.date, title: line.title)
        try spendTotals[line.release, default: SpendRecord()].add(
          range.low, on: line.date, title: "")
        return
      }
      try figureTotals[line.release, default: [:]][line.version, default: CostSummary()].add(
        line.figure)
    } catch {
      throw .overflow(origin)
    }
    let entry = VarianceEntry(line, origin: origin)
    if let first = figures[line.release]?[line.version]?[key] {
      throw .duplicate(key, version: line.version, first: first.origin, second: origin)
    }
    figures[line.release, default: [:]][line.version, default: [:]][key] = entry
  }

  /// Adds every line of another side (for a budget in one file and spend in another).
  ///
  /// - Throws: as ``add(_:origin:)``.
  public mutating func add(_ other: VarianceSource) throws(VarianceInputError) {
    for (release, versions) in other.figures {
      for (version, entries) in versions {
        for (key, entry) in entries {
          if let first = figures[release]?[version]?[key] {
            throw .duplicate(key, version: version, first: first.origin, second: entry.origin)
          }
          figures[release, default: [:]][version, default: [:]][key] = entry
        }
      }
    }
    do {
      for (key, record) in other.spend { try spend[key, default: SpendRecord()].add(record) }
      for (release, record) in other.spendTotals {
        try spendTotals[release, default: SpendRecord()].add(record)
      }
      for (release, versions) in other.figureTotals {
        for (version, summary) in versions {
          try figureTotals[release, default: [:]][version, default: CostSummary()].add(summary)
        }
      }
    } catch {
      throw .overflow(nil)
    }
    if actualRange == nil { actualRange = other.actualRange }
  }

  /// The versions held for each release, in date order; each release's versions in natural order
  /// (an empty version, for lines with none, first).
  public var versions: [(release: String, versions: [String])] {
    figures.keys.sorted(by: ReleaseOrder.precedes).map { release in
      (release, figures[release, default: [:]].keys.sorted(by: NaturalOrder.precedes))
    }
  }

  /// The version of each release that ``figures(version:)`` counts: the given one, or the latest.
  ///
  /// With no `version`, a release's latest version (natural order, `0.10` after `0.4`) is
  /// counted, as ``CostTotals`` does; `nil` when its lines have no version.
  public func countedVersions(version: String? = nil) -> [TotalsReport.CountedRelease] {
    versions.compactMap { release, versions in
      if let version {
        return versions.contains(version)
          ? TotalsReport.CountedRelease(release: release, version: version) : nil
      }
      return TotalsReport.CountedRelease(release: release, version: versions.last { !$0.isEmpty })
    }
  }

  /// The figures to compare, one per key.
  ///
  /// With a `version`, the lines of that version (of every release that has it). Without, each
  /// release's latest version together with its lines that have no version, as ``CostTotals``
  /// counts them.
  ///
  /// - Throws: ``VarianceInputError/versionConflict(_:version:unversioned:versioned:)`` when a key
  ///   has a line with no version and one in the latest version.
  public func figures(version: String? = nil) throws(VarianceInputError)
    -> [VarianceKey: VarianceEntry]
  {
    var selected: [VarianceKey: VarianceEntry] = [:]
    for counted in countedVersions(version: version) {
      guard let versions = figures[counted.release] else { continue }
      if let version {
        selected.merge(versions[version] ?? [:]) { first, _ in first }
        continue
      }
      let latest = counted.version.flatMap { versions[$0] } ?? [:]
      let unversioned = versions[""] ?? [:]
      for (key, entry) in latest {
        if let other = unversioned[key] {
          throw .versionConflict(
            key, version: entry.version, unversioned: other.origin, versioned: entry.origin)
        }
        selected[key] = entry
      }
      selected.merge(unversioned) { first, _ in first }
    }
    return selected
  }

  /// The figure totals per release of the versions ``figures(version:)`` selects, summed line by
  /// line as the lines were added (not from the keyed figures).
  public func figureTotals(version: String? = nil) throws(MoneyError) -> [String: CostSummary] {
    var totals: [String: CostSummary] = [:]
    for counted in countedVersions(version: version) {
      guard let versions = figureTotals[counted.release] else { continue }
      var summary = CostSummary()
      if let version {
        if let chosen = versions[version] { try summary.add(chosen) }
      } else {
        if let latest = counted.version, let chosen = versions[latest] { try summary.add(chosen) }
        if let unversioned = versions[""] { try summary.add(unversioned) }
      }
      totals[counted.release] = summary
    }
    return totals
  }

  /// The spend per release, summed line by line as the lines were added, split by `asOf`.
  public func spendTotals(asOf: CalendarDate?) throws(MoneyError) -> [String: SpendSplit] {
    var totals: [String: SpendSplit] = [:]
    for (release, record) in spendTotals { totals[release] = try record.split(asOf: asOf) }
    return totals
  }
}
