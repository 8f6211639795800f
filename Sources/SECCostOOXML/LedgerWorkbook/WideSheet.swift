import SECCost
import SECCostCSV

/// The ledger workbook's `Wide` sheet: the wide layout's table (``WideTable``, the same header
/// and cells as the wide CSV export), typed for a spreadsheet, and a totals row.
///
/// - A single amount without a footnote marker or likely amount is a number cell in the £
///   format, exactly the ledger's pence; a SECAS row's amount is the formula `=days×rate`
///   (`ROUND(…,2)` when the product has a fraction of a penny) with the ledger's amount cached;
/// - ranges, TBC, N/A and marked amounts are text in RID notation, as the wide CSV writes them;
///   estimates are in italics;
/// - every other cell is text (an inline string), so nothing becomes a date, number or formula;
/// - the totals row, directly below the data: `Total` in the Release column and an
///   ``XLSXColumnTotal`` formula under each phase (the reader skips a row whose Release is
///   `Total` and whose other cells are formulas).
enum WideSheet {
  /// The sheet's name.
  static let name = "Wide"

  /// The sheet of `table`. Its rows are made as it is written (`XLSXSheet.rowSource`): writing
  /// it throws `MoneyError` if a column total is beyond the range of money.
  static func sheet(_ table: WideTable) -> XLSXSheet {
    var sheet = XLSXSheet(name: name)
    let columns = table.columns
    sheet.append(columns.map { .text($0.header, .header) })
    sheet.frozenRows = 1
    sheet.widths = columns.map(ColumnWidth.of)
    // Text columns take what is typed in them as text (a version `0.10` stays `0.10`).
    sheet.columnStyles = columns.map {
      switch $0 {
      case .phase, .days, .dayRate: nil
      default: .textEntry
      }
    }
    for (index, column) in columns.enumerated() {
      switch column {
      case .party: sheet.lists.append((DropDownList.column(index), DropDownList.parties))
      case .basis: sheet.lists.append((DropDownList.column(index), DropDownList.pricedBases))
      default: break
      }
    }
    let daysColumn = columns.firstIndex(of: .days)
    let rateColumn = columns.firstIndex(of: .dayRate)
    var tallies = [XLSXColumnTotal.Tally](repeating: .init(), count: columns.count)
    var rows = table.rows.makeIterator()
    var number = sheet.nextRow - 1
    var totalled = table.rows.isEmpty
    // The rows are made as the sheet is written, then the totals row from their tallies.
    sheet.rowSource = { () throws(MoneyError) -> [XLSXCell]? in
      guard let row = rows.next() else {
        guard !totalled else { return nil }
        totalled = true
        return totals(columns, tallies, last: number)
      }
      number += 1
      var cells: [XLSXCell] = []
      for (index, cell) in row.enumerated() {
        switch cell {
        case .text(let text):
          cells.append(.text(text, .textEntry))
        case .empty:
          cells.append(.empty)
        case .days(let days):
          cells.append(
            days.map { XLSXCell(value: .number($0.plainDecimal), style: .plain) } ?? .empty)
        case .dayRate(let rate):
          cells.append(
            rate.map { SpreadsheetAmount.cell($0, italic: false) ?? .text(cell.text) } ?? .empty)
        case .figure(let line, let marker):
          let estimate = line.figure.basis == .estimate
          if marker == nil, line.likely == nil, let range = line.figure.range,
            range.low == range.high,
            var amount = SpreadsheetAmount.cell(range.low, italic: estimate)
          {
            if let effort = line.effort, let days = daysColumn, let rate = rateColumn,
              let formula = XLSXCostFormula.product(
                effort, cost: range.low, days: XLSXSheet.reference(days, number),
                rate: XLSXSheet.reference(rate, number))
            {
              amount.value = .formula(formula, cached: XLSXCell.decimal(range.low))
            }
            try tallies[index].add(amount: range.low)
            cells.append(amount)
          } else {
            var text = XLSXCell.text(cell.text, estimate ? .figureTextItalic : .figureText)
            if line.likely == nil, let range = line.figure.range, range.low == range.high {
              try tallies[index].add(textAmount: range.low)  // `£1,573 [1]`: the total reads it
              // SECAS cost with a footnote marker: still days × rate, as text with its marker.
              if let effort = line.effort, let marker, let days = daysColumn, let rate = rateColumn,
                let product = XLSXCostFormula.product(
                  effort, cost: range.low, days: XLSXSheet.reference(days, number),
                  rate: XLSXSheet.reference(rate, number))
              {
                text.value = .textFormula(
                  XLSXCostFormula.marked(product, marker: marker), cached: cell.text)
              }
            } else if let range = line.figure.range {
              // `£301,000 to £625,000 (likely £400,000) [2]`: the total adds low and high.
              try tallies[index].add(textRange: range.low, to: range.high)
            } else {
              tallies[index].add(text: cell.text)
            }
            cells.append(text)
          }
        }
      }
      return cells
    }
    return sheet
  }

  /// The totals row below data rows 2 to `last`: `Total`, then each phase column's
  /// ``XLSXColumnTotal``.
  private static func totals(
    _ columns: [WideColumn], _ tallies: [XLSXColumnTotal.Tally], last: Int
  ) -> [XLSXCell] {
    columns.enumerated().map { index, column in
      switch column {
      case .release: return .text("Total", .totalLabel)
      case .phase:
        let letter = XLSXSheet.column(index)
        return XLSXColumnTotal(ranges: ["\(letter)2:\(letter)\(last)"]).cell(tallies[index])
      default: return .empty
      }
    }
  }
}
