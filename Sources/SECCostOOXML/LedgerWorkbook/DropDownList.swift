import SECCost

/// The values the ledger workbook's drop-down lists offer: the accepted ids, from the enums.
package enum DropDownList {
  /// `DCC`, `SECAS`.
  package static var parties: [String] { Party.allCases.map(\.id) }
  /// Every phase id.
  package static var phases: [String] { Phase.allCases.map(\.id) }
  /// Every basis id (`firm` … `n/a`).
  package static var bases: [String] { Basis.allCases.map(\.id) }
  /// The bases of an amount (`firm`, `estimate`, `actual`): a wide row's Basis; its TBC and N/A
  /// are written in the phase cells.
  package static var pricedBases: [String] { PricedBasis.allCases.map(\.basis.id) }

  /// The cells of column `index` below a header row: every row to the sheet's end, so that a
  /// row the analyst adds gets the list too.
  package static func column(_ index: Int, below headerRows: Int = 1) -> String {
    let column = XLSXSheet.column(index)
    return "\(column)\(headerRows + 1):\(column)1048576"
  }
}
