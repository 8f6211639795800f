// The commands after the importer, on every input that imports as a valid ledger: `totals` (every
// dimension, keeping the lines or streaming them), `report` (the report model, and its Markdown
// and HTML renderings with their charts), and `risk` (every grouping, a few simulations). Each
// must not crash, hang or leak, and must keep its laws. An error thrown as a value (a total that
// overflows) is the product's reported error, not a failure.

import SECCost
@testable import SECCostReports

/// Runs every command law on `ledger` (valid, as imported).
func checkCommands(_ ledger: Ledger) {
  let totals = checkTotals(ledger)
  checkReport(ledger)
  checkRisk(ledger, total: totals)
}

// MARK: - totals

/// Whether any amount of the ledger is below zero: then a running sum may overflow in one order
/// and not in another (see the Fuzz README), so only results that both succeed are compared.
func hasNegativeAmount(_ ledger: Ledger) -> Bool {
  ledger.lines.contains { line in
    guard let range = line.figure.range else { return false }
    return range.low.isNegative || range.high.isNegative
  }
}

/// The totals of `lines` by `dimension`, keeping the lines (as `totals` does for small input).
func keptTotals(_ lines: [LedgerLine], by dimension: TotalsDimension) -> Result<
  TotalsReport, MoneyError
> {
  var totals = CostTotals(by: dimension, expectedLines: lines.count, keepingLines: true)
  for line in lines { totals.add(line) }
  return totalsReport(of: totals)
}

/// The totals of `lines` by `dimension` summed as they stream past, with the second reading of
/// the releases given in several versions (as `totals` does for large files).
func streamedTotals(_ lines: [LedgerLine], by dimension: TotalsDimension) -> Result<
  TotalsReport, MoneyError
> {
  var totals = CostTotals(by: dimension, keepingLines: false)
  for line in lines { totals.add(line) }
  if !totals.releasesToReadAgain.isEmpty {
    for line in lines { totals.addAgain(line) }
  }
  return totalsReport(of: totals)
}

/// Every dimension: kept and streamed totals agree, and so do the overall totals of every
/// dimension. Returns the overall total (for the risk laws), if it fits.
func checkTotals(_ ledger: Ledger) -> CostSummary? {
  let monotonic = !hasNegativeAmount(ledger)
  var overall: CostSummary?
  for dimension in TotalsDimension.allCases {
    let kept = keptTotals(ledger.lines, by: dimension)
    let streamed = streamedTotals(ledger.lines, by: dimension)
    // Fresh sums hash in another order: the same lines give the same report, or the same error.
    if keptTotals(ledger.lines, by: dimension) != kept {
      fail("totals by \(dimension): the same lines give another report")
    }
    switch (kept, streamed) {
    case (.success(let a), .success(let b)):
      if a != b { fail("totals by \(dimension): kept and streamed lines give other reports") }
    case (.failure, .failure): break
    case (.success, .failure), (.failure, .success):
      if monotonic {
        fail(
          "totals by \(dimension): kept lines \(kept.isSuccess ? "fit" : "overflow"), streamed"
            + " \(streamed.isSuccess ? "fit" : "overflow"), with no amount below zero")
      }
    }
    // (Whether a dimension overflows may differ: the standalone figures a combined Preliminary
    // Assessment replaces are summed beside it per group, and groups differ.)
    guard case .success(let report) = kept else { continue }
    if let overall, overall != report.total {
      fail("the overall total by \(dimension) is not the overall total of another dimension")
    }
    overall = report.total
    checkGroups(report)
  }
  return overall
}

/// A report's groups: in report order, each key once, labels not empty.
func checkGroups(_ report: TotalsReport) {
  var seen: Set<String> = []
  for (index, group) in report.groups.enumerated() {
    if !seen.insert(group.key).inserted {
      fail("totals by \(report.dimension): group \(group.key) twice")
    }
    if group.label.isEmpty { fail("totals by \(report.dimension): a group without a label") }
    if index > 0, !report.dimension.precedes(report.groups[index - 1].key, group.key) {
      fail("totals by \(report.dimension): groups out of order at \(group.key)")
    }
  }
}

extension Result {
  var isSuccess: Bool {
    if case .success = self { return true }
    return false
  }
}

// MARK: - report

