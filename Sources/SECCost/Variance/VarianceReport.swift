/// A line-by-line comparison of baseline and current cost figures, with totals per phase, per
/// modification and overall.
public struct VarianceReport: Hashable, Sendable {
  /// The lines in report order (see ``VarianceKey/precedes(_:)``); unchanged lines are left out
  /// when the report was made with `onlyChanged`.
  public let lines: [LineVariance]
  /// How many unchanged lines were left out.
  public let hiddenUnchanged: Int
  /// How many lines have each status, counting every line, shown or not (0 for a status no line
  /// has).
  public let counts: [VarianceStatus: Int]
  /// The releases compared, in date order.
  public let releases: [String]
  /// Totals per phase, in RID column order.
  public let phases: [GroupVariance]
  /// Totals per modification, in natural order, release-level lines last.
  public let modifications: [GroupVariance]
  /// The overall total.
  public let total: GroupVariance
  /// The threshold lines were flagged against, if any.
  public let threshold: VarianceThreshold?

  /// Compares `baseline` with `current`, key by key.
  ///
  /// Every key on either side gives one line; totals cover every line, whether shown or not.
  ///
  /// - Throws: ``MoneyError/overflow`` if a sum or change does not fit.
  public static func compare(
    baseline: [VarianceKey: VarianceEntry], current: [VarianceKey: VarianceEntry],
    threshold: VarianceThreshold? = nil, onlyChanged: Bool = false
  ) throws(MoneyError) -> VarianceReport {
    let keys = Set(baseline.keys).union(current.keys).sorted { $0.precedes($1) }
    var lines: [LineVariance] = []
    var counts: [VarianceStatus: Int] = [:]
    var phases: [String: (before: CostSummary, after: CostSummary)] = [:]
    var modifications: [String: (before: CostSummary, after: CostSummary)] = [:]
    var total = (before: CostSummary(), after: CostSummary())
    for key in keys {
      guard
        let line = try LineVariance(
          key: key, before: baseline[key], after: current[key], threshold: threshold)
      else { continue }
      counts[line.status, default: 0] += 1
      if !(onlyChanged && line.status == .unchanged) { lines.append(line) }
      if let figure = line.before?.figure {
        try phases[key.phase.id, default: (CostSummary(), CostSummary())].before.add(figure)
        try modifications[key.modification, default: (CostSummary(), CostSummary())].before.add(
          figure)
        try total.before.add(figure)
      }
      if let figure = line.after?.figure {
        try phases[key.phase.id, default: (CostSummary(), CostSummary())].after.add(figure)
        try modifications[key.modification, default: (CostSummary(), CostSummary())].after.add(
          figure)
        try total.after.add(figure)
      }
    }
    func groups(
      _ sums: [String: (before: CostSummary, after: CostSummary)], by dimension: TotalsDimension
    ) throws(MoneyError) -> [GroupVariance] {
      var result: [GroupVariance] = []
      for key in sums.keys.sorted(by: dimension.precedes) {
        guard let sum = sums[key] else { continue }
        result.append(
          try GroupVariance(
            key: key, label: dimension.label(of: key), before: sum.before, after: sum.after))
      }
      return result
    }
    return VarianceReport(
      lines: lines,
      hiddenUnchanged: onlyChanged ? counts[.unchanged] ?? 0 : 0,
      counts: Dictionary(
        uniqueKeysWithValues: VarianceStatus.allCases.map { ($0, counts[$0] ?? 0) }),
      releases: Set(keys.map(\.release)).sorted(by: ReleaseOrder.precedes),
      phases: try groups(phases, by: .phase),
      modifications: try groups(modifications, by: .modification),
      total: try GroupVariance(key: "", label: "Total", before: total.before, after: total.after),
      threshold: threshold)
  }

  /// How many of the shown lines are over the threshold.
  public var flaggedCount: Int { lines.count { $0.flagged } }
}
