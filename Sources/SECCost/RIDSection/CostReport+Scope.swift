extension CostReport {
  /// Notes, in each section, the modifications the scope register lists in the release (targeted
  /// or approved, as of `day`) as not impacting the DCC Systems and that have no priced DCC line:
  /// the RID then says none of the other modifications will incur DCC implementation costs
  /// (``CostSection/otherModificationsSentence``).
  public mutating func note(scope register: ScopeRegister, asOf day: CalendarDate? = nil) {
    let snapshot = ScopeSnapshot(register, asOf: day)
    for index in sections.indices {
      let section = sections[index]
      guard let scope = snapshot.scope(of: section.release) else { continue }
      let costed = Set(section.breakdown.rows.map(\.modification))
      var without = section.modificationsWithoutDCCCosts
      for item in scope.items
      where item.standing.isTargetedOrApproved && item.entry.kind == .modification
        && item.entry.dccSystems == .no && !costed.contains(item.entry.modification)
        && !without.contains(item.entry.modification)
      {
        without.append(item.entry.modification)
      }
      sections[index].modificationsWithoutDCCCosts = without.sorted(by: ModificationOrder.precedes)
    }
  }
}
