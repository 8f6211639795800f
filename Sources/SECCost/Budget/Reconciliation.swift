/// Whether the lines of a budget report add up to its totals, to the penny, and where not.
///
/// The totals are summed straight from the ledger lines as they were read; the report's lines are
/// built by matching budgets with spend. Reconciling the two, release by release, shows that no
/// budget and no spend was dropped or counted twice on the way.
public struct Reconciliation: Hashable, Sendable {
  /// What is compared, for one release or overall.
  public struct Figures: Hashable, Sendable {
    /// The sum of the budget lows.
    public var budgetLow = Money.zero
    /// The sum of the budget highs.
    public var budgetHigh = Money.zero
    /// The number of TBC budget lines.
    public var budgetTBC = 0
    /// The spend counted.
    public var spent = Money.zero

    /// All zero.
    public init() {}

    /// Figures with the given values.
    public init(budget: CostSummary, spent: Money) {
      budgetLow = budget.priced.low
      budgetHigh = budget.priced.high
      budgetTBC = budget.tbc
      self.spent = spent
    }

    /// Adds another set of figures.
    public mutating func add(_ other: Figures) throws(MoneyError) {
      budgetLow = try budgetLow.adding(other.budgetLow)
      budgetHigh = try budgetHigh.adding(other.budgetHigh)
      budgetTBC += other.budgetTBC
      spent = try spent.adding(other.spent)
    }
  }

  /// One figure that does not agree.
  public struct Difference: Hashable, Sendable, CustomStringConvertible {
    /// What disagrees.
    public enum Measure: String, CaseIterable, Hashable, Sendable {
      /// The sum of the budget lows.
      case budgetLow = "budget low"
      /// The sum of the budget highs.
      case budgetHigh = "budget high"
      /// The number of TBC budget lines.
      case budgetTBC = "budget TBC count"
      /// The spend.
      case spent
    }

    /// The release, or `Total`.
    public let scope: String
    /// What disagrees.
    public let measure: Measure
    /// The value from the report's lines (pence, or a count for ``Measure/budgetTBC``).
    public let fromLines: Int64
    /// The value from the ledger's totals.
    public let fromLedger: Int64

    /// `November 2022: spent: lines £1,000, ledger £1,200 (difference £200)`.
    public var description: String {
      func show(_ value: Int64) -> String {
        measure == .budgetTBC ? String(value) : Money(pence: value).formatted
      }
      let difference = fromLedger.subtractingReportingOverflow(fromLines)
      let gap = difference.overflow ? "" : " (difference \(show(difference.partialValue)))"
      return "\(scope): \(measure.rawValue): lines \(show(fromLines)), ledger \(show(fromLedger))"
        + gap
    }
  }

  /// How many lines the report has.
  public let lineCount: Int
  /// Every figure that disagrees, release by release in date order, then overall.
  public let differences: [Difference]

  /// Compares the report's lines, summed per release, with the ledger's totals per release.
  public init(lines: [String: Figures], ledger: [String: Figures], lineCount: Int)
    throws(MoneyError)
  {
    self.lineCount = lineCount
    var differences: [Difference] = []
    var linesTotal = Figures()
    var ledgerTotal = Figures()
    func compare(_ scope: String, _ fromLines: Figures, _ fromLedger: Figures) {
      let pairs: [(Difference.Measure, Int64, Int64)] = [
        (.budgetLow, fromLines.budgetLow.pence, fromLedger.budgetLow.pence),
        (.budgetHigh, fromLines.budgetHigh.pence, fromLedger.budgetHigh.pence),
        (.budgetTBC, Int64(fromLines.budgetTBC), Int64(fromLedger.budgetTBC)),
        (.spent, fromLines.spent.pence, fromLedger.spent.pence),
      ]
      for (measure, left, right) in pairs where left != right {
        differences.append(
          Difference(scope: scope, measure: measure, fromLines: left, fromLedger: right))
      }
    }
    for release in Set(lines.keys).union(ledger.keys).sorted(by: ReleaseOrder.precedes) {
      let fromLines = lines[release] ?? Figures()
      let fromLedger = ledger[release] ?? Figures()
      compare(release, fromLines, fromLedger)
      try linesTotal.add(fromLines)
      try ledgerTotal.add(fromLedger)
    }
    compare("Total", linesTotal, ledgerTotal)
    self.differences = differences
  }

  /// Whether every figure agrees.
  public var isReconciled: Bool { differences.isEmpty }

  /// One sentence for the foot of a report.
  public var statement: String {
    let lines = lineCount == 1 ? "the 1 line adds" : "the \(lineCount) lines add"
    guard !isReconciled else {
      return "Reconciled: \(lines) up to the totals to the penny (budget low and high, TBC count,"
        + " spent), release by release and overall."
    }
    return "NOT reconciled: \(lines) up to different totals: "
      + differences.map(\.description).joined(separator: "; ") + "."
  }
}
