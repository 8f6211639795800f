/// One key of a budget-against-actual report: the budget, the spend to date, what remains and
/// where the spend stands.
public struct BudgetLine: Hashable, Sendable {
  /// Release, party, modification and phase.
  public let key: VarianceKey
  /// The budget line; `nil` for unbudgeted spend.
  public let budget: VarianceEntry?
  /// The spend counted (to the as-of date, if there is one).
  public let spent: Money
  /// The number of spend lines counted.
  public let spendLines: Int
  /// Where the spend stands against the budget.
  public let status: BudgetStatus
  /// Budget low and high minus the spend; `nil` when the budget is TBC or there is none. An N/A
  /// budget is a budget of nothing.
  public let remaining: CostRange?
  /// The spend as a percentage of the budget's low end; `nil` when that is zero or not a figure.
  public let percentOfLow: Percentage?
  /// The spend as a percentage of the budget's high end.
  public let percentOfHigh: Percentage?

  /// The title of the budget line, or of the first spend line for unbudgeted spend.
  public let title: String

  /// Compares `spent` (over `spendLines` lines) with `budget` for `key`; `spendTitle` names
  /// unbudgeted spend.
  ///
  /// - Throws: ``MoneyError/overflow`` if a remainder does not fit.
  public init(
    key: VarianceKey, budget: VarianceEntry?, spent: Money, spendLines: Int, spendTitle: String = ""
  ) throws(MoneyError) {
    self.key = key
    self.title = budget?.title ?? spendTitle
    self.budget = budget
    self.spent = spent
    self.spendLines = spendLines
    status = BudgetStatus(spent: spent, against: budget?.figure)
    let range: CostRange? =
      switch budget?.figure {
      case .priced(_, let range)?: range
      case .notApplicable?: .zero
      case .tbc?, nil: nil
      }
    remaining = try range.map { (range) throws(MoneyError) in try range.subtracting(spent) }
    percentOfLow = budget?.figure.range.flatMap { Percentage(spent, of: $0.low) }
    percentOfHigh = budget?.figure.range.flatMap { Percentage(spent, of: $0.high) }
  }
}
