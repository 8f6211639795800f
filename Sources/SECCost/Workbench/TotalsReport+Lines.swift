extension TotalsReport {
  /// The totals of lines already read, grouped `by`, as `seccost totals --by` counts them.
  ///
  /// - Throws: ``MoneyError/overflow`` if a total leaves the representable range (lines held in
  ///   memory are never read again, so that is the only way counting them can fail).
  static func of(_ lines: some Sequence<LedgerLine>, by dimension: TotalsDimension) throws(MoneyError)
    -> TotalsReport
  {
    var totals = CostTotals(by: dimension)
    for line in lines { totals.add(line) }
    do {
      return try totals.report()
    } catch let error as MoneyError {
      throw error
    } catch {
      throw .overflow
    }
  }
}
