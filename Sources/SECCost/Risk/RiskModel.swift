/// Collects ledger lines for a risk simulation as they stream past, holding one tally per group
/// and the uncertain costs, never the other lines.
///
/// Point figures are constants. A range (`low < high`) is an uncertain cost with its `likely`
/// amount as mode (the midpoint when none is given). N/A lines are counted and left out. TBC
/// lines are counted and left out, or each given the range of ``tbc``. Lines are counted by
/// ``CountedLedger``'s rule, as ``CostTotals`` counts them: each key's latest version; a DCC phase
/// not provided is taken as a TBC; a combined Preliminary Assessment replaces the standalone
/// figures it covers.
public struct RiskModel: Sendable {
  /// What the report groups by.
  public let grouping: RiskGrouping
  /// Only lines of this release are counted, when set: the release as ``ReleaseName/key(_:)``
  /// names it, compared as keys are (as ``CountedLedger`` filters).
  public let release: String?
  /// What TBC figures become.
  public let tbc: TBCTreatment

  private struct Tally: Sendable {
    var interval = CostRange.zero
    var doubledBase: Int128 = 0
    var uncertain = 0
    var tbc = 0
    var notApplicable = 0
    var lines = 0

    mutating func add(_ other: Tally) throws(MoneyError) {
      interval = try interval.adding(other.interval)
      doubledBase = try Checked.sum(doubledBase, other.doubledBase)
      uncertain += other.uncertain
      tbc += other.tbc
      notApplicable += other.notApplicable
      lines += other.lines
    }

    mutating func add(range: CostRange) throws(MoneyError) {
      interval = try interval.adding(range)
      doubledBase = try Checked.sum(doubledBase, 2 * Int128(range.low.pence))
    }
  }

  private struct Uncertain: Sendable {
    let line: LedgerLine
    let group: String
    let cost: UncertainCost
  }

  private struct Edition: Hashable, Sendable {
    let release: String
    let version: String
  }

  private struct Bucket: Sendable {
    var tallies: [String: Tally] = [:]
    var uncertain: [Uncertain] = []
  }

  private var ledger: CountedLedger
  private var isEmptySoFar = true

  /// Starts an empty model.
  public init(by grouping: RiskGrouping, release: String? = nil, tbc: TBCTreatment = .exclude) {
    self.grouping = grouping
    ledger = CountedLedger(release: release)
    self.release = ledger.release
    self.tbc = tbc
  }

  /// Whether no line has been counted.
  public var isEmpty: Bool { isEmptySoFar }

  /// Adds one line (skipped if it belongs to another release than the one asked for).
  public mutating func add(_ line: LedgerLine) {
    if let release, line.release != release { return }
    isEmptySoFar = false
    ledger.add(line)
  }

  /// The counted lines in tallies by edition and group, with their uncertain costs.
  private func buckets(of counted: CountedFigures) throws(MoneyError) -> [Edition: Bucket] {
    var buckets: [Edition: Bucket] = [:]
    for line in counted.lines where counted.combinedFigure(covering: line) == nil {
      try tally(line, into: &buckets)
    }
    for gap in counted.missing {
      let stand = LedgerLine(
        release: gap.release, party: .dcc, modification: gap.modification, phase: gap.phase,
        figure: .tbc)
      try tally(stand, into: &buckets)
    }
    return buckets
  }

  /// Adds `line` to its edition's tally of its group, in place (copying a bucket out and back
  /// would copy every tally and cost already in it, at every line).
  private func tally(_ line: LedgerLine, into buckets: inout [Edition: Bucket]) throws(MoneyError) {
    let edition = Edition(release: line.release, version: line.version)
    let group = grouping.dimension.key(of: line)
    var delta = Tally()
    delta.lines = 1
    var uncertain: UncertainCost?
    switch line.figure {
    case .priced(_, let range):
      if range.isPoint {
        try delta.add(range: range)
      } else {
        uncertain = UncertainCost(range: range, likely: line.likely)
      }
    case .tbc:
      delta.tbc = 1
      if case .range(let range) = tbc {
        if range.isPoint {
          try delta.add(range: range)
        } else {
          uncertain = UncertainCost(range: range)
        }
      }
    case .notApplicable:
      delta.notApplicable = 1
    }
    if let uncertain {
      delta.interval = uncertain.range
      delta.doubledBase = uncertain.doubledEstimate
      delta.uncertain = 1
      buckets[edition, default: Bucket()].uncertain.append(
        Uncertain(line: line, group: group, cost: uncertain))
    }
    try buckets[edition, default: Bucket()].tallies[group, default: Tally()].add(delta)
  }

  /// Runs the simulation and reports every group and the total.
  ///
  /// - Throws: ``RiskError`` if the options are out of range or an amount overflows.
  public func simulate(_ options: RiskOptions) throws(RiskError) -> RiskReport {
    if let problem = options.problem { throw .invalidOptions(problem) }
    do {
      return try report(options)
    } catch {
      throw .overflow
    }
  }

