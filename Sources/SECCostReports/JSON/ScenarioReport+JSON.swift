import SECCost

extension ScenarioReport {
  /// The report as JSON: amounts as two-place decimal strings, keys sorted, stable.
  package func json(_ scenarios: [ScopeScenario]) -> String {
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
