/// The rules that relate the cells of one ledger row to each other, written once.
///
/// A reader decodes a row's cells into typed values (``LedgerCell``) and calls ``apply(issues:)``:
/// ``LedgerRow/validated(decimal:warnings:)`` after reading its strings, and the CSV reader's
/// fast path after decoding the bytes of a plainly written row. The rules: the phase belongs to
/// the party; days and day rate go together, on SECAS lines only, and the rate is not negative;
/// a TBC or N/A line has no amounts and no effort; a priced line has a figure (`low`, or days ×
/// day rate) and days × day rate agrees with `low` to the penny when both are given;
/// `low ≤ high`; `likely` is only on a range, inside it; a `date` is only on an actual-spend
/// line. Problems are reported in that order, each cell's own reading problem where the rules
/// reach it.
package struct LedgerRules {
  /// The party, or `nil` if its cell was missing or unknown (already reported).
  package var party: Party?
  /// The phase, or `nil` if its cell was missing or unknown (already reported).
  package var phase: Phase?
  /// The basis, or `nil` if its cell was missing or unknown (already reported).
  package var basis: Basis?
  /// The date of actual spend.
  package var date: LedgerCell<CalendarDate> = .empty
  /// The amounts.
  package var low: LedgerCell<Money> = .empty
  package var high: LedgerCell<Money> = .empty
  package var likely: LedgerCell<Money> = .empty
  /// The SECAS effort.
  package var days: LedgerCell<Days> = .empty
  package var dayRate: LedgerCell<Money> = .empty

  /// What a valid row holds once the rules have been applied.
  package struct Outcome {
    /// The figure: priced with its range, TBC or N/A.
    package var figure: CostFigure
    /// The most likely amount of a range, if given.
    package var likely: Money?
    /// The SECAS effort, if given.
    package var effort: SECASEffort?
    /// The date of actual spend, if given.
    package var date: CalendarDate?
  }

  /// Rules over the given party, phase, basis and cells (empty unless given).
  ///
  /// Every cell is given here, once, by both reading paths (the fast path for every row of a
  /// large file): the rules are then plain bytes, built in place.
  package init(
    party: Party?, phase: Phase?, basis: Basis?, date: LedgerCell<CalendarDate> = .empty,
    low: LedgerCell<Money> = .empty, high: LedgerCell<Money> = .empty,
    likely: LedgerCell<Money> = .empty, days: LedgerCell<Days> = .empty,
    dayRate: LedgerCell<Money> = .empty
  ) {
    self.party = party
    self.phase = phase
    self.basis = basis
    self.date = date
    self.low = low
    self.high = high
    self.likely = likely
    self.days = days
    self.dayRate = dayRate
  }

  /// Applies every rule, appending each problem to `issues`; the outcome if the row breaks none
  /// (and its party, phase and basis are known). `reasons` says, by column, why each
  /// ``LedgerCell/unreadable`` cell does not read.
  package func apply(issues: inout [FieldIssue], reasons: [LedgerColumn: String] = [:])
    -> Outcome?
  {
    let before = issues.count
    if let party, let phase, phase.party != party {
      issues.append(
        FieldIssue(.phase, "\(phase.id) is a \(phase.party.id) phase, but the party is \(party.id)")
      )
    }
    let effort = checkedEffort(issues: &issues, reasons)
    let figure = basis.flatMap {
      checkedFigure(basis: $0, effort: effort, issues: &issues, reasons)
    }
    let likely = figure.flatMap { checkedLikely(figure: $0, issues: &issues, reasons) }
    let date = checkedDate(issues: &issues, reasons)
    guard issues.count == before, party != nil, phase != nil, let figure, let date,
      let effort
    else { return nil }
    return Outcome(figure: figure, likely: likely, effort: effort, date: date)
  }

  /// The date of actual spend: `.some(nil)` when the cell is empty, `nil` when it is unreadable
  /// or on a line that is not actual spend.
  private func checkedDate(issues: inout [FieldIssue], _ reasons: [LedgerColumn: String])
    -> CalendarDate??
  {
    switch date {
    case .empty:
      return .some(nil)
    case .value, .unreadable:
      if let basis, basis != .actual {
        issues.append(
          FieldIssue(.date, "is for actual spend; it must be empty on a \(basis.id) line"))
        return nil
      }
      switch date {
      case .value(let day): return .some(day)
      case .unreadable: issues.append(FieldIssue(.date, Self.reason(.date, reasons)))
      case .empty: break
      }
      return nil
    }
  }

  /// The SECAS effort, `.some(nil)` when the row has none, `nil` when it is invalid.
  private func checkedEffort(
    issues: inout [FieldIssue], _ reasons: [LedgerColumn: String]
  ) -> SECASEffort?? {
    if days.isEmpty && dayRate.isEmpty { return .some(nil) }
    var valid = true
    if party == .dcc {
      issues.append(FieldIssue(.days, "days and day_rate are for SECAS effort, not DCC lines"))
      valid = false
    }
    if days.isEmpty || dayRate.isEmpty {
      let missing: LedgerColumn = days.isEmpty ? .days : .dayRate
      issues.append(FieldIssue(missing, "is empty; days and day_rate go together"))
      return nil
    }
    var count: Days?
    switch days {
    case .value(let value): count = value
    case .unreadable: issues.append(FieldIssue(.days, Self.reason(.days, reasons)))
    case .empty: break
    }
    var rate: Money?
    switch dayRate {
    case .value(let value): rate = value
    case .unreadable: issues.append(FieldIssue(.dayRate, Self.reason(.dayRate, reasons)))
    case .empty: break
    }
    if let rate, rate.isNegative {
      issues.append(FieldIssue(.dayRate, "\(rate.formatted) is negative"))
      valid = false
    }
    guard valid, let count, let rate else { return nil }
    return .some(SECASEffort(days: count, dayRate: rate))
  }

  private func checkedFigure(
    basis: Basis, effort: SECASEffort??, issues: inout [FieldIssue],
    _ reasons: [LedgerColumn: String]
  )
    -> CostFigure?
  {
    guard let priced = PricedBasis(basis) else {
      for (column, isEmpty) in [
        (LedgerColumn.low, low.isEmpty), (.high, high.isEmpty), (.likely, likely.isEmpty),
        (.days, days.isEmpty), (.dayRate, dayRate.isEmpty),
      ] where !isEmpty {
        issues.append(FieldIssue(column, "must be empty on a \(basis.id) line"))
      }
      return basis == .tbc ? .tbc : .notApplicable
    }
    var lowAmount: Money?
    var highAmount: Money?
    var amountsValid = true
    switch low {
    case .empty:
      if case .some(.some(let effort)) = effort {
        do { lowAmount = try effort.cost() } catch {
          issues.append(FieldIssue(.low, "days × day_rate: \(error.description)"))
          amountsValid = false
        }
      } else if effort != nil {
        issues.append(
          FieldIssue(.low, "is empty; a \(basis.id) line needs a figure (or days and day_rate)"))
        amountsValid = false
      } else {
        amountsValid = false
      }
    case .unreadable:
      issues.append(FieldIssue(.low, Self.reason(.low, reasons)))
      amountsValid = false
    case .value(let amount):
      lowAmount = amount
      if case .some(.some(let effort)) = effort, let cost = try? effort.cost(), cost != amount {
        issues.append(
          FieldIssue(
            .low,
            "\(amount.formatted) disagrees with days × day_rate = \(effort.days.plainDecimal) × "
              + "\(effort.dayRate.formatted) = \(cost.formatted)"))
        amountsValid = false
      }
    }
    switch high {
    case .empty: break
    case .value(let amount): highAmount = amount
    case .unreadable:
      issues.append(FieldIssue(.high, Self.reason(.high, reasons)))
      amountsValid = false
    }
    guard amountsValid, let lowAmount else { return nil }
    do {
      return .priced(priced, try CostRange(low: lowAmount, high: highAmount ?? lowAmount))
    } catch {
      issues.append(FieldIssue(.high, error.description))
      return nil
    }
  }

  /// The most likely amount of a range, if the row gives one; `nil` if it gives none or it is
  /// invalid (with the issue recorded).
  private func checkedLikely(
    figure: CostFigure, issues: inout [FieldIssue], _ reasons: [LedgerColumn: String]
  ) -> Money? {
    guard let range = figure.range else { return nil }
    let amount: Money
    switch likely {
    case .empty: return nil
    case .unreadable:
      issues.append(FieldIssue(.likely, Self.reason(.likely, reasons)))
      return nil
    case .value(let value): amount = value
    }
    guard !range.isPoint else {
      issues.append(
        FieldIssue(
          .likely,
          "is only for a range (low below high); this line has the single figure "
            + range.low.formatted))
      return nil
    }
    guard range.low <= amount, amount <= range.high else {
      issues.append(
        FieldIssue(.likely, "\(amount.formatted) is outside the range \(range.ridNotation)"))
      return nil
    }
    return amount
  }

  /// Why the cell of `column` does not read, as its reader said.
  private static func reason(_ column: LedgerColumn, _ reasons: [LedgerColumn: String]) -> String {
    reasons[column] ?? "does not read"
  }
}
