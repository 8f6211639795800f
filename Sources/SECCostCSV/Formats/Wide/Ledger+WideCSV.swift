import SECCost

extension Ledger {
  /// The ledger in the wide layout: the RID's cost table, one row per modification.
  ///
  /// Columns: `Release, Version, Party, Modification, Title, Basis`, `Date` when any line of
  /// actual spend has one, one per phase headed with
  /// the RID label (the five DCC phases always; `Total`, `SEC changes` and `Project management`
  /// when used), then `Days`, `Day rate` when any line has SECAS effort, and `Notes`. Cells are in
  /// RID notation (`£1,335,568`, `£301,000 to £625,000`, `TBC`, `N/A`); a line's note becomes a
  /// footnote marker in its cell (`£1,573 [1]`) and `[1] text` in the row's Notes.
  ///
  /// A range's most likely amount follows it: `£301,000 to £625,000 (likely £400,000)`.
  ///
  /// A row holds the lines of one release, version, party, modification, title and basis; TBC
  /// and N/A cells go in the first row of their modification. SECAS effort lines, repeated
  /// actual spend and spend of different dates get rows of their own.
  ///
  /// - Throws: ``WideLayoutError`` if a note cannot be written unambiguously (a note line that
  ///   starts with a footnote marker such as `[2] `).
  public func wideCSV() throws(WideLayoutError) -> [UInt8] {
    let table = try WideTable(self)
    var writer = CSVWriter()
    writer.writeRow(table.columns.map(\.header))
    for row in table.rows {
      writer.writeRow(row.map(\.csv))
    }
    return writer.bytes
  }
}

/// A ledger that cannot be written in the wide layout without losing something.
public struct WideLayoutError: Error, Sendable, CustomStringConvertible {
  /// The line whose note is the problem.
  public let line: LedgerLine

  /// What is wrong, in words for the user, named by the line's key.
  public var description: String {
    let place = [line.release, line.version, line.party.id, line.modification, line.phase.id]
      .filter { !$0.isEmpty }.joined(separator: " / ")
    return "\(place): \(problem)"
  }

  /// What is wrong, without saying where (for a message that names the line's file and line).
  public var problem: String { reason + "; use --layout ledger" }

  /// What is wrong, without advice (for a format other than the wide CSV).
  package var reason: String {
    "the note has a line starting with a footnote marker like \"[2] \", which the"
      + " wide layout's Notes column cannot hold unambiguously"
  }
}

/// Groups canonical lines into wide rows.
enum WideGrouping {
  /// One wide row: its key and a line per phase.
  struct Row {
    let first: LedgerLine
    let basis: Basis?
    var lines: [Phase: LedgerLine] = [:]
    var order: [Phase] = []

    func cells(_ columns: [WideColumn]) throws(WideLayoutError) -> [WideCell] {
      var markers: [Phase: Int] = [:]
      var notes: [String] = []
      for phase in Phase.allCases {
        guard let line = lines[phase], !line.note.isEmpty else { continue }
        if WideGrouping.hasMarkerLine(line.note) {
          throw WideLayoutError(line: line)
        }
        markers[phase] = notes.count + 1
        notes.append("[\(notes.count + 1)] \(line.note)")
      }
      let effort = lines.values.first?.effort
      return columns.map { column in
        switch column {
        case .release: .text(first.release)
        case .version: .text(first.version)
        case .party: .text(first.party.id)
        case .modification: .text(first.modification)
        case .title: .text(first.title)
        case .basis: .text(basis?.id ?? "")
        case .date: .text(first.date?.iso ?? "")
        case .phase(let phase): lines[phase].map { .figure($0, marker: markers[phase]) } ?? .empty
        case .days: .days(effort?.days)
        case .dayRate: .dayRate(effort?.dayRate)
        case .notes: .text(notes.joined(separator: "\n"))
        }
      }
    }
  }

  /// Whether a note has a line, after its first, that starts like a footnote entry (`[2] `).
  ///
  /// Looked at scalar by scalar, as the Notes cell is read back: a line break is any LF (also
  /// that of a CR LF), and the space after `]` counts even when a combining mark follows it.
  static func hasMarkerLine(_ note: String) -> Bool {
    !markerLines(note).isEmpty
  }

  /// The numbers, as written, of the lines after a note's first that start like a footnote entry
  /// (`[2] `), in order; looked at as ``hasMarkerLine(_:)`` does.
  static func markerLines(_ note: String) -> [String] {
    var numbers: [String] = []
    let lines = note.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
    for line: Substring.UnicodeScalarView in lines.dropFirst() {
      guard line.first == "[", let close = line.firstIndex(of: "]") else { continue }
      let digits = line[line.index(after: line.startIndex)..<close]
      guard !digits.isEmpty, digits.allSatisfy({ ("0"..."9").contains($0) }),
        line[line.index(after: close)...].first == " "
      else { continue }
      numbers.append(String(digits))
    }
    return numbers
  }

  private struct Key: Hashable {
    var release: String
    var version: String
    var party: Party
    var modification: String
    var title: String
    var date: CalendarDate?
  }

  /// The rows of `lines` (in canonical order), in order of first appearance.
  static func rows(of lines: [LedgerLine]) -> [Row] {
    var rows: [Row] = []
    var open: [Key: [Int]] = [:]  // row indices per key, in order
    for line in lines {
      let key = Key(
        release: line.release, version: line.version, party: line.party,
        modification: line.modification, title: line.title, date: line.date)
      let basis = PricedBasis(line.figure.basis)?.basis
      let candidates = open[key] ?? []
      let target = candidates.first { index in
        let row = rows[index]
        guard row.lines[line.phase] == nil, line.effort == nil,
          row.lines.values.allSatisfy({ $0.effort == nil })
        else {
          return false
        }
        return basis == nil
          || row.basis == nil && row.lines.values.allSatisfy({ $0.figure.range == nil })
          || row.basis == basis
      }
      if let target {
        if rows[target].basis == nil, let basis { rows[target] = rows[target].with(basis: basis) }
        rows[target].lines[line.phase] = line
      } else {
        var row = Row(first: line, basis: basis)
        row.lines[line.phase] = line
        rows.append(row)
        open[key, default: []].append(rows.count - 1)
      }
    }
    return rows
  }
}

extension WideGrouping.Row {
  fileprivate func with(basis: Basis) -> Self {
    var copy = WideGrouping.Row(first: first, basis: basis)
    copy.lines = lines
    return copy
  }
}
