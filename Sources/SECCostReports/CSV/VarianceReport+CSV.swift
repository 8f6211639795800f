import SECCost
import SECCostCSV

extension VarianceReport {
  /// The report as CSV: a row per line, then per phase, per modification and the total.
  package var csv: [UInt8] {
    var writer = CSVWriter()
    writer.writeRow([
      "scope", "release", "party", "modification", "phase", "title", "status", "flagged",
      "before_basis", "before_version", "before_low", "before_high", "before_tbc", "after_basis",
      "after_version", "after_low", "after_high", "after_tbc", "change_low", "change_high",
      "change_low_percent", "change_high_percent", "change_tbc", "note",
    ])
    func side(_ entry: VarianceEntry?) -> [String] {
      guard let entry else { return ["", "", "", "", ""] }
      return [
        entry.figure.basis.id, entry.version, entry.figure.range?.low.plainDecimal ?? "",
        entry.figure.range?.high.plainDecimal ?? "", "",
      ]
    }
    func change(_ change: RangeChange) -> [String] {
      [
        change.low.plainDecimal, change.high.plainDecimal, change.lowPercent?.plainDecimal ?? "",
        change.highPercent?.plainDecimal ?? "",
      ]
    }
    for line in lines {
      writer.writeRow(
        [
          "line", line.key.release, line.key.party.id, line.key.modification, line.key.phase.id,
          line.title, line.status.id, line.flagged ? "true" : "false",
        ] + side(line.before) + side(line.after) + change(line.change) + ["", line.note])
    }
    func group(_ scope: String, _ group: GroupVariance, modification: String, phase: String) {
      func summary(_ summary: CostSummary) -> [String] {
        [
          "", "", summary.priced.low.plainDecimal, summary.priced.high.plainDecimal,
          String(summary.tbc),
        ]
      }
      writer.writeRow(
        [scope, "", "", modification, phase, "", "", ""] + summary(group.before)
          + summary(group.after) + change(group.change) + [String(group.tbcChange), ""])
    }
    for phase in phases { group("phase", phase, modification: "", phase: phase.key) }
    for modification in modifications {
      group("modification", modification, modification: modification.key, phase: "")
    }
    group("total", total, modification: "", phase: "")
    return writer.bytes
  }
}
