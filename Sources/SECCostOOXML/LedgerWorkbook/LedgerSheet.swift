import SECCost

/// The ledger workbook's `Ledger` sheet: the ledger layout, the canonical CSV's header and line
/// order, amounts as numbers in the £ format (estimates in italics), every other cell text.
enum LedgerSheet {
  /// The sheet's name.
  static let name = "Ledger"

  /// The sheet of `ledger`.
  static func sheet(_ ledger: Ledger) -> XLSXSheet {
    var sheet = XLSXSheet(name: name)
    let columns = LedgerColumn.allCases
    sheet.append(columns.map { .text($0.name, .header) })
    sheet.frozenRows = 1
    sheet.widths = columns.map(ColumnWidth.of)
    // Text columns take what is typed in them as text (a version `0.10` stays `0.10`).
    sheet.columnStyles = columns.map { $0.isAmount ? nil : .textEntry }
    for (index, column) in columns.enumerated() {
      switch column {
      case .party: sheet.lists.append((DropDownList.column(index), DropDownList.parties))
      case .phase: sheet.lists.append((DropDownList.column(index), DropDownList.phases))
      case .basis: sheet.lists.append((DropDownList.column(index), DropDownList.bases))
      default: break
      }
    }
    let order = ledger.canonicalOrder
    var position = 0
    // The rows are made as the sheet is written, one line at a time.
    sheet.rowSource = {
      guard position < order.count else { return nil }
      let line = ledger.lines[order[position]]
      position += 1
      let estimate = line.figure.basis == .estimate
      func amount(_ money: Money?, italic: Bool) -> XLSXCell {
        money.map { SpreadsheetAmount.cell($0, italic: italic) ?? .text($0.plainDecimal) } ?? .empty
      }
      return columns.map { column in
        switch column {
        case .release: .text(line.release, .textEntry)
        case .version: .text(line.version, .textEntry)
        case .party: .text(line.party.id, .textEntry)
        case .modification: .text(line.modification, .textEntry)
        case .title: .text(line.title, .textEntry)
        case .phase: .text(line.phase.id, .textEntry)
        case .basis: .text(line.figure.basis.id, .textEntry)
        case .date: .text(line.date?.iso ?? "", .textEntry)
        case .low: amount(line.figure.range?.low, italic: estimate)
        case .high: amount(line.figure.range?.high, italic: estimate)
        case .likely: amount(line.likely, italic: estimate)
        case .days:
          line.effort.map { XLSXCell(value: .number($0.days.plainDecimal), style: .plain) }
            ?? .empty
        case .dayRate: amount(line.effort?.dayRate, italic: false)
        case .note: .text(line.note, .textEntry)
        }
      }
    }
    return sheet
  }
}
