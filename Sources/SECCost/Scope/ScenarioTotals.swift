/// Cost totals under scope scenarios: lines of approved modifications, of every modification in
/// scope (approved or targeted), and the gap between them, with a scope register deciding which
/// is which as of a day.
///
/// Release-level lines (no modification) count in both scenarios. Lines of a modification that
/// has lapsed, was withdrawn or removed, has moved to another release, or is not in the release's
/// listing at all count in neither, and are kept apart, summed per modification, for the report.
public struct ScenarioTotals: Sendable {
  /// The register that decides each line's scenario.
  public let register: ScopeRegister
  /// The day the register is read as of.
  public let asOf: CalendarDate?
  /// Only lines of this release are counted, when set: the release as ``ReleaseName/key(_:)``
  /// names it, compared as keys are.
  public let release: String?

  private let dimension: TotalsDimension
  private var ledger: CountedLedger

  private struct OutsideKey: Hashable {
    var release: String
    var modification: String
    var reason: ScenarioReport.Outside.Reason
  }

  /// Starts empty totals grouped by `dimension`; `asOf` `nil` reads the register as of its
  /// latest date. Lines are counted by ``CountedLedger``'s rule before they are classified.
  /// With `onlyVersion`, exactly the lines of that document version are counted.
  public init(
    by dimension: TotalsDimension, release: String? = nil, register: ScopeRegister,
    asOf: CalendarDate? = nil, onlyVersion: String? = nil
  ) {
    self.register = register
    self.asOf = asOf ?? register.latestAsOf
    self.release = release.map(ReleaseName.key)
    self.dimension = dimension
    ledger = CountedLedger(release: release, onlyVersion: onlyVersion)
  }

  /// Adds one line (skipped if it belongs to another release than the one asked for).
  public mutating func add(_ line: LedgerLine) {
    ledger.add(line)
  }

  private enum LineClass {
    case approved, targeted
    case outside(ScenarioReport.Outside.Reason)
  }

  /// The lines counted so far, before they are sorted into scenarios.
  public func counted() -> CountedFigures {
    ledger.counted()
  }

  /// The scenario class of a line, worked out once per release and modification as written.
  private func classify(
    _ line: LedgerLine, in snapshot: ScopeSnapshot, known classes: inout [String: LineClass]
  ) -> LineClass {
    if line.modification.isEmpty { return .approved }
    let key = line.release + "\u{0}" + line.modification
    if let known = classes[key] { return known }
    let found = classifyAfresh(line, in: snapshot)
    classes[key] = found
    return found
  }

  private func classifyAfresh(_ line: LedgerLine, in snapshot: ScopeSnapshot) -> LineClass {
    guard asOf != nil, snapshot.scope(of: line.release) != nil else {
      return .outside(.releaseNotListed)
    }
    guard let item = snapshot.item(for: line.modification, in: line.release) else {
      let nowIn = snapshot.releases(having: line.modification)
      return .outside(.notListed(nowIn: nowIn, inRegister: snapshot.has(line.modification)))
    }
    if item.standing.isApproved { return .approved }
    if item.standing.isTargetedOrApproved { return .targeted }
    return .outside(.standing(item.standing))
  }

  /// The totals so far, side by side, and the lines outside both scenarios.
  ///
  /// - Throws: ``MoneyError/overflow`` if a sum leaves the representable range.
  public func report() throws(MoneyError) -> ScenarioReport {
    var approved = CountedLedger()
    var allTargeted = CountedLedger()
    var gap = CountedLedger()
    var outside: [OutsideKey: CostSummary] = [:]
    var classes: [String: LineClass] = [:]
    let snapshot = ScopeSnapshot(register, asOf: asOf)
    for line in ledger.counted().lines {
      switch classify(line, in: snapshot, known: &classes) {
      case .approved:
        approved.add(line)
        allTargeted.add(line)
      case .targeted:
        allTargeted.add(line)
        gap.add(line)
      case .outside(let reason):
        let key = OutsideKey(release: line.release, modification: line.modification, reason: reason)
        try outside[key, default: CostSummary()].add(line.figure)
      }
    }
    let outsideItems = outside.map { key, summary in
      ScenarioReport.Outside(
        release: key.release, modification: key.modification, reason: key.reason,
        summary: summary)
    }.sorted { a, b in
      if a.release != b.release { return ReleaseOrder.precedes(a.release, b.release) }
      return NaturalOrder.precedes(a.modification, b.modification)
    }
    return ScenarioReport(
      asOf: asOf,
      approved: try TotalsReport(dimension: dimension, counted: approved.counted()),
      allTargeted: try TotalsReport(dimension: dimension, counted: allTargeted.counted()),
      gap: try TotalsReport(dimension: dimension, counted: gap.counted()), outside: outsideItems)
  }
}
