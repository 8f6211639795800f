import SECCost

/// A ledger in the wide layout: the columns and the rows of typed cells, made once by the wide
/// rules for every format that writes the layout (CSV, the workbook's `Wide` sheet).
package struct WideTable: Sendable {
  /// The columns, in order.
  package let columns: [WideColumn]
  /// The rows, each a cell per column.
  package let rows: [[WideCell]]

  /// The table of `ledger` (see ``Ledger/wideCSV()`` for the columns and rows).
  ///
  /// - Throws: ``WideLayoutError`` if a note cannot be written unambiguously.
  package init(_ ledger: Ledger) throws(WideLayoutError) {
    let lines = ledger.canonicalLines
    let usedPhases = Set(lines.map(\.phase))
    let phases = Phase.allCases.filter { phase in
      phase.party == .dcc && phase != .total || usedPhases.contains(phase)
    }
    var columns: [WideColumn] = [.release, .version, .party, .modification, .title, .basis]
    if lines.contains(where: { $0.date != nil }) { columns.append(.date) }
    columns += phases.map { .phase($0) }
    if lines.contains(where: { $0.effort != nil }) { columns += [.days, .dayRate] }
    columns.append(.notes)
    var rows: [[WideCell]] = []
    for row in WideGrouping.rows(of: lines) {
      rows.append(try row.cells(columns))
    }
    self.columns = columns
    self.rows = rows
  }
}
