/// Budget against actual spend: per key and in total, the budget (low–high), the spend to date,
/// what remains against low and high, the percentage spent, and where the spend stands.
public struct BudgetVarianceReport: Hashable, Sendable {
  /// Spend is counted up to and including this day, when given.
  public let asOf: CalendarDate?
  /// One line per budget key and per key with spend, in report order; unbudgeted spend included.
  public let lines: [BudgetLine]
  /// The budget in total: priced sum as an interval, TBC and N/A counted.
  public let budget: CostSummary
  /// The spend counted, in total.
  public let spent: SpendRecord.Amount
  /// Budget low and high minus all the spend counted (unbudgeted spend and spend against TBC
  /// budgets included: the money is gone).
  public let remaining: CostRange
  /// Total spend as a percentage of the total budget's low end.
  public let percentOfLow: Percentage?
  /// Total spend as a percentage of the total budget's high end.
  public let percentOfHigh: Percentage?
  /// Where total spend stands against the total budget.
  public let status: BudgetStatus
  /// Spend on keys with no budget line (part of ``spent``).
  public let unbudgeted: SpendRecord.Amount
  /// Spend on keys whose budget is TBC (part of ``spent``).
  public let againstTBC: SpendRecord.Amount
  /// Spend after the as-of date: not counted.
  public let later: SpendRecord.Amount
  /// Spend with no date when there is an as-of date: not counted.
  public let undated: SpendRecord.Amount
  /// The releases in the report, in date order, with the budget version counted.
  public let releases: [TotalsReport.CountedRelease]
  /// Whether the lines add up to the totals.
  public let reconciliation: Reconciliation

  /// Compares the budget in `source` (each release's latest version, as ``CostTotals`` counts it)
  /// with its actual spend, counting spend up to `asOf` when given.
  ///
  /// - Throws: ``VarianceInputError`` for a version conflict in the budget, spend given as a
  ///   range, or a sum that does not fit.
  public static func compare(_ source: VarianceSource, asOf: CalendarDate? = nil)
    throws(VarianceInputError) -> BudgetVarianceReport
  {
    if let origin = source.actualRange { throw .actualRange(origin) }
    let budgets = try source.figures()
    do {
      return try build(source, budgets: budgets, asOf: asOf)
    } catch {
      throw .overflow(nil)
    }
  }

  private static func build(
    _ source: VarianceSource, budgets: [VarianceKey: VarianceEntry], asOf: CalendarDate?
  ) throws(MoneyError) -> BudgetVarianceReport {
    var splits: [VarianceKey: SpendSplit] = [:]
    for (key, record) in source.spend { splits[key] = try record.split(asOf: asOf) }
    let keys = Set(budgets.keys).union(splits.keys.filter { splits[$0]?.counted.lines ?? 0 > 0 })
      .sorted { $0.precedes($1) }
    var lines: [BudgetLine] = []
    var fromLines: [String: Reconciliation.Figures] = [:]
    var unbudgeted = SpendRecord.Amount()
    var againstTBC = SpendRecord.Amount()
    var later = SpendRecord.Amount()
    var undated = SpendRecord.Amount()
    // Every sum below is taken in a fixed order, so that one that overflows part-way does so
    // on every run (a dictionary's order changes from one run to the next).
    for (_, split) in splits.sorted(by: { $0.key.precedes($1.key) }) {
      try later.add(split.later)
      try undated.add(split.undated)
    }
    for key in keys {
      let counted = splits[key]?.counted ?? SpendRecord.Amount()
      let line = try BudgetLine(
        key: key, budget: budgets[key], spent: counted.amount, spendLines: counted.lines,
        spendTitle: source.spend[key]?.title ?? "")
      lines.append(line)
      var figures = Reconciliation.Figures()
      if let figure = line.budget?.figure {
        var summary = CostSummary()
        try summary.add(figure)
        figures = Reconciliation.Figures(budget: summary, spent: counted.amount)
      } else {
        figures.spent = counted.amount
      }
      try fromLines[key.release, default: Reconciliation.Figures()].add(figures)
      if line.status == .unbudgeted { try unbudgeted.add(counted) }
      if line.status == .budgetTBC { try againstTBC.add(counted) }
    }

    // The totals come from the ledger's own running sums, not from the lines above.
    let budgetTotals = try source.figureTotals()
    let spendTotals = try source.spendTotals(asOf: asOf)
    var fromLedger: [String: Reconciliation.Figures] = [:]
    var budget = CostSummary()
    var spent = SpendRecord.Amount()
    for release in Set(budgetTotals.keys).union(spendTotals.keys).sorted(by: ReleaseOrder.precedes) {
      let summary = budgetTotals[release] ?? CostSummary()
      let counted = spendTotals[release]?.counted ?? SpendRecord.Amount()
      fromLedger[release] = Reconciliation.Figures(budget: summary, spent: counted.amount)
      try budget.add(summary)
      try spent.add(counted)
    }
    let remaining = try budget.priced.subtracting(spent.amount)
    let budgetLines = budget.lines - budget.tbc - budget.notApplicable
    let status: BudgetStatus =
      budget.lines == 0
      ? .unbudgeted
      : (budgetLines == 0 && budget.tbc > 0
        ? .budgetTBC : BudgetStatus(spent: spent.amount, within: budget.priced))
    let counted = source.countedVersions()
    let countedNames = Set(counted.map(\.release))
    let spendOnly = Set(keys.map(\.release)).subtracting(countedNames).map {
      TotalsReport.CountedRelease(release: $0, version: nil)
    }
    return BudgetVarianceReport(
      asOf: asOf, lines: lines, budget: budget, spent: spent,
      remaining: remaining,
      percentOfLow: budgetLines > 0 ? Percentage(spent.amount, of: budget.priced.low) : nil,
      percentOfHigh: budgetLines > 0 ? Percentage(spent.amount, of: budget.priced.high) : nil,
      status: status, unbudgeted: unbudgeted, againstTBC: againstTBC, later: later,
      undated: undated,
      releases: (counted + spendOnly).sorted { ReleaseOrder.precedes($0.release, $1.release) },
      reconciliation: try Reconciliation(
        lines: fromLines, ledger: fromLedger, lineCount: lines.count))
  }
}
