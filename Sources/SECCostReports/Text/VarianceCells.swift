import SECCost

/// How every report writes variance and budget figures, changes and percentages in a cell: the
/// terminal, Markdown, HTML and XLSX renderers alike.
enum VarianceCells {
  /// A figure in RID notation, its basis named when it is not firm; `-` for no line.
  static func figure(_ figure: CostFigure?) -> String {
    guard let figure else { return "-" }
    switch figure.basis {
    case .estimate, .actual: return "\(figure.ridNotation) (\(figure.basis.id))"
    default: return figure.ridNotation
    }
  }

  /// A group's sum in RID notation (`£1,573,801 + 2 TBC`); `-` when the side has no lines.
  static func summary(_ summary: CostSummary) -> String {
    summary.lines == 0 ? "-" : summary.ridNotation
  }

  /// A change with its sign: `+£25,000`, `-£1,000`, `£0`.
  static func change(_ money: Money) -> String {
    money.pence > 0 ? "+" + money.formatted : money.formatted
  }

  /// A signed percentage, or `n/a`.
  static func percent(_ percentage: Percentage?) -> String {
    percentage?.signed ?? "n/a"
  }

  /// An unsigned percentage, or `n/a`.
  static func share(_ percentage: Percentage?) -> String {
    percentage?.formatted ?? "n/a"
  }

  /// The modification as a report shows it: `(release-level)` when empty.
  static func modification(_ modification: String) -> String {
    TotalsDimension.modification.label(of: modification)
  }

  /// A count with its noun: `1 line`, `3 lines`.
  static func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(number) " + (number == 1 ? singular : plural ?? singular + "s")
  }

  /// `Lines: 17 unchanged, 3 changed, …`.
  static func statusCounts(_ report: VarianceReport) -> String {
    let counted = VarianceStatus.allCases.compactMap { status in
      (report.counts[status] ?? 0) > 0 ? "\(report.counts[status] ?? 0) \(status.id)" : nil
    }
    return "Lines: " + (counted.isEmpty ? "none" : counted.joined(separator: ", ")) + "."
  }
}
