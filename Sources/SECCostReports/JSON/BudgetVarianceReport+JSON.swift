import SECCost

extension BudgetVarianceReport {
  /// The report as JSON: amounts as two-place decimal strings, `null` where there is no amount,
  /// keys sorted, stable.
  package var json: String {
    JSONDocument.encode(
      BudgetJSON(
        asOf: asOf?.iso, releases: releases.map(CountedReleaseJSON.init),
        lines: lines.map(BudgetLineJSON.init),
        total: BudgetTotalJSON(self),
        excluded: ExcludedJSON(afterAsOf: SpendJSON(later), undated: SpendJSON(undated)),
        reconciliation: ReconciliationJSON(reconciliation)))
  }
}

private struct BudgetJSON: Encodable {
  let asOf: String?
  let releases: [CountedReleaseJSON]
  let lines: [BudgetLineJSON]
  let total: BudgetTotalJSON
  let excluded: ExcludedJSON
  let reconciliation: ReconciliationJSON

  enum CodingKeys: String, CodingKey {
    case releases, lines, total, excluded, reconciliation
    case asOf = "as_of"
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(asOf, forKey: .asOf)
    try container.encode(releases, forKey: .releases)
    try container.encode(lines, forKey: .lines)
    try container.encode(total, forKey: .total)
    try container.encode(excluded, forKey: .excluded)
    try container.encode(reconciliation, forKey: .reconciliation)
  }
}

/// A pair of optional amounts or percentages, `null` where there is none.
private struct PairJSON: Encodable {
  let low: String?
  let high: String?

  enum CodingKeys: String, CodingKey { case low, high }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(low, forKey: .low)
    try container.encode(high, forKey: .high)
  }
}

private struct BudgetFigureJSON: Encodable {
  let basis: String?
  let low: String?
  let high: String?
  let version: String?

  init(_ entry: VarianceEntry?) {
    basis = entry?.figure.basis.id
    low = entry?.figure.range?.low.plainDecimal
    high = entry?.figure.range?.high.plainDecimal
    version = entry?.version
  }

  enum CodingKeys: String, CodingKey { case basis, low, high, version }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(basis, forKey: .basis)
    try container.encode(low, forKey: .low)
    try container.encode(high, forKey: .high)
    try container.encode(version, forKey: .version)
  }
}

private struct BudgetLineJSON: Encodable {
  let release: String
  let party: String
  let modification: String
  let title: String
  let phase: String
  let status: String
  let budget: BudgetFigureJSON
  let spent: String
  let spendLines: Int
  let remaining: PairJSON
  let percentSpent: PairJSON

  init(_ line: BudgetLine) {
    release = line.key.release
    party = line.key.party.id
    modification = line.key.modification
    title = line.title
    phase = line.key.phase.id
    status = line.status.id
    budget = BudgetFigureJSON(line.budget)
    spent = line.spent.plainDecimal
    spendLines = line.spendLines
    remaining = PairJSON(
      low: line.remaining?.low.plainDecimal, high: line.remaining?.high.plainDecimal)
    percentSpent = PairJSON(
      low: line.percentOfLow?.plainDecimal, high: line.percentOfHigh?.plainDecimal)
  }

  enum CodingKeys: String, CodingKey {
    case release, party, modification, title, phase, status, budget, spent, remaining
    case spendLines = "spend_lines"
    case percentSpent = "percent_spent"
  }
}

private struct SpendJSON: Encodable {
  let amount: String
  let lines: Int

  init(_ amount: SpendRecord.Amount) {
    self.amount = amount.amount.plainDecimal
    lines = amount.lines
  }
}

private struct ExcludedJSON: Encodable {
  let afterAsOf: SpendJSON
  let undated: SpendJSON

  enum CodingKeys: String, CodingKey {
    case undated
    case afterAsOf = "after_as_of"
  }
}

private struct BudgetTotalJSON: Encodable {
  let budget: SummaryCountsJSON
  let spent: String
  let spendLines: Int
  let remaining: PairJSON
  let percentSpent: PairJSON
  let status: String
  let unbudgeted: SpendJSON
  let againstTBC: SpendJSON

  init(_ report: BudgetVarianceReport) {
    budget = SummaryCountsJSON(report.budget)
    spent = report.spent.amount.plainDecimal
    spendLines = report.spent.lines
    remaining = PairJSON(
      low: report.remaining.low.plainDecimal, high: report.remaining.high.plainDecimal)
    percentSpent = PairJSON(
      low: report.percentOfLow?.plainDecimal, high: report.percentOfHigh?.plainDecimal)
    status = report.status.id
    unbudgeted = SpendJSON(report.unbudgeted)
    againstTBC = SpendJSON(report.againstTBC)
  }

  enum CodingKeys: String, CodingKey {
    case budget, spent, remaining, status, unbudgeted
    case spendLines = "spend_lines"
    case percentSpent = "percent_spent"
    case againstTBC = "against_tbc"
  }
}

private struct ReconciliationJSON: Encodable {
  struct DifferenceJSON: Encodable {
    let scope: String
    let measure: String
    let lines: String
    let ledger: String
  }

  let reconciled: Bool
  let statement: String
  let differences: [DifferenceJSON]

  init(_ reconciliation: Reconciliation) {
    reconciled = reconciliation.isReconciled
    statement = reconciliation.statement
    differences = reconciliation.differences.map { difference in
      func show(_ value: Int64) -> String {
        difference.measure == .budgetTBC ? String(value) : Money(pence: value).plainDecimal
      }
      return DifferenceJSON(
        scope: difference.scope, measure: difference.measure.rawValue,
        lines: show(difference.fromLines), ledger: show(difference.fromLedger))
    }
  }
}
