import Foundation
import SECCost

extension TotalsReport {
  /// The report as JSON: amounts as two-place decimal strings, keys sorted, stable.
  var json: String {
    let document = TotalsJSON(
      by: dimension.rawValue,
      groups: groups.map { SummaryJSON(key: $0.key, label: $0.label, $0.summary) },
      parties: parties.map { SummaryJSON(key: $0.key, label: $0.label, $0.summary) },
      total: SummaryJSON(key: nil, label: nil, total),
      releases: releases.map { ReleaseJSON(release: $0.release, version: $0.version) })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(document) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}

private struct TotalsJSON: Encodable {
  let by: String
  let groups: [SummaryJSON]
  let parties: [SummaryJSON]
  let total: SummaryJSON
  let releases: [ReleaseJSON]
}

private struct ReleaseJSON: Encodable {
  let release: String
  let version: String?
}

private struct RangeJSON: Encodable {
  let low: String
  let high: String

  init(_ range: CostRange) {
    low = range.low.plainDecimal
    high = range.high.plainDecimal
  }
}

private struct SummaryJSON: Encodable {
  let key: String?
  let label: String?
  let low: String
  let high: String
  let firm: RangeJSON
  let estimate: RangeJSON
  let actual: RangeJSON
  let tbc: Int
  let na: Int
  let lines: Int
  let complete: Bool
  let rid: String

  init(key: String?, label: String?, _ summary: CostSummary) {
    self.key = key
    self.label = label
    low = summary.priced.low.plainDecimal
    high = summary.priced.high.plainDecimal
    firm = RangeJSON(summary.firm)
    estimate = RangeJSON(summary.estimate)
    actual = RangeJSON(summary.actual)
    tbc = summary.tbc
    na = summary.notApplicable
    lines = summary.lines
    complete = summary.isComplete
    rid = summary.ridNotation
  }
}
