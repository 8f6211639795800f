import SECCost
import SECCostReports

extension LedgerSnapshot {
  /// The totals `seccost totals` counts from these ledgers, grouped `by`, of one release and
  /// one version if asked: the same `CostTotals`, given the same lines in the same order.
  ///
  /// - Throws: `MoneyError.overflow` if a sum is beyond the representable range.
  package func totals(
    by dimension: TotalsDimension, release: String?, onlyVersion: String?
  ) throws -> TotalsReport {
    try Self.totals(of: lines, by: dimension, release: release, onlyVersion: onlyVersion)
  }

  /// The totals of `lines` as ``totals(by:release:onlyVersion:)`` counts them.
  static func totals(
    of lines: [LedgerLine], by dimension: TotalsDimension, release: String?, onlyVersion: String?
  ) throws -> TotalsReport {
    var totals = CostTotals(
      by: dimension, release: release, onlyVersion: onlyVersion.map(VersionLabel.canonical))
    for line in lines { totals.add(line) }
    if !totals.releasesToReadAgain.isEmpty {
      for line in lines { totals.addAgain(line) }
    }
    return try totals.report()
  }

  /// The JSON `seccost totals --format json` prints for the same question, byte for byte
  /// (`warnings` are the ledgers' warnings, as the command lists them).
  package func totalsJSON(report: TotalsReport) -> String {
    report.json(warnings: warnings.map(\.description))
  }

  /// Every line of `release`, in the order read.
  package func lines(ofRelease release: String) -> [LedgerLine] {
    lines.filter { $0.release == release }
  }
}
