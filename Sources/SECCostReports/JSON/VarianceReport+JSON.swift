import SECCost

extension VarianceReport {
  /// The report as JSON: amounts as two-place decimal strings, `null` where there is no amount,
  /// keys sorted, stable.
  package func json(_ heading: VarianceHeading) -> String {
    let document = VarianceJSON(
      baseline: SideJSON(heading.baseline), current: SideJSON(heading.current),
      threshold: threshold?.description,
      counts: Dictionary(uniqueKeysWithValues: counts.map { ($0.key.id, $0.value) }),
      lines: lines.map(LineJSON.init), phases: phases.map(GroupJSON.init),
      modifications: modifications.map(GroupJSON.init), total: GroupJSON(total),
      ignoredSpendLines: heading.ignoredSpendLines, hiddenUnchanged: hiddenUnchanged)
    return JSONDocument.encode(document)
  }
}

private struct VarianceJSON: Encodable {
  let baseline: SideJSON
  let current: SideJSON
  let threshold: String?
  let counts: [String: Int]
  let lines: [LineJSON]
  let phases: [GroupJSON]
  let modifications: [GroupJSON]
  let total: GroupJSON
  let ignoredSpendLines: Int
  let hiddenUnchanged: Int

  enum CodingKeys: String, CodingKey {
    case baseline, current, threshold, counts, lines, phases, modifications, total
    case ignoredSpendLines = "ignored_spend_lines"
    case hiddenUnchanged = "hidden_unchanged"
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(baseline, forKey: .baseline)
    try container.encode(current, forKey: .current)
    try container.encode(threshold, forKey: .threshold)
    try container.encode(counts, forKey: .counts)
    try container.encode(lines, forKey: .lines)
    try container.encode(phases, forKey: .phases)
    try container.encode(modifications, forKey: .modifications)
    try container.encode(total, forKey: .total)
    try container.encode(ignoredSpendLines, forKey: .ignoredSpendLines)
    try container.encode(hiddenUnchanged, forKey: .hiddenUnchanged)
  }
}

/// A side of the comparison: its label and the version of each release counted.
struct SideJSON: Encodable {
  let label: String
  let releases: [CountedReleaseJSON]

  init(_ side: VarianceSide) {
    label = side.label
    releases = side.releases.map(CountedReleaseJSON.init)
  }
}

/// A release and the version of it counted (`null` when its lines have none).
struct CountedReleaseJSON: Encodable {
  let release: String
  let version: String?

  init(_ counted: TotalsReport.CountedRelease) {
    release = counted.release
    version = counted.version
  }

  enum CodingKeys: String, CodingKey { case release, version }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(release, forKey: .release)
    try container.encode(version, forKey: .version)
  }
}

/// One side of a line: basis, amounts (`null` for TBC, N/A, or no line), version and note.
private struct FigureJSON: Encodable {
  let basis: String?
  let low: String?
  let high: String?
  let version: String?
  let note: String?

  init(_ entry: VarianceEntry?) {
    basis = entry?.figure.basis.id
    low = entry?.figure.range?.low.plainDecimal
    high = entry?.figure.range?.high.plainDecimal
    version = entry?.version
    note = entry?.note
  }

  enum CodingKeys: String, CodingKey { case basis, low, high, version, note }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(basis, forKey: .basis)
    try container.encode(low, forKey: .low)
    try container.encode(high, forKey: .high)
    try container.encode(version, forKey: .version)
    try container.encode(note, forKey: .note)
  }
}

/// A change: pounds always, percentages `null` ("n/a") where the baseline has no amount.
private struct ChangeJSON: Encodable {
  let low: String
  let high: String
  let lowPercent: String?
  let highPercent: String?
  let tbc: Int?

  init(_ change: RangeChange, tbc: Int? = nil) {
    low = change.low.plainDecimal
    high = change.high.plainDecimal
    lowPercent = change.lowPercent?.plainDecimal
    highPercent = change.highPercent?.plainDecimal
    self.tbc = tbc
  }

  enum CodingKeys: String, CodingKey {
    case low, high, tbc
    case lowPercent = "low_percent"
    case highPercent = "high_percent"
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(low, forKey: .low)
    try container.encode(high, forKey: .high)
    try container.encode(lowPercent, forKey: .lowPercent)
    try container.encode(highPercent, forKey: .highPercent)
    try container.encodeIfPresent(tbc, forKey: .tbc)
  }
}

private struct LineJSON: Encodable {
  let release: String
  let party: String
  let modification: String
  let title: String
  let phase: String
  let status: String
  let flagged: Bool
  let before: FigureJSON
  let after: FigureJSON
  let change: ChangeJSON
  let note: String

  init(_ line: LineVariance) {
    release = line.key.release
    party = line.key.party.id
    modification = line.key.modification
    title = line.title
    phase = line.key.phase.id
    status = line.status.id
    flagged = line.flagged
    before = FigureJSON(line.before)
    after = FigureJSON(line.after)
    change = ChangeJSON(line.change)
    note = line.note
  }
}

private struct GroupJSON: Encodable {
  let key: String
  let label: String
  let before: SummaryCountsJSON
  let after: SummaryCountsJSON
  let change: ChangeJSON

  init(_ group: GroupVariance) {
    key = group.key
    label = group.label
    before = SummaryCountsJSON(group.before)
    after = SummaryCountsJSON(group.after)
    change = ChangeJSON(group.change, tbc: group.tbcChange)
  }
}