/// The report model in the file's order and in canonical order (the same report, or the same
/// error), with and without a baseline (the first half of the lines), rendered as Markdown and
/// HTML (whose charts scale every amount and whose risk curve simulates each release).
func checkReport(_ ledger: Ledger) {
  let baseline = (name: "baseline.csv", lines: Array(ledger.lines.prefix(ledger.lines.count / 2)))
  for against in [nil, baseline] {
    let inOrder = Result { () throws(CostReportError) in
      try CostReport(name: "ledger.csv", lines: ledger.lines, baseline: against)
    }
    let canonical = Result { () throws(CostReportError) in
      try CostReport(name: "ledger.csv", lines: ledger.canonicalLines, baseline: against)
    }
    switch (inOrder, canonical) {
    case (.success(let a), .success(let b)):
      if a != b { fail("the report depends on the order of the lines") }
    case (.failure(let a), .failure(let b)):
      if a != b { fail("the report's error depends on the order of the lines: \(a), \(b)") }
      continue
    default:
      fail("the report fits in one order of the lines and not in the other")
    }
    guard case .success(let report) = inOrder else { continue }
    checkSections(report, ledger: ledger)
    let markdown = MarkdownReport.render(report)
    if markdown.isEmpty { fail("an empty Markdown report") }
    checkHTML(report, ranges: ledger.lines.filter { !($0.figure.range?.isPoint ?? true) }.count)
  }
}

/// The HTML page, with the risk of each section computed first (as `seccost report` does) and
/// handed to the renderer: `seccost risk`'s default 100,000 simulations per release take about a
/// second per range under AddressSanitizer, so with more than two ranges each release's risk is a
/// run of 64 simulations instead, so that the fuzzer stays fast. A valid report's risk always
/// runs: an error there would be `seccost report`'s error.
func checkHTML(_ report: CostReport, ranges: Int) {
  let options = ranges <= 2 ? RiskOptions() : RiskOptions(simulations: 64)
  switch Result(catching: { () throws(RiskError) in try report.sectionRisks(options) }) {
  case .success(let risks): checkHTML(HTMLReport.render(report, risks: risks))
  case .failure(let error): fail("no risk run for a valid report: \(error)")
  }
}

/// One section per release counted, in release order, each with a title.
func checkSections(_ report: CostReport, ledger: Ledger) {
  let releases = Set(ledger.lines.map(\.release))
  if report.sections.count != releases.count {
    fail("\(report.sections.count) report sections for \(releases.count) releases")
  }
  for (index, section) in report.sections.enumerated() {
    if !releases.contains(section.release) { fail("a section of no release: \(section.release)") }
    if index > 0, !ReleaseOrder.precedes(report.sections[index - 1].release, section.release) {
      fail("report sections out of release order at \(section.release)")
    }
  }
}

/// The HTML has its charts closed, and no coordinate or size that is not a number (the charts'
/// geometry is integer pixels: a NaN or an infinity means a float leaked in).
func checkHTML(_ html: String) {
  let bytes = Array(html.utf8)
  let opened = occurrences(of: "<svg", in: bytes)
  let closed = occurrences(of: "</svg>", in: bytes)
  if opened != closed { fail("HTML: \(opened) <svg> elements but \(closed) closed") }
  for bad in ["=\"nan", "=\"inf", "=\"-nan", "=\"-inf", "NaN\"", "Infinity\""]
  where occurrences(of: bad, in: bytes) > 0 {
    fail("HTML: a chart attribute \(bad)")
  }
}

/// How many times `needle` occurs in `bytes` (a plain byte search: Foundation's would dominate the
/// time of a large report).
func occurrences(of needle: String, in bytes: [UInt8]) -> Int {
  let pattern = Array(needle.utf8)
  guard let first = pattern.first, bytes.count >= pattern.count else { return 0 }
  var count = 0
  var index = 0
  while index <= bytes.count - pattern.count {
    if bytes[index] == first && bytes[index..<index + pattern.count].elementsEqual(pattern) {
      count += 1
      index += pattern.count
    } else {
      index += 1
    }
  }
  return count
}

// MARK: - risk

