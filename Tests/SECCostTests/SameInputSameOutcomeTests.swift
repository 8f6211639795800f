import Testing

@testable import SECCost

/// Sums of amounts of both signs can overflow part-way in one order of addition and not in
/// another. Each dictionary hashes in its own order (the seed changes from one process, and one
/// storage, to the next), so a sum taken in a dictionary's order gives a total on one run and an
/// overflow on the next. These laws hold many fresh instances alive at once (so that their
/// storages, and orders, differ) and ask each for the same outcome.
@Suite("The same input gives the same outcome, sum or overflow, on every run")
struct SameInputSameOutcomeTests {
  /// Large enough that two of them overflow, one of them cancelling one of the others.
  private static let big = Money(pence: 9_000_000_000_000_000_000)
  private static let minusBig = Money(pence: -9_000_000_000_000_000_000)
  private static let instances = 40

  private static func line(_ modification: String, _ phase: Phase, _ range: CostRange)
    -> LedgerLine
  {
    LedgerLine(
      release: "November 2022", version: "0.4", party: .dcc, modification: modification,
      phase: phase, figure: .priced(.estimate, range))
  }

  /// Two large costs and one that cancels one of them, in three groups and three phases, and
  /// one range so that the risk model simulates.
  private static let lines: [LedgerLine] = [
    line("MP001", .sit, CostRange(big)), line("MP002", .uit, CostRange(big)),
    line("MP003", .implementToLive, CostRange(minusBig)),
    line("MP004", .designBuildPIT, (try? CostRange(low: .zero, high: Money(pence: 100))) ?? .zero),
  ]

  @Test("risk: every grouping, a fresh model each time", arguments: RiskGrouping.allCases)
  func risk(_ grouping: RiskGrouping) {
    var models: [RiskModel] = []
    for _ in 0..<Self.instances {
      var model = RiskModel(by: grouping)
      for line in Self.lines { model.add(line) }
      models.append(model)
    }
    let outcomes = models.map { model in
      Result { () throws(RiskError) in try model.simulate(RiskOptions(simulations: 8)) }
    }
    #expect(Set(outcomes.map(\.isSuccess)).count == 1)
    #expect(outcomes.allSatisfy { $0 == outcomes[0] })
  }

  @Test("totals: every dimension, fresh totals each time", arguments: TotalsDimension.allCases)
  func totals(_ dimension: TotalsDimension) {
    var all: [CostTotals] = []
    for _ in 0..<Self.instances {
      var totals = CostTotals(by: dimension)
      for line in Self.lines { totals.add(line) }
      all.append(totals)
    }
    let outcomes = all.map { totals in Result { try totals.report() } }
    #expect(Set(outcomes.map(\.isSuccess)).count == 1)
    let reports = outcomes.compactMap { try? $0.get() }
    #expect(reports.allSatisfy { $0 == reports.first })
  }

  @Test("spend: a record's days are added in date order")
  func spend() throws {
    let days = try (1...3).map { day in try #require(CalendarDate(year: 2022, month: 11, day: day)) }
    var records: [SpendRecord] = []
    for _ in 0..<Self.instances {
      var record = SpendRecord()
      try record.add(Self.big, on: days[0], title: "")
      try record.add(Self.big, on: days[1], title: "")
      try record.add(Self.minusBig, on: days[2], title: "")
      records.append(record)
    }
    let outcomes = records.map { record in
      Result { () throws(MoneyError) in try record.split(asOf: nil) }
    }
    // In date order the first two days overflow, whatever the dictionary's order.
    #expect(outcomes.allSatisfy { $0 == .failure(.overflow) })
  }
}

extension Result {
  fileprivate var isSuccess: Bool {
    if case .success = self { true } else { false }
  }
}
