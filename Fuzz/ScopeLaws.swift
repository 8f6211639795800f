// The scope side: every input is also read as a scope register (a ledger's header is not a
// register's, so at most one of the two readings is valid). A valid register is read as of every
// date it holds, and a ledger made from its entries (moderate amounts, then amounts near the
// limits of Money) is totalled under its scenarios and checked against it. What is here is what
// SECCost and SECCostCSV hold; the rendering of `scope` lives in SECCostCommands.

import SECCost
import SECCostCSV

/// Reads the input as a scope register; if it is valid, checks the register's laws.
func checkScopeRegister(_ bytes: UnsafeRawBufferPointer) {
  let reader = ScopeRegisterReader()
  let register = reader.read(inputFile.path)
  checkIssues(reader.issues, lines: lineCount(bytes), count: reader.issueCount)
  if reader.entryLines.count != register.entries.count {
    fail("\(register.entries.count) register entries but \(reader.entryLines.count) lines")
  }
  guard reader.isValid else { return }
  if !register.conflicts().isEmpty { fail("a valid register with conflicts") }
  checkAsOf(register)
  // Moderate amounts or amounts near the limits, as the register's size says.
  checkScenarios(register, lines: scenarioLedger(register, extreme: register.entries.count % 2 == 1))
}

/// The register's releases, and the scope of each (at most eight) as of each of the register's
/// dates (at most four) and the day before the first.
func checkAsOf(_ register: ScopeRegister) {
  let releases = register.releases
  let keys = releases.map { ScopeRegister.key($0) }
  if Set(keys).count != keys.count { fail("a release twice in the register's releases") }
  for (earlier, later) in zip(releases, releases.dropFirst())
  where ReleaseOrder.precedes(later, earlier) {
    fail("register releases out of order: \(earlier), \(later)")
  }
  let dates = Array(Set(register.entries.map(\.asOf)).sorted().prefix(4))
  guard let first = dates.first else {
    if !releases.isEmpty { fail("releases without dates") }
    return
  }
  for release in releases.prefix(8) {
    if register.release(named: release) != release {
      fail("release \(release) is found as \(String(describing: register.release(named: release)))")
    }
    if let day = first.adding(days: -1), register.scope(of: release, asOf: day) != nil {
      fail("\(release) has a scope before the register's first date")
    }
    guard register.scope(of: release) != nil else {
      fail("\(release) has no scope as of the register's latest date")
    }
    let key = ScopeRegister.key(release)
    for day in dates {
      let listed = register.entries.contains {
        ScopeRegister.key($0.release) == key && $0.asOf <= day
      }
      let scope = register.scope(of: release, asOf: day)
      guard let scope else {
        if listed { fail("\(release) listed by \(day.iso) but has no scope then") }
        continue
      }
      if !listed { fail("\(release) has a scope on \(day.iso) before any listing") }
      if scope.listedOn > day || scope.asOf != day {
        fail("\(release) as of \(day.iso): listed on \(scope.listedOn.iso), as of \(scope.asOf.iso)")
      }
      var modifications: Set<String> = []
      for item in scope.items {
        if item.entry.asOf != scope.listedOn || ScopeRegister.key(item.entry.release) != key {
          fail("\(release) as of \(day.iso): an item of another listing")
        }
        if !modifications.insert(ScopeRegister.key(item.entry.modification)).inserted {
          fail("\(release) as of \(day.iso): \(item.entry.modification) listed twice")
        }
        if scope.item(for: item.entry.modification) == nil {
          fail("\(release) as of \(day.iso): \(item.entry.modification) listed but not found")
        }
      }
      for former in scope.formerItems {
        if former.entry.asOf >= scope.listedOn
          || modifications.contains(ScopeRegister.key(former.entry.modification))
        {
          fail("\(release) as of \(day.iso): \(former.entry.modification) former and current")
        }
      }
    }
  }
}

