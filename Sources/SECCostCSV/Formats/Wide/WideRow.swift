import SECCost

/// One row of a wide-layout file, split into the ledger rows it stands for: one per phase cell.
struct WideRow {
  /// The text of each named column.
  var cells: [WideColumn: String] = [:]

  /// A ledger row for one phase cell, and the column it came from.
  struct Expansion {
    let row: LedgerRow
    let phase: Phase
  }

  /// The ledger rows of this wide row, and the problems of the row as a whole (footnotes, effort
  /// on a shared row); the row is valid only if there are none and every ledger row validates.
  func expanded() -> (expansions: [Expansion], issues: [FieldIssue]) {
    var issues: [FieldIssue] = []
    var figures: [(phase: Phase, text: Substring, marker: Int?)] = []
    for phase in Phase.allCases {
      guard let text = cells[.phase(phase)], !text.allSatisfy({ $0 == " " || $0 == "\t" }) else {
        continue
      }
      let (figure, marker) = WideRow.splitMarker(Substring(text))
      figures.append((phase, figure, marker))
    }
    let notes = WideRow.footnotes(
      cells[.notes] ?? "", markers: figures.compactMap(\.marker), cellCount: figures.count)
    let texts: [Int: String]
    switch notes {
    case .success(let found): texts = found
    case .failure(let error):
      issues.append(FieldIssue(.note, error.message))
      texts = [:]
    }
    let hasEffort = !(cells[.days] ?? "").isEmpty || !(cells[.dayRate] ?? "").isEmpty
    if hasEffort && figures.count > 1 {
      issues.append(
        FieldIssue(.days, "days and day rate need a row of their own, with one phase cell"))
    }
    let expansions = figures.map { figure in
      var row = LedgerRow()
      row[.release] = cells[.release] ?? ""
      row[.version] = cells[.version] ?? ""
      row[.party] = cells[.party] ?? ""
      row[.modification] = cells[.modification] ?? ""
      row[.title] = cells[.title] ?? ""
      row[.date] = cells[.date] ?? ""
      row[.phase] = figure.phase.id
      row[.note] = texts[figure.marker ?? 0] ?? ""
      row[.days] = cells[.days] ?? ""
      row[.dayRate] = cells[.dayRate] ?? ""
      switch Basis(parsing: figure.text) {
      case .tbc?, .notApplicable?:
        row[.basis] = String(figure.text)
      default:
        row[.basis] = cells[.basis] ?? ""
        let (range, likely) = WideRow.splitLikely(figure.text)
        row[.likely] = likely.map(String.init) ?? ""
        let bounds = CostFigure.rangeBounds(of: range)
        row[.low] = String(bounds.low)
        row[.high] = bounds.high.map(String.init) ?? ""
      }
      return Expansion(row: row, phase: figure.phase)
    }
    return (expansions, issues)
  }

  /// Splits a trailing footnote marker off a cell: `£1,573 [2]` → (`£1,573`, 2).
  static func splitMarker(_ text: Substring) -> (figure: Substring, marker: Int?) {
    var trimmed = text
    while trimmed.last == " " || trimmed.last == "\t" { trimmed.removeLast() }
    guard trimmed.last == "]", let open = trimmed.lastIndex(of: "[") else { return (trimmed, nil) }
    let digits = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
    guard !digits.isEmpty, digits.count <= 4, digits.allSatisfy(\.isASCII),
      let number = Int(digits), number > 0
    else { return (trimmed, nil) }
    var figure = trimmed[..<open]
    while figure.last == " " { figure.removeLast() }
    return (figure, number)
  }

  /// Splits the most likely amount off a range: `£301,000 to £625,000 (likely £400,000)` →
  /// (`£301,000 to £625,000`, `£400,000`).
  static func splitLikely(_ text: Substring) -> (range: Substring, likely: Substring?) {
    guard text.hasSuffix(")"), let open = text.ranges(of: " (likely ").last else {
      return (text, nil)
    }
    return (text[..<open.lowerBound], text[open.upperBound..<text.index(before: text.endIndex)])
  }

  /// The footnote texts by marker, from a Notes cell of `[1] text` entries, one per line.
  ///
  /// With no markers in the row, a Notes text belongs to the row's only cell (key 0).
  static func footnotes(_ notes: String, markers: [Int], cellCount: Int) -> Result<
    [Int: String], FootnoteError
  > {
    let ordered = Array(Set(markers)).sorted()
    if ordered.count != markers.count {
      return .failure(FootnoteError("a footnote marker is used twice in the row"))
    }
    if ordered.isEmpty {
      if notes.isEmpty { return .success([:]) }
      if cellCount == 1 {
        // A first line "[1] a" is the note's own text; a later footnote entry would merge two
        // notes into one (which the wide layout then could not write back).
        let first = WideRow.entryNumber(notes)
        if let later = WideGrouping.markerLines(notes).first {
          return .failure(
            Int(later).map { first == $0 } == true
              ? .givenTwice(later) : .unmarked(later))
        }
        return .success([0: notes])
      }
      return .failure(FootnoteError("mark the cells these notes belong to with [1], [2], …"))
    }
    // Matched scalar by scalar, not by Character: a note may begin with a combining mark, which
    // joins the space of its "[1] " into one Character.
    var texts: [Int: String] = [:]
    var rest = Substring(notes).unicodeScalars
    for (index, marker) in ordered.enumerated() {
      let opening = Array("[\(marker)] ".unicodeScalars)
      guard rest.starts(with: opening) else {
        return .failure(
          FootnoteError(
            "no text for footnote [\(marker)] (write it as \"[\(marker)] text\" on a line of its own)"
          ))
      }
      rest = rest.dropFirst(opening.count)
      if index + 1 < ordered.count {
        let next = Array("\n[\(ordered[index + 1])] ".unicodeScalars)
        guard let end = rest.firstRange(of: next) else {
          return .failure(FootnoteError("no text for footnote [\(ordered[index + 1])]"))
        }
        texts[marker] = String(rest[..<end.lowerBound])
        rest = rest[rest.index(after: end.lowerBound)...]
      } else {
        texts[marker] = String(rest)
      }
    }
    // A footnote's text must not hold another entry ("[1] a" and "[1] b" would be one note).
    for marker in ordered {
      guard let later = texts[marker].flatMap({ WideGrouping.markerLines($0).first }) else {
        continue
      }
      return .failure(
        Int(later).map(ordered.contains) == true ? .givenTwice(later) : .unmarked(later))
    }
    return .success(texts)
  }

  /// The number of a text's leading footnote entry (`[1] a` → 1), if it starts with one.
  static func entryNumber(_ text: String) -> Int? {
    let scalars = text.unicodeScalars
    guard scalars.first == "[", let close = scalars.firstIndex(of: "]") else { return nil }
    let digits = scalars[scalars.index(after: scalars.startIndex)..<close]
    guard scalars[scalars.index(after: close)...].first == " " else { return nil }
    return Int(String(digits))
  }
}

/// A Notes cell that does not match the row's footnote markers.
struct FootnoteError: Error {
  let message: String

  init(_ message: String) {
    self.message = message
  }

  /// A footnote entry `[number] ` that the cell has already given.
  static func givenTwice(_ number: String) -> FootnoteError {
    FootnoteError(
      "footnote [\(number)] is given twice (one \"[\(number)] text\" entry per footnote; a note"
        + " of several lines goes under one entry)")
  }

  /// A footnote entry `[number] ` that no cell of the row is marked with.
  static func unmarked(_ number: String) -> FootnoteError {
    FootnoteError("footnote [\(number)] has no cell marked [\(number)]")
  }
}
