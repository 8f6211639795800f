import SECCost

/// A release as `GET /api/releases` lists it: its total as `totals` prints it (RID notation and
/// the interval), its TBC, N/A and not-provided counts, and the versions counted.
struct ReleaseSummary: Encodable {
  let name: String
  let version: String?
  let versions: [String]
  let counted: String
  let rid: String
  let low: String
  let high: String
  let tbc: Int
  let na: Int
  let notProvided: Int
  let lines: Int
  let complete: Bool

  enum CodingKeys: String, CodingKey {
    case name, version, versions, counted, rid, low, high, tbc, na, lines, complete
    case notProvided = "not_provided"
  }

  /// The summary of the one release `report` counts.
  init(name: String, report: TotalsReport) {
    self.name = name
    let counted = report.versions.first { $0.release == name }
    version = counted?.latest
    versions = counted?.versions.map(\.version) ?? []
    self.counted = counted?.summary ?? ""
    rid = report.total.ridNotation
    low = report.total.priced.low.plainDecimal
    high = report.total.priced.high.plainDecimal
    tbc = report.total.tbc
    na = report.total.notApplicable
    notProvided = report.total.missing
    lines = report.total.lines
    complete = report.total.isComplete
  }
}
