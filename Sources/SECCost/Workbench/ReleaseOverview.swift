/// Everything the workbench's page of one release shows, computed by the rules the commands
/// use: the RID cost section (``CostReport``), the totals by phase, modification and basis
/// (``CostTotals``, as `seccost totals --release NAME --by …`), the combined Preliminary
/// Assessment against the standalone sum, the release's scope as of a day, and every ledger line
/// of the release with where it was read.
public struct ReleaseOverview: Hashable, Sendable {
  /// The release as the ledger spells it.
  public let release: String
  /// The report of the release's lines: its cost section, rendered as the report's HTML.
  public let report: CostReport
  /// The totals by phase (`totals --by phase --release NAME`).
  public let byPhase: TotalsReport
  /// The totals by modification.
  public let byModification: TotalsReport
  /// The totals by basis.
  public let byBasis: TotalsReport
  /// The combined Preliminary Assessment against the standalone sum, when the release has one.
  public let combined: CombinedAssessment?
  /// The release's scope as of ``asOf``, when a register was given and lists it by then.
  public let scope: ReleaseScope?
  /// The day the scope is read as of; `nil` without a register.
  public let asOf: CalendarDate?
  /// Every line of the release, in every version, in canonical order, each with whether it is
  /// counted (the latest version of its key; every actual line).
  public let lines: [Figure]

  /// A line of the release and whether it counts.
  public struct Figure: Hashable, Sendable {
    /// The line and where it was read.
    public let located: LocatedLine
    /// Whether it is counted: the latest version of its key, or actual spend. A line a later
    /// version replaces is shown, not counted.
    public let isCounted: Bool
  }

  /// The overview of `release` (matched as ``CountedLedger`` matches it, ignoring case) in
  /// `lines`, named `name` (the ledgers' names for people), its scope read from `register` as of
  /// `day`; `nil` if no line is of that release.
  ///
  /// - Throws: ``CostReportError`` if a total leaves the representable range.
  public init?(
    release: String, lines: [LocatedLine], name: String, register: ScopeRegister? = nil,
    asOf day: CalendarDate? = nil
  ) throws(CostReportError) {
    let key = ReleaseName.key(release)
    let own = lines.filter { ReleaseName.key($0.line.release) == key }
    guard let first = own.first else { return nil }
    self.release = first.line.release
    let plain = own.map(\.line)
    report = try CostReport(name: name, lines: plain)
    do {
      byPhase = try Self.totals(plain, by: .phase)
      byModification = try Self.totals(plain, by: .modification)
      byBasis = try Self.totals(plain, by: .basis)
    } catch {
      throw .overflow
    }
    combined = report.sections.first.flatMap(CombinedAssessment.init)
    let snapshot = register.map { ScopeSnapshot($0, asOf: day) }
    scope = snapshot?.scope(of: self.release)
    asOf = snapshot?.day
    var counted = CountedLedger()
    counted.add(contentsOf: plain)
    var countedLines: [LedgerLine: Int] = [:]
    for line in counted.counted().lines { countedLines[line, default: 0] += 1 }
    let ordered = own.sorted { $0.line.canonicallyPrecedes($1.line) }
    self.lines = ordered.map { located in
      let isCounted = (countedLines[located.line] ?? 0) > 0
      if isCounted { countedLines[located.line]? -= 1 }
      return Figure(located: located, isCounted: isCounted)
    }
  }

  private static func totals(_ lines: [LedgerLine], by dimension: TotalsDimension) throws
    -> TotalsReport
  {
    var totals = CostTotals(by: dimension)
    for line in lines { totals.add(line) }
    return try totals.report()
  }
}