  private func report(_ options: RiskOptions) throws(MoneyError) -> RiskReport {
    let countedFigures = ledger.counted()
    let buckets = try buckets(of: countedFigures)
    var latest: [String: String] = [:]
    for release in countedFigures.releases { latest[release.release] = release.latest }
    var tallies: [String: Tally] = [:]
    var total = Tally()
    var uncertain: [Uncertain] = []
    let counted = buckets.keys.sorted { ($0.release, $0.version) < ($1.release, $1.version) }
    for edition in counted {
      guard let bucket = buckets[edition] else { continue }
      // In a fixed order, so that a sum that overflows part-way does so on every run.
      for (group, tally) in bucket.tallies.sorted(by: { $0.key < $1.key }) {
        try tallies[group, default: Tally()].add(tally)
        try total.add(tally)
      }
      uncertain += bucket.uncertain
    }
    uncertain = uncertain.enumerated().sorted { a, b in
      if a.element.line.canonicallyPrecedes(b.element.line) { return true }
      if b.element.line.canonicallyPrecedes(a.element.line) { return false }
      return a.offset < b.offset
    }.map(\.element)

    let keys = tallies.keys.sorted(by: grouping.dimension.precedes)
    var slotOfGroup: [String: Int] = [:]
    for key in keys where (tallies[key]?.uncertain ?? 0) > 0 {
      slotOfGroup[key] = slotOfGroup.count
    }
    let slots = uncertain.map { slotOfGroup[$0.group] ?? 0 }
    // The analytic moments of every group with ranges (by slot) and of the total, in one pass.
    var moments = [AnalyticMoments](
      repeating: AnalyticMoments(shape: options.distribution), count: slotOfGroup.count + 1)
    for (item, slot) in zip(uncertain, slots) {
      try moments[slot].add(item.cost)
      try moments[slotOfGroup.count].add(item.cost)
    }
    var summaries: [SampleSummary] = []
    if !uncertain.isEmpty {
      summaries.reserveCapacity(slotOfGroup.count + 1)
      let simulation = RiskSimulation(
        costs: uncertain.map(\.cost), slots: slots, slotCount: slotOfGroup.count,
        options: options)
      simulation.run { _, totals in
        summaries.append(SampleSummary(totals, percentiles: [10, 50, 80, 90]))
      }
    }

    func statistics(_ tally: Tally, slot: Int?) throws(MoneyError) -> RiskStatistics {
      let moments = slot.map { moments[$0] } ?? AnalyticMoments(shape: options.distribution)
      let base = tally.interval.low
      guard let slot else {
        return RiskStatistics(
          mean: base, p10: base, p50: base, p80: base, p90: base, standardDeviation: .zero,
          standardError: .zero, analyticMean: try moments.mean(above: base),
          analyticStandardDeviation: try moments.standardDeviation())
      }
      let summary = summaries[slot]
      let width = Int128(tally.interval.width.pence)
      // The amount `pence` above the low end. Every simulated total lies in the interval, and
      // so do their mean and percentiles; a `Double` sum can land a rounding error outside it
      // (the width itself may not be a `Double`), which is taken back to the nearest end.
      func money(_ pence: Double) throws(MoneyError) -> Money {
        guard let offset = Money.wholePence(pence, rule: .halfEven) else { throw .overflow }
        return Money(pence: Int64(Int128(base.pence) + min(max(offset, 0), width)))
      }
      let deviation = summary.standardDeviation
      return RiskStatistics(
        mean: try money(summary.mean), p10: try money(summary.percentiles[0]),
        p50: try money(summary.percentiles[1]), p80: try money(summary.percentiles[2]),
        p90: try money(summary.percentiles[3]),
        standardDeviation: try Money(simulatedPence: deviation),
        standardError: try Money(
          simulatedPence: deviation / Double(options.simulations).squareRoot()),
        analyticMean: try moments.mean(above: base),
        analyticStandardDeviation: try moments.standardDeviation())
    }

    func group(key: String, label: String, _ tally: Tally, slot: Int?) throws(MoneyError)
      -> RiskReport.Group
    {
      let statistics = try statistics(tally, slot: slot)
      guard let base = Int64(exactly: RoundingRule.halfEven.divide(tally.doubledBase, by: 2)) else {
        throw .overflow
      }
      return RiskReport.Group(
        key: key, label: label, interval: tally.interval, base: Money(pence: base),
        statistics: statistics, contingency: try statistics.p80.subtracting(Money(pence: base)),
        uncertain: tally.uncertain, tbc: tally.tbc, notApplicable: tally.notApplicable,
        lines: tally.lines)
    }

    var groups: [RiskReport.Group] = []
    for key in keys {
      groups.append(
        try group(
          key: key, label: grouping.dimension.label(of: key), tallies[key] ?? Tally(),
          slot: slotOfGroup[key]))
    }
    let totalGroup = try group(
      key: "", label: "Total", total, slot: uncertain.isEmpty ? nil : slotOfGroup.count)
    let releases = Set(counted.map(\.release)).sorted(by: ReleaseOrder.precedes).map {
      TotalsReport.CountedRelease(release: $0, version: latest[$0])
    }
    return RiskReport(
      grouping: grouping, groups: groups, total: totalGroup, releases: releases, options: options,
      tbc: tbc)
  }
}
