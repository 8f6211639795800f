/// One modification's figures across releases and document versions: from a Preliminary
/// Assessment's estimate to an Impact Assessment's firm figure to actual spend, each line with
/// where it was read, and the modification's total as it stood at each version.
///
/// Which lines count is ``CountedLedger``'s rule; each stage's total is what
/// `seccost totals --by modification --release R` gives for the modification over the lines of
/// versions up to that one (a later version replaces the figures it gives; the rest carry
/// forward).
public struct ModificationHistory: Hashable, Sendable {
  /// The modification as the ledger spells it.
  public let modification: String
  /// Its title, from the first line that gives one.
  public let title: String
  /// Every line of it, in canonical order (release, version, party, phase, basis).
  public let figures: [Figure]
  /// Its total at each release and version, in order, then the actual spend of each release.
  public let stages: [Stage]

  /// A line of the modification and how it counts.
  public struct Figure: Hashable, Sendable {
    /// The line and where it was read.
    public let located: LocatedLine
    /// Whether it counts in its release's totals now: the latest version of its key, or actual
    /// spend.
    public let isCounted: Bool
    /// Whether a combined Preliminary Assessment replaces it in the release's totals (it still
    /// counts in the modification's own).
    public let isCoveredByCombined: Bool
  }

  /// The modification's total at one version of one release, or its actual spend there.
  public struct Stage: Hashable, Sendable {
    /// The release.
    public let release: String
    /// The version (empty for lines with none, and for actual spend).
    public let version: String
    /// Whether this is the actual spend rather than a version's figures.
    public let isActual: Bool
    /// The total, as `totals` counts it (TBC and phases not provided counted, not added).
    public let summary: CostSummary
  }

  /// The history of `modification` (matched ignoring case) in `lines`; `nil` if no line has it.
  ///
  /// - Throws: ``MoneyError/overflow`` if a total leaves the representable range.
  public init?(modification: String, lines: [LocatedLine]) throws(MoneyError) {
    let wanted = modification.uppercased()
    let own = lines.filter { $0.line.modification.uppercased() == wanted }
    guard let first = own.first else { return nil }
    self.modification = first.line.modification
    title = own.first { !$0.line.title.isEmpty }?.line.title ?? ""
    let releases = Set(own.map(\.line.release))
    var ledger = CountedLedger()
    for located in lines where releases.contains(located.line.release) {
      ledger.add(located.line)
    }
    let counted = ledger.counted()
    var countedLines: [LedgerLine: Int] = [:]
    for line in counted.lines where line.modification == self.modification {
      countedLines[line, default: 0] += 1
    }
    let ordered = own.sorted { $0.line.canonicallyPrecedes($1.line) }
    figures = ordered.map { located in
      let isCounted = (countedLines[located.line] ?? 0) > 0
      if isCounted { countedLines[located.line]? -= 1 }
      return Figure(
        located: located, isCounted: isCounted,
        isCoveredByCombined: isCounted && counted.combinedFigure(covering: located.line) != nil)
    }
    var stages: [Stage] = []
    for release in releases.sorted(by: ReleaseOrder.precedes) {
      let ofRelease = own.map(\.line).filter { $0.release == release }
      let budget = ofRelease.filter { $0.figure.basis != .actual }
      let versions = Set(budget.map(\.version)).sorted(by: VersionOrder.precedes)
      for version in versions {
        let upTo = budget.filter { !VersionOrder.precedes(version, $0.version) }
        stages.append(
          Stage(
            release: release, version: version, isActual: false,
            summary: try Self.total(of: self.modification, in: upTo)))
      }
      let spend = ofRelease.filter { $0.figure.basis == .actual }
      if !spend.isEmpty {
        stages.append(
          Stage(
            release: release, version: "", isActual: true,
            summary: try Self.total(of: self.modification, in: spend)))
      }
    }
    self.stages = stages
  }

  /// The modification's group of `totals --by modification` over `lines`.
  private static func total(of modification: String, in lines: [LedgerLine]) throws(MoneyError)
    -> CostSummary
  {
    let report = try TotalsReport.of(lines, by: .modification)
    return report.groups.first { $0.key == modification }?.summary ?? CostSummary()
  }
}
