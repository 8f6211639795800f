import SECCost

/// How variance and budget reports write figures, changes and percentages in a table cell.
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
}

/// Numbers distinct notes `[1]`, `[2]`… so a table can refer to them and list them underneath.
struct NoteNumbers {
  private(set) var notes: [String] = []
  private var numbers: [String: Int] = [:]

  /// The reference for `note` (`[2]`), or empty for no note.
  mutating func reference(_ note: String) -> String {
    let text = note.split(whereSeparator: \.isNewline).joined(separator: " ")
    guard !text.isEmpty else { return "" }
    if let number = numbers[text] { return "[\(number)]" }
    notes.append(text)
    numbers[text] = notes.count
    return "[\(notes.count)]"
  }

  /// `[1] text` lines, or nothing.
  var listing: String {
    notes.enumerated().map { "[\($0.offset + 1)] \($0.element)\n" }.joined()
  }
}
