/// Orders modifications as a RID's cost table lists them: by modification number, whatever the
/// prefix (`SECMP0015` is 15 and comes before `MP078`, 78), then in natural order; ids without a
/// number after those with one, and release-level lines (no modification) last.
public enum ModificationOrder {
  /// Whether modification `lhs` is listed before `rhs`.
  public static func precedes(_ lhs: String, _ rhs: String) -> Bool {
    if lhs.isEmpty || rhs.isEmpty { return !lhs.isEmpty && rhs.isEmpty }
    switch (number(lhs), number(rhs)) {
    case (let l?, let r?):
      if l.count != r.count { return l.count < r.count }
      if l != r { return l < r }
      return NaturalOrder.precedes(lhs, rhs)
    case (.some, nil): return true
    case (nil, .some): return false
    case (nil, nil): return NaturalOrder.precedes(lhs, rhs)
    }
  }

  /// The first run of digits without leading zeros (`0015` → `15`, `0` → `0`).
  private static func number(_ id: String) -> String? {
    guard let start = id.firstIndex(where: { $0.isASCII && $0.isNumber }) else { return nil }
    let digits = id[start...].prefix { $0.isASCII && $0.isNumber }
    let significant = digits.drop { $0 == "0" }
    return significant.isEmpty ? "0" : String(significant)
  }
}
