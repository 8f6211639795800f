/// What kind of figure a ledger line holds.
public enum Basis: String, CaseIterable, Hashable, Comparable, Sendable {
  /// A firm cost from an Impact Assessment.
  case firm
  /// An estimate from a Preliminary Assessment (a RID prints these in italics).
  case estimate
  /// Money actually spent.
  case actual
  /// To be confirmed: a cost exists but has no figure yet. Never counted as £0.
  case tbc
  /// Not applicable: no cost in this phase.
  case notApplicable = "n/a"

  /// The canonical id (`firm`, `estimate`, `actual`, `tbc`, `n/a`).
  public var id: String { rawValue }

  /// Whether lines on this basis carry an amount.
  public var isPriced: Bool { self == .firm || self == .estimate || self == .actual }

  /// Reads an id, ignoring case and surrounding spaces (`TBC`, `N/A`, `Estimate`; `estimated` is
  /// taken as `estimate`, `na`, `n.a` and `n.a.` as `n/a`); nothing else (`firm?` and `Firm.`
  /// are no basis; see `labelKey`).
  ///
  /// A spreadsheet error value is not a basis: `#N/A` (a failed look-up) is refused, not read
  /// as `n/a`.
  public init?(parsing text: some StringProtocol) {
    let trimmed = text.plainSpaced.trimmingSpaces
    if trimmed.hasPrefix("#") { return nil }
    if trimmed.utf8.count <= 4, ["n.a", "n.a."].contains(trimmed.lowercased()) {
      self = .notApplicable
      return
    }
    switch trimmed.labelKey {
    case "firm": self = .firm
    case "estimate", "estimated": self = .estimate
    case "actual": self = .actual
    case "tbc": self = .tbc
    case "n-a", "na": self = .notApplicable
    default: return nil
    }
  }

  /// Whether `lhs` comes before `rhs` in report order.
  public static func < (lhs: Basis, rhs: Basis) -> Bool {
    lhs.ordinal < rhs.ordinal
  }
}
