import SECCost

extension TotalsReport {
  /// The report as JSON: amounts as two-place decimal strings, keys sorted, stable; `warnings`
  /// lists the ledgers' warnings, one `FILE:LINE: column: warning: message` string each.
  package func json(warnings: [String] = []) -> String {
    let document = TotalsJSON(
      by: dimension.rawValue,
      groups: groups.map {
        CostSummaryJSON(key: $0.key, label: $0.label, $0.summary, standalone: $0.standalone)
      },
      parties: parties.map {
        CostSummaryJSON(key: $0.key, label: $0.label, $0.summary, standalone: $0.standalone)
      },
      total: CostSummaryJSON(key: nil, label: nil, total, standalone: standalone),
      releases: versions.map(ReleaseJSON.init),
      notProvided: missing.map {
        MissingJSON(release: $0.release, modification: $0.modification, phase: $0.phase.id)
      },
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
  let notProvided: [MissingJSON]
  let warnings: [String]

  enum CodingKeys: String, CodingKey {
    case by, groups, parties, total, releases, warnings
    case notProvided = "not_provided"
  }
}

/// A release counted: its latest version and every version its lines came from.
private struct ReleaseJSON: Encodable {
  let release: String
  let version: String?
  let versions: [VersionJSON]
  let counted: String

  init(_ versions: ReleaseVersions) {
    release = versions.release
    version = versions.latest
    self.versions = versions.versions.map { VersionJSON(version: $0.version, lines: $0.lines) }
    counted = versions.summary
  }
}

private struct VersionJSON: Encodable {
  let version: String
  let lines: Int
}

/// A DCC phase a modification gives no line for.
struct MissingJSON: Encodable {
  let release: String
  let modification: String
  let phase: String
}
