/// The combined cost of a group of ledger lines: interval sums by basis, and the lines that have
/// no figure (TBC) or no cost (N/A) counted, never added as £0.
public struct CostSummary: Hashable, Sendable {
  /// The sum of every priced figure (firm, estimate and actual), as an interval.
  public private(set) var priced = CostRange.zero
  /// The sum of the firm figures.
  public private(set) var firm = CostRange.zero
  /// The sum of the estimated figures.
  public private(set) var estimate = CostRange.zero
  /// The sum of the actual spend.
  public private(set) var actual = CostRange.zero
  /// The number of TBC lines: costs that exist but are not in the sums.
  public private(set) var tbc = 0
  /// The number of N/A lines.
  public private(set) var notApplicable = 0
  /// The number of lines of every kind.
  public private(set) var lines = 0
  /// The number of DCC phases not provided (see ``CountedFigures``): costs that may exist but
  /// have no line at all, counted like a TBC and not in the sums.
  public private(set) var missing = 0

  /// An empty summary.
  public init() {}

  /// Whether every cost in the group has a figure (no TBC, nothing not provided), so the sums
  /// are the whole cost.
  public var isComplete: Bool { tbc == 0 && missing == 0 }

  /// Counts `count` phases not provided.
  public mutating func addMissing(_ count: Int = 1) {
    missing += count
  }

  /// Adds one figure.
  public mutating func add(_ figure: CostFigure) throws(MoneyError) {
    switch figure {
    case .priced(let basis, let range):
      priced = try priced.adding(range)
      switch basis {
      case .firm: firm = try firm.adding(range)
      case .estimate: estimate = try estimate.adding(range)
      case .actual: actual = try actual.adding(range)
      }
    case .tbc: tbc += 1
    case .notApplicable: notApplicable += 1
    }
    lines += 1
  }

  /// Adds another summary.
  public mutating func add(_ other: CostSummary) throws(MoneyError) {
    priced = try priced.adding(other.priced)
    firm = try firm.adding(other.firm)
    estimate = try estimate.adding(other.estimate)
    actual = try actual.adding(other.actual)
    tbc += other.tbc
    notApplicable += other.notApplicable
    lines += other.lines
    missing += other.missing
  }

  /// The total as a RID would write it, never hiding a TBC or a cost not provided:
  /// `£5,270,792 to £5,744,792`, `£1,573,801 + 2 TBC`, `£437,032 + 3 not provided`, `TBC`
  /// (nothing priced yet), `N/A`.
  public var ridNotation: String {
    let pricedLines = lines - tbc - notApplicable
    let notProvided = missing > 0 ? "\(missing) not provided" : nil
    if pricedLines == 0 {
      if tbc > 0 {
        let base = tbc == 1 ? "TBC" : "\(tbc) × TBC"
        return notProvided.map { "\(base) + \($0)" } ?? base
      }
      if let notProvided { return notProvided }
      return notApplicable > 0 ? "N/A" : "£0"
    }
    var text = priced.ridNotation
    if tbc > 0 { text += " + \(tbc) TBC" }
    if let notProvided { text += " + \(notProvided)" }
    return text
  }
}
