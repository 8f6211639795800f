/// How document versions of a release are ordered: in natural order (`0.10` after `0.4`), a
/// line with no version before every versioned one.
///
/// Versions are compared as the ledger stores them, already in canonical form (`v0.4` is read
/// as `0.4`).
public enum VersionOrder {
  /// Whether version `lhs` is earlier than version `rhs`.
  public static func precedes(_ lhs: String, _ rhs: String) -> Bool {
    if lhs.isEmpty || rhs.isEmpty { return lhs.isEmpty && !rhs.isEmpty }
    return NaturalOrder.precedes(lhs, rhs)
  }
}

extension VersionOrder {
  /// Whether a figure of `version` supersedes one of `current` for the same key (none yet:
  /// it does): the one place "each key's latest version counts" is decided, for
  /// ``CountedLedger`` and ``VarianceSource`` alike.
  public static func supersedes(_ version: String, _ current: String?) -> Bool {
    guard let current else { return true }
    return precedes(current, version)
  }
}
