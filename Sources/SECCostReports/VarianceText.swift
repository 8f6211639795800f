import SECCost

/// How reports write variance figures: RID notation, estimates named, changes signed.
enum VarianceText {
  /// A figure in RID notation, `(estimate)` after an estimate; `-` for no line.
  static func figure(_ figure: CostFigure?) -> String {
    guard let figure else { return "-" }
    return figure.basis == .estimate ? "\(figure.ridNotation) (estimate)" : figure.ridNotation
  }

  /// A group's sum in RID notation; `-` when the side has no lines.
  static func summary(_ summary: CostSummary) -> String {
    summary.lines == 0 ? "-" : summary.ridNotation
  }

  /// A change with its sign: `+£25,000`, `-£1,000`, `£0`.
  static func change(_ money: Money) -> String {
    money.pence > 0 ? "+" + money.formatted : money.formatted
  }

  /// The modification as a report shows it: `(release-level)` when empty.
  static func modification(_ modification: String) -> String {
    TotalsDimension.modification.label(of: modification)
  }

  /// `Lines: 17 unchanged, 3 changed, …`.
  static func statusCounts(_ report: VarianceReport) -> String {
    let counted = VarianceStatus.allCases.compactMap { status in
      (report.counts[status] ?? 0) > 0 ? "\(report.counts[status] ?? 0) \(status.id)" : nil
    }
    return "Lines: " + (counted.isEmpty ? "none" : counted.joined(separator: ", ")) + "."
  }
}
