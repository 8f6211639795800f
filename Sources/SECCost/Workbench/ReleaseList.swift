/// Every release in the ledgers with its total as `seccost totals --by release` counts it, the
/// versions counted, and its scope as of a day: the workbench's first page.
///
/// The figures come from ``CostTotals`` grouped by release (each key's latest version, phases
/// not provided counted, a combined Preliminary Assessment in place of the standalone figures it
/// covers); the scope from ``ScopeSnapshot``.
public struct ReleaseList: Hashable, Sendable {
  /// One release.
  public struct Entry: Hashable, Sendable {
    /// The release as the ledger spells it.
    public let release: String
    /// Its total: `summary.ridNotation` is what `totals` prints.
    public let summary: CostSummary
    /// The standalone figures its combined Preliminary Assessment replaces, if any.
    public let standalone: CostSummary?
    /// The versions its lines came from (`summary` says `v0.5 (1 line) over v0.4 …`).
    public let versions: ReleaseVersions?
    /// Its scope as of ``ReleaseList/asOf``, when a register was given and lists it by then.
    public let scope: ReleaseScope?
  }

  /// The releases, in date order.
  public let entries: [Entry]
  /// Everything counted, as the `Total` row of `totals`.
  public let total: CostSummary
  /// The day the scope is read as of (the register's latest `as_of` date when none was asked
  /// for); `nil` without a register.
  public let asOf: CalendarDate?

  /// The list of `lines`, with the scope of each release in `register` as of `day`.
  ///
  /// - Throws: ``MoneyError/overflow`` if a total leaves the representable range.
  public init(
    lines: some Sequence<LedgerLine>, register: ScopeRegister? = nil, asOf day: CalendarDate? = nil
  ) throws(MoneyError) {
    let report = try TotalsReport.of(lines, by: .release)
    let snapshot = register.map { ScopeSnapshot($0, asOf: day) }
    let versions = Dictionary(
      report.versions.map { ($0.release, $0) }, uniquingKeysWith: { first, _ in first })
    entries = report.groups.map { group in
      Entry(
        release: group.key, summary: group.summary, standalone: group.standalone,
        versions: versions[group.key], scope: snapshot?.scope(of: group.key))
    }
    total = report.total
    asOf = snapshot?.day
  }
}
