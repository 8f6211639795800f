import SECCost
import SECCostCSV

extension ScenarioReport {
  /// The report as JSON: amounts as two-place decimal strings, keys sorted, stable.
  func json(_ scenarios: [ScopeScenario]) -> String {
    let shown = columns(scenarios)
    let ids = scenarios.map(\.id) + (shown.count > scenarios.count ? ["gap"] : [])
    func summaries(_ key: String?, party: Bool) -> [String: CostSummaryJSON] {
      var result: [String: CostSummaryJSON] = [:]
      for (id, column) in zip(ids, shown) {
        let summary =
          key.map { key in
            (party ? column.report.parties : column.report.groups).first { $0.key == key }?.summary
              ?? CostSummary()
          } ?? column.report.total
        result[id] = CostSummaryJSON(summary)
      }
      return result
    }
    let base = base(scenarios)
    let document = ScenarioTotalsJSON(
      by: base.dimension.rawValue, asOf: asOf?.iso, scenarios: ids,
      groups: base.groups.map {
        ScenarioGroupJSON(key: $0.key, label: $0.label, totals: summaries($0.key, party: false))
      },
      parties: base.parties.map {
        ScenarioGroupJSON(key: $0.key, label: $0.label, totals: summaries($0.key, party: true))
      },
      total: summaries(nil, party: false),
      releases: base.releases.map {
        ScenarioReleaseJSON(release: $0.release, version: $0.version)
      },
      notCounted: outside.map {
        NotCountedJSON(
          release: $0.release, modification: $0.modification, reason: Self.reasonID($0.reason),
          detail: Self.reasonText($0.reason, asOf: asOf), summary: CostSummaryJSON($0.summary))
      })
    return JSONDocument.encode(document)
  }

  /// The report as CSV: one row per group, party and total for each scenario shown (and the
  /// gap), then one per modification not counted; amounts as plain decimals.
  func csv(_ scenarios: [ScopeScenario]) -> [UInt8] {
    let shown = columns(scenarios)
    let ids = scenarios.map(\.id) + (shown.count > scenarios.count ? ["gap"] : [])
    var writer = CSVWriter()
    writer.writeRow([
      "scope", "key", "label", "scenario", "low", "high", "firm_low", "firm_high", "estimate_low",
      "estimate_high", "actual_low", "actual_high", "tbc", "na", "lines", "reason",
    ])
    func write(
      _ scope: String, _ key: String, _ label: String, _ scenario: String, _ summary: CostSummary,
      reason: String = ""
    ) {
      writer.writeRow(
        [scope, key, label, scenario]
          + [summary.priced, summary.firm, summary.estimate, summary.actual].flatMap {
            [$0.low.plainDecimal, $0.high.plainDecimal]
          }
          + [String(summary.tbc), String(summary.notApplicable), String(summary.lines), reason])
    }
    let dimension = base(scenarios).dimension.rawValue
    for (id, column) in zip(ids, shown) {
      for group in column.report.groups {
        write(dimension, group.key, group.label, id, group.summary)
      }
      for party in column.report.parties {
        write("party", party.key, party.label, id, party.summary)
      }
      write("total", "", "Total", id, column.report.total)
    }
    for item in outside {
      write(
        "not-counted", item.modification, item.release, "", item.summary,
        reason: Self.reasonID(item.reason))
    }
    return writer.bytes
  }
}

private struct ScenarioTotalsJSON: Encodable {
  let by: String
  let asOf: String?
  let scenarios: [String]
  let groups: [ScenarioGroupJSON]
  let parties: [ScenarioGroupJSON]
  let total: [String: CostSummaryJSON]
  let releases: [ScenarioReleaseJSON]
  let notCounted: [NotCountedJSON]
}

private struct ScenarioGroupJSON: Encodable {
  let key: String
  let label: String
  let totals: [String: CostSummaryJSON]
}

private struct ScenarioReleaseJSON: Encodable {
  let release: String
  let version: String?
}

private struct NotCountedJSON: Encodable {
  let release: String
  let modification: String
  let reason: String
  let detail: String
  let summary: CostSummaryJSON
}
