/// Whether a change impacts the DCC Systems, as the papers' "Impacts DCC Systems?" column says.
public enum DCCSystemsImpact: String, CaseIterable, Hashable, Sendable {
  /// It does (a ✓ in the papers).
  case yes
  /// It does not.
  case no
  /// The paper says to be confirmed.
  case tbc

  /// The canonical id (`yes`, `no`, `tbc`).
  public var id: String { rawValue }

  /// Reads `yes`, `no` or `TBC` (also `y`, `n`, `✓`), ignoring case and surrounding spaces;
  /// nothing else (`y?` is no answer; see `labelKey`).
  public init?(parsing text: some StringProtocol) {
    let trimmed = text.trimmingSpaces
    if trimmed == "✓" {
      self = .yes
      return
    }
    switch trimmed.labelKey {
    case "yes", "y": self = .yes
    case "no", "n": self = .no
    case "tbc": self = .tbc
    default: return nil
    }
  }
}
