import SECCost

extension RiskReport {
  /// The report as JSON: amounts as two-place decimal strings, keys sorted, stable.
  package var json: String {
    let tbcRange: CostRangeJSON? =
      switch tbc {
      case .exclude: nil
      case .range(let range): CostRangeJSON(range)
      }
    let document = RiskJSON(
      by: grouping.rawValue, simulations: options.simulations, seed: String(options.seed),
      distribution: options.distribution.id, correlation: correlationText,
      tbc: TBCJSON(
        treatment: tbcRange == nil ? "exclude" : "range", range: tbcRange, count: total.tbc),
      groups: groups.map(GroupJSON.init), total: GroupJSON(total),
      releases: releases.map { ReleaseJSON(release: $0.release, version: $0.version) },
      notes: [tbcStatement] + notes)
    return JSONDocument.encode(document)
  }
}

private struct RiskJSON: Encodable {
  let by: String
  let simulations: Int
  let seed: String
  let distribution: String
  let correlation: String
  let tbc: TBCJSON
  let groups: [GroupJSON]
  let total: GroupJSON
  let releases: [ReleaseJSON]
  let notes: [String]
}

private struct TBCJSON: Encodable {
  let treatment: String
  let range: CostRangeJSON?
  let count: Int

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(treatment, forKey: .treatment)
    try container.encode(range, forKey: .range)
    try container.encode(count, forKey: .count)
  }

  private enum CodingKeys: String, CodingKey {
    case treatment, range, count
  }
}

private struct ReleaseJSON: Encodable {
  let release: String
  let version: String?
}

private struct GroupJSON: Encodable {
  let key: String
  let label: String
  let low: String
  let high: String
  let base: String
  let mean: String
  let p10: String
  let p50: String
  let p80: String
  let p90: String
  let contingency: String
  let sd: String
  let standardError: String
  let analyticMean: String
  let analyticSD: String
  let ranges: Int
  let tbc: Int
  let na: Int
  let lines: Int

  init(_ group: RiskReport.Group) {
    let statistics = group.statistics
    key = group.key
    label = group.label
    low = group.interval.low.plainDecimal
    high = group.interval.high.plainDecimal
    base = group.base.plainDecimal
    mean = statistics.mean.plainDecimal
    p10 = statistics.p10.plainDecimal
    p50 = statistics.p50.plainDecimal
    p80 = statistics.p80.plainDecimal
    p90 = statistics.p90.plainDecimal
    contingency = group.contingency.plainDecimal
    sd = statistics.standardDeviation.plainDecimal
    standardError = statistics.standardError.plainDecimal
    analyticMean = statistics.analyticMean.plainDecimal
    analyticSD = statistics.analyticStandardDeviation.plainDecimal
    ranges = group.uncertain
    tbc = group.tbc
    na = group.notApplicable
    lines = group.lines
  }

  private enum CodingKeys: String, CodingKey {
    case key, label, low, high, base, mean, p10, p50, p80, p90, contingency, sd
    case standardError = "standard_error"
    case analyticMean = "analytic_mean"
    case analyticSD = "analytic_sd"
    case ranges, tbc, na, lines
  }
}
