import Foundation
import SECCost

/// Encodes documents the same way everywhere: pretty, keys sorted, slashes unescaped.
enum JSONDocument {
  /// `value` as JSON text with a final line end.
  static func encode(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}

/// An interval of money in JSON: `{"low": "…", "high": "…"}`, two-place decimal strings.
struct CostRangeJSON: Encodable {
  let low: String
  let high: String

  init(_ range: CostRange) {
    low = range.low.plainDecimal
    high = range.high.plainDecimal
  }
}

/// A ``CostSummary`` in JSON: the interval sums by basis, TBC and N/A counts, whether complete,
/// and the RID notation; `key` and `label` when it is a group's.
struct CostSummaryJSON: Encodable {
  let key: String?
  let label: String?
  let low: String
  let high: String
  let firm: CostRangeJSON
  let estimate: CostRangeJSON
  let actual: CostRangeJSON
  let tbc: Int
  let na: Int
  let missing: Int
  let lines: Int
  let complete: Bool
  let rid: String
  let standalone: StandaloneJSON?

  init(
    key: String? = nil, label: String? = nil, _ summary: CostSummary,
    standalone: CostSummary? = nil
  ) {
    self.key = key
    self.label = label
    low = summary.priced.low.plainDecimal
    high = summary.priced.high.plainDecimal
    firm = CostRangeJSON(summary.firm)
    estimate = CostRangeJSON(summary.estimate)
    actual = CostRangeJSON(summary.actual)
    tbc = summary.tbc
    na = summary.notApplicable
    missing = summary.missing
    lines = summary.lines
    complete = summary.isComplete
    rid = summary.ridNotation
    self.standalone = standalone.map(StandaloneJSON.init)
  }
}

/// A summed side of a group: the priced interval, TBC and N/A counts, lines.
struct SummaryCountsJSON: Encodable {
  let low: String
  let high: String
  let tbc: Int
  let na: Int
  let lines: Int

  init(_ summary: CostSummary) {
    low = summary.priced.low.plainDecimal
    high = summary.priced.high.plainDecimal
    tbc = summary.tbc
    na = summary.notApplicable
    lines = summary.lines
  }
}

/// The standalone figures a combined Preliminary Assessment replaces: their interval sum and
/// counts (``SummaryCountsJSON``) and their RID notation, in one object.
struct StandaloneJSON: Encodable {
  let counts: SummaryCountsJSON
  let rid: String

  init(_ summary: CostSummary) {
    counts = SummaryCountsJSON(summary)
    rid = summary.ridNotation
  }

  private enum CodingKeys: String, CodingKey { case rid }

  func encode(to encoder: any Encoder) throws {
    try counts.encode(to: encoder)
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(rid, forKey: .rid)
  }
}
