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
    // Of several duplicates, the one on the earliest line of `other` is reported, so that the
    // message is the same on every run (a dictionary's order is not).
    var duplicate:
      (key: VarianceKey, version: String, first: VarianceEntry, second: VarianceEntry)?
    for (release, versions) in other.figures {
      for (version, entries) in versions {
        for (key, entry) in entries {
          guard let first = figures[release]?[version]?[key] else { continue }
          if let found = duplicate, !Self.isReported(entry, key, before: found.second, found.key) {
            continue
          }
          duplicate = (key, version, first, entry)
        }
      }
    }
    if let duplicate {
      throw .duplicate(
        duplicate.key, version: duplicate.version, first: duplicate.first.origin,
        second: duplicate.second.origin)
    }
    for (release, versions) in other.figures {
      for (version, entries) in versions {
        for (key, entry) in entries {
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

  /// The versions held for each release, in date order; each release's versions in
  /// ``VersionOrder`` (an empty version, for lines with none, first).
  public var versions: [(release: String, versions: [String])] {
    figures.keys.sorted(by: ReleaseOrder.precedes).map { release in
      (release, figures[release, default: [:]].keys.sorted(by: VersionOrder.precedes))
    }
  }

  /// The version of each release that ``figures(version:)`` counts up to: the given one (for the
  /// releases that have it), or the latest.
  public func countedVersions(version: String? = nil) -> [TotalsReport.CountedRelease] {
    versions.compactMap { release, versions in
      if let version {
        return versions.contains(version)
          ? TotalsReport.CountedRelease(release: release, version: version) : nil
      }
      return TotalsReport.CountedRelease(release: release, version: versions.last { !$0.isEmpty })
    }
  }

  /// The versions of `release` counted up to `version` (every one when `nil`), earliest first.
  private func versions(of release: String, upTo version: String?) -> [String] {
    let all = figures[release, default: [:]].keys.sorted(by: VersionOrder.precedes)
    guard let version else { return all }
    return all.filter { !VersionOrder.precedes(version, $0) }
  }

  /// The figures to compare, one per key, as ``CountedLedger`` counts them: each key's figure
  /// from the latest version that has it, a key a later version leaves out carried forward.
  ///
  /// With a `version`, the ledger as it stood at that document version (versions up to it, of
  /// every release that has it); without, as it stands at each release's latest version.
  public func figures(version: String? = nil) throws(VarianceInputError)
    -> [VarianceKey: VarianceEntry]
  {
    var selected: [VarianceKey: VarianceEntry] = [:]
    for counted in countedVersions(version: version) {
      selected.merge(figures(of: counted.release, upTo: version)) { first, _ in first }
    }
    return selected
  }

  /// The figures of `release` as they stood at `version` (the latest when `nil`).
  private func figures(of release: String, upTo version: String?) -> [VarianceKey: VarianceEntry] {
    var selected: [VarianceKey: VarianceEntry] = [:]
    for chosen in versions(of: release, upTo: version) {
      for (key, entry) in figures[release]?[chosen] ?? [:]
      where VersionOrder.supersedes(entry.version, selected[key]?.version) {
        selected[key] = entry
      }
    }
    return selected
  }

  /// Whether duplicate `entry` (of `key`) is reported before `other` (of `otherKey`): by line,
  /// then by key.
  private static func isReported(
    _ entry: VarianceEntry, _ key: VarianceKey, before other: VarianceEntry,
    _ otherKey: VarianceKey
  ) -> Bool {
    let line = entry.origin?.line ?? 0
    let otherLine = other.origin?.line ?? 0
    if line != otherLine { return line < otherLine }
    return key.precedes(otherKey)
  }

  /// The figure totals per release of the figures ``figures(version:)`` selects. Where a release
  /// has one version, they are the sums kept line by line as the lines were added (not from the
  /// keyed figures), so that a report built from the keyed figures can be reconciled against
  /// them; where later versions carry earlier figures forward, they are the selected figures'.
  public func figureTotals(version: String? = nil) throws(MoneyError) -> [String: CostSummary] {
    var totals: [String: CostSummary] = [:]
    for counted in countedVersions(version: version) {
      let chosen = versions(of: counted.release, upTo: version)
      var summary = CostSummary()
      if chosen.count == 1, let only = figureTotals[counted.release]?[chosen[0]] {
        try summary.add(only)
      } else {
        // In key order, not the dictionary's (which follows the process's hash seed), so that a
        // sum near the limits of Money overflows, or not, the same way every run.
        let selected = figures(of: counted.release, upTo: version)
        for key in selected.keys.sorted(by: { $0.precedes($1) }) {
          if let entry = selected[key] { try summary.add(entry.figure) }
        }
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
