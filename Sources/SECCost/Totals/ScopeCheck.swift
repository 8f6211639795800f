/// Checks a ledger's counted costs against a scope register, as of a day: costs on a
/// modification outside its release's scope, DCC costs on one the register marks as not DCC
/// System impacting, and a DCC System impacting modification in scope with no DCC line.
///
/// Only releases the ledger has costs for are checked. Linear in lines and register entries.
public enum ScopeCheck {
  /// The findings, in release order, then modification order.
  public static func findings(
    of counted: CountedFigures, register: ScopeRegister, asOf: CalendarDate? = nil
  ) -> [ScopeFinding] {
    // The modifications each release has costs for, and whether any is a DCC figure that is
    // not N/A.
    var costed: [String: [String: (dccCost: Bool, dccLine: Bool)]] = [:]
    for line in counted.lines where !line.modification.isEmpty {
      var entry = costed[line.release]?[line.modification] ?? (false, false)
      if line.party == .dcc {
        entry.dccLine = true
        if line.figure.basis != .notApplicable { entry.dccCost = true }
      }
      costed[line.release, default: [:]][line.modification] = entry
    }
    var findings: [ScopeFinding] = []
    let snapshot = ScopeSnapshot(register, asOf: asOf)
    for release in Set(counted.lines.map(\.release)).sorted(by: ReleaseOrder.precedes) {
      guard let scope = snapshot.scope(of: release) else {
        findings.append(ScopeFinding(release: release, modification: "", kind: .releaseNotListed))
        continue
      }
      var items: [String: ReleaseScope.Item] = [:]
      for item in scope.items { items[ScopeRegister.key(item.entry.modification)] = item }
      let modifications = costed[release] ?? [:]
      var byKey: [String: (dccCost: Bool, dccLine: Bool)] = [:]
      for modification in modifications.keys.sorted(by: NaturalOrder.precedes) {
        let costs = modifications[modification] ?? (false, false)
        let key = ScopeRegister.key(modification)
        byKey[key] = costs
        guard let item = items[key] else {
          findings.append(
            ScopeFinding(
              release: release, modification: modification, kind: .notInScope,
              detail: "not listed"))
          continue
        }
        if !item.standing.isTargetedOrApproved {
          findings.append(
            ScopeFinding(
              release: release, modification: modification, kind: .notInScope,
              detail: item.standing.section.id))
        }
        if costs.dccCost && item.entry.dccSystems == .no {
          findings.append(
            ScopeFinding(release: release, modification: modification, kind: .notDCCImpacting))
        }
      }
      for item in scope.items
      where item.standing.isTargetedOrApproved && item.entry.dccSystems == .yes
        && item.entry.kind == .modification
        && byKey[ScopeRegister.key(item.entry.modification)]?.dccLine != true
      {
        findings.append(
          ScopeFinding(
            release: release, modification: item.entry.modification, kind: .noCostLine))
      }
    }
    return findings
  }
}
