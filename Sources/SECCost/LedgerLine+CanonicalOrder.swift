extension LedgerLine {
  /// The canonical order of ledger lines: release by date, version (natural order), party (DCC
  /// before SECAS), modification (natural order, release-level lines last), phase (RID column
  /// order), basis, date (undated first, then by day), then low and high.
  public func canonicallyPrecedes(_ other: LedgerLine) -> Bool {
    if release != other.release { return ReleaseOrder.precedes(release, other.release) }
    if version != other.version { return NaturalOrder.precedes(version, other.version) }
    if party != other.party { return party < other.party }
    if modification != other.modification {
      if modification.isEmpty || other.modification.isEmpty { return other.modification.isEmpty }
      return NaturalOrder.precedes(modification, other.modification)
    }
    if phase != other.phase { return phase < other.phase }
    if figure.basis != other.figure.basis { return figure.basis < other.figure.basis }
    if date != other.date {
      guard let date, let otherDate = other.date else { return date == nil }
      return date < otherDate
    }
    let low = figure.range?.low ?? .zero
    let otherLow = other.figure.range?.low ?? .zero
    if low != otherLow { return low < otherLow }
    return (figure.range?.high ?? .zero) < (other.figure.range?.high ?? .zero)
  }
}
