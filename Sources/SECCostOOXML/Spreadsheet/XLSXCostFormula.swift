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
}
