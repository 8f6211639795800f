import SECCost

/// SECAS cost as a live formula: days × day rate.
package enum XLSXCostFormula {
  /// `days*rate` (cell references) when the product is `cost` exactly, `ROUND(days*rate,2)` when
  /// rounding half away from zero gives it, else `nil` (a tie the ledger rounds to even: the
  /// caller writes the amount as a number).
  package static func product(_ effort: SECASEffort, cost: Money, days: String, rate: String)
    -> String?
  {
    let product = "\(days)*\(rate)"
    let (exact, overflow) = effort.days.tenThousandths.multipliedReportingOverflow(
      by: effort.dayRate.pence)
    guard !overflow else { return nil }
    if exact % Days.scale == 0 { return exact / Days.scale == cost.pence ? product : nil }
    let halfAway = (exact + (exact < 0 ? -Days.scale / 2 : Days.scale / 2)) / Days.scale
    return halfAway == cost.pence ? "ROUND(\(product),2)" : nil
  }

  /// The cost `product` (a formula from ``product(_:cost:days:rate:)``) as the wide layout writes
  /// a marked amount, `£3,000 [1]`: whole pounds without pence, else two places (as
  /// `Money.formatted`), then the footnote marker.
  package static func marked(_ product: String, marker: Int) -> String {
    "IF((\(product))=INT(\(product)),TEXT(\(product),\"£#,##0\"),TEXT(\(product),\"£#,##0.00\"))"
      + "&\" [\(marker)]\""
  }
}