/// A ledger with a DCC line for each (release, modification) of the register (at most 16), a
/// SECAS release-level line per release, and a line of a modification and of a release the
/// register does not have; amounts moderate, or near the limits of Money.
func scenarioLedger(_ register: ScopeRegister, extreme: Bool) -> [LedgerLine] {
  let phases: [Phase] = [.designBuildPIT, .sit, .uit, .implementToLive, .applicationSupport]
  let big = Money(pence: .max / 3)
  let figures: [CostFigure] =
    extreme
    ? [
      .priced(.firm, CostRange(big)), .priced(.estimate, try! CostRange(low: .zero, high: .max)),
      .priced(.firm, CostRange(Money(pence: -big.pence))), .tbc,
      .priced(.estimate, try! CostRange(low: Money(pence: .min), high: .zero)),
    ]
    : [
      .priced(.firm, CostRange(Money(pence: 100_000))),
      .priced(.estimate, try! CostRange(low: Money(pence: 5_000), high: Money(pence: 900_000))),
      .tbc, .notApplicable, .priced(.actual, CostRange(Money(pence: 1_250))),
    ]
  var lines: [LedgerLine] = []
  var seen: Set<String> = []
  var releases: [String] = []
  for entry in register.entries where lines.count < 16 {
    let release = ReleaseName.key(entry.release)
    let key = release + "\u{0}" + ScopeRegister.key(entry.modification)
    guard seen.insert(key).inserted else { continue }
    if !releases.contains(release) { releases.append(release) }
    let index = lines.count
    lines.append(
      LedgerLine(
        release: release, party: .dcc, modification: entry.modification,
        phase: phases[index % phases.count], figure: figures[index % figures.count]))
  }
  for (index, release) in releases.enumerated() {
    lines.append(
      LedgerLine(
        release: release, party: .secas, phase: .secChanges,
        figure: figures[(index + 1) % figures.count]))
  }
  lines.append(
    LedgerLine(
      release: releases.first ?? "June 2020", party: .dcc, modification: "MP99999",
      phase: .sit, figure: figures[0]))
  lines.append(
    LedgerLine(
      release: "February 1900", party: .dcc, modification: "MP1", phase: .uit, figure: figures[1]))
  return lines
}

/// Scenario totals as of the register's latest and first dates: every counted line is approved,
/// targeted (the gap) or outside, once; approved and the gap add up to all targeted; a
/// release-level line is never outside; the order of the lines changes nothing. And the scope
/// check of the same lines names only their releases.
func checkScenarios(_ register: ScopeRegister, lines: [LedgerLine]) {
  let days: [CalendarDate?] = [nil, register.entries.map(\.asOf).min()]
  for (index, day) in days.enumerated() {
    scenario: do {
      let dimension: TotalsDimension = index == 0 ? .modification : .phase
      var totals = ScenarioTotals(by: dimension, register: register, asOf: day)
      var reversed = totals
      for line in lines { totals.add(line) }
      for line in lines.reversed() { reversed.add(line) }
      let result = Result { () throws(MoneyError) in try totals.report() }
      // (In the other order only once: the scope of each modification is worked out afresh.)
      let other = index == 0 ? Result { () throws(MoneyError) in try reversed.report() } : result
      switch (result, other) {
      case (.success(let a), .success(let b)):
        if a != b { fail("scenario totals depend on the order of the lines") }
      case (.failure, .failure): break
      default:
        if !lines.contains(where: { $0.figure.range.map { $0.low.isNegative } ?? false }) {
          fail("scenario totals fit in one order of the lines and not the other")
        }
      }
      guard case .success(let report) = result else { break scenario }
      let counted = totals.counted().lines.count
      let outside = report.outside.reduce(0) { $0 + $1.summary.lines }
      let approved = report.approved.total.lines
      let gap = report.gap.total.lines
      if report.allTargeted.total.lines != approved + gap {
        fail("scenarios: all targeted \(report.allTargeted.total.lines) ≠ approved \(approved) + gap \(gap)")
      }
      if approved + gap + outside != counted {
        fail("scenarios: approved \(approved) + gap \(gap) + outside \(outside) ≠ \(counted) lines")
      }
      if let sum = try? report.approved.total.priced.adding(report.gap.total.priced),
        sum != report.allTargeted.total.priced
      {
        fail("scenarios: approved + gap ≠ all targeted")
      }
      for item in report.outside {
        if item.modification.isEmpty { fail("scenarios: a release-level line outside") }
        let unlisted = register.scope(of: item.release, asOf: report.asOf) == nil
        if unlisted != (item.reason == .releaseNotListed) {
          fail("scenarios: \(item.release) \(item.modification) outside as \(item.reason)")
        }
      }
    }
    let releases = Set(lines.map(\.release))
    var ledger = CountedLedger()
    ledger.add(contentsOf: lines)
    for finding in ScopeCheck.findings(of: ledger.counted(), register: register, asOf: day) {
      if !releases.contains(finding.release) {
        fail("scope check: a finding about \(finding.release), which has no line")
      }
      if finding.message.isEmpty { fail("scope check: a finding without a message") }
    }
  }
}