/// Every grouping, a few simulations: the percentiles rise from the low sum to the high sum, the
/// base lies between them, the groups add up to the total in counts, every grouping has the same
/// total, which is the priced total of `totals`; and the same seed gives the same report.
func checkRisk(_ ledger: Ledger, total: CostSummary?) {
  let seed = UInt64(truncatingIfNeeded: ledger.lines.count &* 0x9E37_79B9)
  let shapes: [RangeDistribution] = [.pert, .triangular, .uniform]
  let options = RiskOptions(
    simulations: 64, seed: seed, distribution: shapes[ledger.lines.count % shapes.count],
    correlation: [0, 1, 0.5][(ledger.lines.count / 3) % 3])
  var first: RiskReport.Group?
  for grouping in RiskGrouping.allCases {
    var model = RiskModel(by: grouping)
    for line in ledger.lines { model.add(line) }
    let result = Result { () throws(RiskError) in try model.simulate(options) }
    guard case .success(let report) = result else {
      if case .failure(.invalidOptions(let problem)) = result { fail("risk options: \(problem)") }
      continue
    }
    let again = Result { () throws(RiskError) in try model.simulate(options) }
    if again != result { fail("risk by \(grouping): the same seed gives another report") }
    for group in report.groups + [report.total] { checkRiskGroup(group, grouping) }
    let lines = report.groups.reduce(0) { $0 + $1.lines }
    let uncertain = report.groups.reduce(0) { $0 + $1.uncertain }
    let tbc = report.groups.reduce(0) { $0 + $1.tbc }
    let notApplicable = report.groups.reduce(0) { $0 + $1.notApplicable }
    if (lines, uncertain, tbc, notApplicable)
      != (report.total.lines, report.total.uncertain, report.total.tbc, report.total.notApplicable)
    {
      fail("risk by \(grouping): the groups' counts do not add up to the total's")
    }
    if let first {
      if first.interval != report.total.interval || first.base != report.total.base
        || first.lines != report.total.lines || first.uncertain != report.total.uncertain
        || first.tbc != report.total.tbc || first.notApplicable != report.total.notApplicable
      {
        fail("risk by \(grouping): another total than by \(RiskGrouping.allCases[0])")
      }
    } else {
      first = report.total
    }
    if let total {
      if report.total.interval != total.priced {
        fail(
          "risk by \(grouping): the interval \(report.total.interval.ridNotation) is not the"
            + " priced total \(total.priced.ridNotation)")
      }
      if report.total.tbc != total.tbc + total.missing
        || report.total.notApplicable != total.notApplicable
        || report.total.lines != total.lines + total.missing
      {
        fail("risk by \(grouping): the counts are not those of totals")
      }
    }
  }
  // TBC figures given a range: every TBC becomes uncertain (or a constant).
  var model = RiskModel(
    by: .phase, tbc: .range(try! CostRange(low: .zero, high: Money(pence: 25_000_000))))
  for line in ledger.lines { model.add(line) }
  if case .success(let report) = Result(catching: { () throws(RiskError) in
    try model.simulate(options)
  }) {
    for group in report.groups + [report.total] { checkRiskGroup(group, .phase) }
  }
}

/// Low ≤ P10 ≤ P50 ≤ P80 ≤ P90 ≤ high, low ≤ mean, base ≤ high, contingency = P80 − base.
func checkRiskGroup(_ group: RiskReport.Group, _ grouping: RiskGrouping) {
  let s = group.statistics
  let low = group.interval.low
  let high = group.interval.high
  let chain = [low, s.p10, s.p50, s.p80, s.p90, high]
  if zip(chain, chain.dropFirst()).contains(where: { $0 > $1 }) {
    fail(
      "risk by \(grouping), group \(group.label): low, P10, P50, P80, P90, high out of order: "
        + chain.map { String($0.pence) }.joined(separator: ", "))
  }
  if s.mean < low || s.mean > high || group.base < low || group.base > high {
    fail("risk by \(grouping), group \(group.label): the mean or base outside low to high")
  }
  if s.analyticMean < low || s.analyticMean > high {
    fail("risk by \(grouping), group \(group.label): the analytic mean outside low to high")
  }
  if (try? s.p80.subtracting(group.base)) != group.contingency {
    fail("risk by \(grouping), group \(group.label): contingency is not P80 − base")
  }
  if s.standardDeviation.isNegative || s.standardError.isNegative {
    fail("risk by \(grouping), group \(group.label): a negative deviation")
  }
  if group.uncertain == 0 && (s.standardDeviation != .zero || s.p90 != s.p10) {
    fail("risk by \(grouping), group \(group.label): spread without a range")
  }
}
