extension LedgerLine {
  /// The canonical order of ledger lines: release by date, version (``VersionOrder``), party (DCC
  /// before SECAS), modification (natural order, release-level lines last), phase (RID column
  /// order), basis, date (undated first, then by day), low and high, then the rest
  /// (`finallyPrecedes(_:)`), so that lines only tie when they are equal.
  public func canonicallyPrecedes(_ other: LedgerLine) -> Bool {
    if release != other.release { return ReleaseOrder.precedes(release, other.release) }
    if version != other.version { return VersionOrder.precedes(version, other.version) }
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
    let high = figure.range?.high ?? .zero
    let otherHigh = other.figure.range?.high ?? .zero
    if high != otherHigh { return high < otherHigh }
    return finallyPrecedes(other)
  }

  /// The last part of the canonical order, for lines alike in everything before it (actual
  /// spend may repeat a key): the most likely amount, days and day rate (none first), then
  /// title and note by their UTF-8 bytes, so that the canonical order never depends on the order
  /// lines came in, whatever layout they came from.
  package func finallyPrecedes(_ other: LedgerLine) -> Bool {
    if likely != other.likely { return Self.precedes(likely, other.likely) }
    if effort?.days != other.effort?.days {
      guard let days = effort?.days, let otherDays = other.effort?.days else {
        return effort == nil
      }
      return days < otherDays
    }
    if effort?.dayRate != other.effort?.dayRate {
      return Self.precedes(effort?.dayRate, other.effort?.dayRate)
    }
    if title != other.title { return title.utf8.lexicographicallyPrecedes(other.title.utf8) }
    return note.utf8.lexicographicallyPrecedes(other.note.utf8)
  }

  /// Orders optional amounts: none first.
  private static func precedes(_ lhs: Money?, _ rhs: Money?) -> Bool {
    guard let lhs, let rhs else { return lhs == nil && rhs != nil }
    return lhs < rhs
  }
}
