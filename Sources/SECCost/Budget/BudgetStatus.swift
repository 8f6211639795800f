/// Where spend to date stands against a budget line.
public enum BudgetStatus: String, CaseIterable, Hashable, Sendable {
  /// Spent less than the low end of the budget.
  case underLow = "under-low"
  /// Spent at least the low end and at most the high end.
  case withinRange = "within-range"
  /// Spent more than the high end (or anything against an N/A line, a budget of nothing).
  case overBudget = "over-budget"
  /// The budget is TBC: spend cannot be compared with it.
  case budgetTBC = "budget-tbc"
  /// Spend on a key that has no budget line.
  case unbudgeted

  /// The canonical id used in CSV and JSON (`over-budget`).
  public var id: String { rawValue }

  /// The label for people (`over budget`).
  public var label: String {
    switch self {
    case .underLow: "under low"
    case .withinRange: "within range"
    case .overBudget: "over budget"
    case .budgetTBC: "budget TBC"
    case .unbudgeted: "unbudgeted"
    }
  }

  /// The status of `spent` against `budget` (`nil` when there is no budget line).
  ///
  /// An N/A budget is a budget of nothing: any spend on it is over budget.
  public init(spent: Money, against budget: CostFigure?) {
    switch budget {
    case nil: self = .unbudgeted
    case .tbc?: self = .budgetTBC
    case .notApplicable?: self = BudgetStatus(spent: spent, within: .zero)
    case .priced(_, let range)?: self = BudgetStatus(spent: spent, within: range)
    }
  }

  /// The status of `spent` against the interval `range`.
  public init(spent: Money, within range: CostRange) {
    if spent < range.low {
      self = .underLow
    } else if spent > range.high {
      self = .overBudget
    } else {
      self = .withinRange
    }
  }
}
