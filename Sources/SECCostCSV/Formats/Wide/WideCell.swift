import SECCost

/// One cell of the wide layout, typed, before it is written: the one place the wide rules make
/// a cell, so that the CSV export and the workbook's `Wide` sheet write the same table.
package enum WideCell: Sendable {
  /// Free text (release, version, party, modification, title, basis, date, notes); empty when
  /// the row has none.
  case text(String)
  /// A phase cell: the line, and the number of its footnote marker if its note has one. Boxed
  /// (`indirect`): a line is large and most cells of a wide table are empty, so a table of
  /// 100,000 lines is tens of megabytes, not hundreds.
  indirect case figure(LedgerLine, marker: Int?)
  /// SECAS effort days, if the row has effort.
  case days(Days?)
  /// SECAS day rate, if the row has effort.
  case dayRate(Money?)
  /// No line for this phase in the row.
  case empty

  /// The cell as the wide CSV writes it: a figure in RID notation, its most likely amount
  /// after it (`£301,000 to £625,000 (likely £400,000)`) and its marker (`£1,573 [1]`).
  package var text: String {
    switch self {
    case .text(let text): text
    case .figure(let line, let marker):
      line.figure.ridNotation + (line.likely.map { " (likely \($0.formatted))" } ?? "")
        + (marker.map { " [\($0)]" } ?? "")
    case .days(let days): days?.plainDecimal ?? ""
    case .dayRate(let rate): rate?.plainDecimal ?? ""
    case .empty: ""
    }
  }

  /// The cell as a CSV cell, typed as the wide CSV export writes it.
  var csv: CSVCell {
    switch self {
    case .text(let text): .text(text)
    case .figure, .days, .empty: .number(text)
    case .dayRate(let rate): .amount(rate)
    }
  }
}
