import SECCost
import SECCostCSV

extension RiskReport {
  /// The report as CSV: one row per group and the total, amounts as plain decimals, the run's
  /// settings repeated on every row.
  package var csv: [UInt8] {
    var writer = CSVWriter()
    writer.writeRow([
      "scope", "key", "label", "low", "high", "base", "mean", "p10", "p50", "p80", "p90",
      "contingency", "sd", "standard_error", "analytic_mean", "analytic_sd", "ranges", "tbc", "na",
      "lines", "simulations", "seed", "distribution", "correlation", "tbc_treatment",
    ])
    func write(_ scope: String, _ group: Group) {
      let statistics = group.statistics
      writer.writeRow(
        [scope, group.key, group.label]
          + [
            group.interval.low, group.interval.high, group.base, statistics.mean, statistics.p10,
            statistics.p50, statistics.p80, statistics.p90, group.contingency,
            statistics.standardDeviation, statistics.standardError, statistics.analyticMean,
            statistics.analyticStandardDeviation,
          ].map(\.plainDecimal)
          + [
            String(group.uncertain), String(group.tbc), String(group.notApplicable),
            String(group.lines), String(options.simulations), String(options.seed),
            options.distribution.id, correlationText, tbcTreatmentText,
          ])
    }
    for group in groups { write(grouping.rawValue, group) }
    write("total", total)
    return writer.bytes
  }

  /// `exclude`, or the TBC range as plain decimals (`0.00 to 250000.00`).
  var tbcTreatmentText: String {
    switch tbc {
    case .exclude: "exclude"
    case .range(let range): "\(range.low.plainDecimal) to \(range.high.plainDecimal)"
    }
  }
}
