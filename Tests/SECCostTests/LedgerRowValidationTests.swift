import Testing

@testable import SECCost

@Suite("Ledger row validation")
struct LedgerRowValidationTests {
  private func row(_ values: [LedgerColumn: String]) -> LedgerRow {
    var base: [LedgerColumn: String] = [
      .release: "November 2022", .party: "DCC", .phase: "sit", .basis: "firm", .low: "437032",
    ]
    base.merge(values) { _, new in new }
    return LedgerRow(base)
  }

  private func issues(_ values: [LedgerColumn: String]) -> [String] {
    switch row(values).validated() {
    case .success: return []
    case .failure(let error): return error.issues.map(\.description)
    }
  }

  @Test("a firm point figure; high defaults to low")
  func point() throws {
    let line = try row([:]).validated().get()
    #expect(line.figure == .priced(.firm, CostRange(Money(pence: 43_703_200))))
    #expect(line.key.phase == .sit)
  }

  @Test("RID labels and RID amounts are accepted in cells")
  func ridLabels() throws {
    let line = try row([
      .phase: "Design, Build & PIT", .basis: "Estimate", .low: "£301,000", .high: "£625,000",
    ]).validated().get()
    #expect(line.phase == .designBuildPIT)
    #expect(
      line.figure.range
        == (try CostRange(low: Money(pence: 30_100_000), high: Money(pence: 62_500_000))))
  }

  @Test("SECAS effort: low from days × day rate, or checked against it")
  func effort() throws {
    let derived = try row([
      .party: "SECAS", .phase: "sec-changes", .basis: "estimate", .low: "", .days: "5",
      .dayRate: "600",
    ]).validated().get()
    #expect(derived.figure.range?.low == Money(pence: 300_000))
    #expect(derived.effort == SECASEffort(days: Days(5), dayRate: Money(pence: 60_000)))
    #expect(
      issues([
        .party: "SECAS", .phase: "sec-changes", .basis: "estimate", .low: "3001", .days: "5",
        .dayRate: "600",
      ]) == ["low: £3,001 disagrees with days × day_rate = 5 × £600 = £3,000"])
  }

  @Test(
    "every problem is named with its column",
    arguments: [
      ([LedgerColumn.release: ""], ["release: is empty; a value is required"]),
      ([.party: "Ofgem"], ["party: unknown party \"Ofgem\" (expected DCC or SECAS)"]),
      (
        [.basis: "guess"],
        ["basis: unknown basis \"guess\" (expected firm, estimate, actual, tbc or n/a)"]
      ),
      ([.low: "12abc"], ["low: \"12abc\" is not an amount of money"]),
      ([.low: ""], ["low: is empty; a firm line needs a figure (or days and day_rate)"]),
      ([.low: "2", .high: "1"], ["high: low £2 is above high £1"]),
      ([.basis: "tbc"], ["low: must be empty on a tbc line"]),
      ([.basis: "N/A", .low: "", .high: "5"], ["high: must be empty on a n/a line"]),
      ([.phase: "sec-changes"], ["phase: sec-changes is a SECAS phase, but the party is DCC"]),
      (
        [.days: "5", .dayRate: "600"],
        ["days: days and day_rate are for SECAS effort, not DCC lines"]
      ),
      (
        [.party: "SECAS", .phase: "sec-changes", .days: "5"],
        ["day_rate: is empty; days and day_rate go together"]
      ),
      (
        [.party: "SECAS", .phase: "sec-changes", .days: "five", .dayRate: "600"],
        [
          "days: \"five\" is not a number of days (a plain decimal such as 5 or 2.5, at most four places)"
        ]
      ),
    ])
  func problems(values: [LedgerColumn: String], expected: [String]) {
    #expect(issues(values) == expected)
  }

  @Test("several problems in one row are all reported")
  func several() {
    let found = issues([.party: "X", .phase: "Y", .low: "1.34E+06"])
    #expect(found.count == 3)
    #expect(found[0].hasPrefix("party:"))
    #expect(found[1].hasPrefix("phase:"))
    #expect(found[2].hasPrefix("low: \"1.34E+06\" is in scientific notation"))
  }
}
