import SECCost

extension TotalsReport {
  /// The report as JSON: amounts as two-place decimal strings, keys sorted, stable; `warnings`
  /// lists the ledgers' warnings, one `FILE:LINE: column: warning: message` string each.
  func json(warnings: [String] = []) -> String {
    let document = TotalsJSON(
      by: dimension.rawValue,
      groups: groups.map { CostSummaryJSON(key: $0.key, label: $0.label, $0.summary) },
      parties: parties.map { CostSummaryJSON(key: $0.key, label: $0.label, $0.summary) },
      total: CostSummaryJSON(key: nil, label: nil, total),
      releases: releases.map { ReleaseJSON(release: $0.release, version: $0.version) },
      warnings: warnings)
    return JSONDocument.encode(document)
  }
}

private struct TotalsJSON: Encodable {
  let by: String
  let groups: [CostSummaryJSON]
  let parties: [CostSummaryJSON]
  let total: CostSummaryJSON
  let releases: [ReleaseJSON]
  let warnings: [String]
}

private struct ReleaseJSON: Encodable {
  let release: String
  let version: String?
}
