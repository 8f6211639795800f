/// A table of text laid out in aligned columns, for the terminal or as Markdown.
struct TextTable {
  /// How a column's cells line up.
  enum Alignment {
    case left, right
  }

  let headers: [String]
  let alignments: [Alignment]
  private(set) var rows: [[String]] = []
  /// Row indices after which the terminal layout draws a rule.
  private(set) var rulesAfter: Set<Int> = []

  init(_ columns: [(String, Alignment)]) {
    headers = columns.map(\.0)
    alignments = columns.map(\.1)
  }

  mutating func append(_ row: [String]) {
    rows.append(row)
  }

  /// Draws a rule under the last row added.
  mutating func rule() {
    rulesAfter.insert(rows.count - 1)
  }

  /// Columns padded with spaces, two spaces apart, a rule under the header.
  var aligned: String { aligned(colour: false) }

  /// The aligned layout; with `colour`, ANSI styles added around the padded cells (so the columns
  /// line up the same): the header and the rows after the last rule (totals) bold, rules dim, and
  /// cells styled by ``TerminalStyle/style(ofCell:)``.
  func aligned(colour: Bool) -> String {
    let widths = headers.indices.map { column in
      ([headers[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0
    }
    func render(_ cells: [String], bold: Bool = false, header: Bool = false) -> String {
      let text = cells.indices.map { column in
        let padding = String(repeating: " ", count: widths[column] - cells[column].count)
        let cell = cells[column]
        guard colour, !cell.isEmpty else {
          return alignments[column] == .left ? cell + padding : padding + cell
        }
        let content = header ? nil : TerminalStyle.style(ofCell: cell)
        let style = (bold ? TerminalStyle.bold : "") + (content ?? "")
        let styled = style.isEmpty ? cell : style + cell + TerminalStyle.reset
        return alignments[column] == .left ? styled + padding : padding + styled
      }
      return text.joined(separator: "  ").replacingTrailingSpaces()
    }
    let plainRule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
    let rule = colour ? TerminalStyle.dim + plainRule + TerminalStyle.reset : plainRule
    var lines = [render(headers, bold: true, header: true), rule]
    let lastRule = rulesAfter.max() ?? rows.count
    for (index, row) in rows.enumerated() {
      lines.append(render(row, bold: index > lastRule))
      if rulesAfter.contains(index) { lines.append(rule) }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A GitHub-flavoured Markdown table.
  var markdown: String {
    func escape(_ cell: String) -> String {
      cell.replacing("|", with: "\\|").replacing("\n", with: " ")
    }
    let header = "| " + headers.map(escape).joined(separator: " | ") + " |"
    let rule = "|" + alignments.map { $0 == .left ? " --- |" : " ---: |" }.joined()
    let body = rows.map { "| " + $0.map(escape).joined(separator: " | ") + " |" }
    return ([header, rule] + body).joined(separator: "\n") + "\n"
  }
}

extension String {
  fileprivate func replacingTrailingSpaces() -> String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
