/// Why ledger lines cannot be compared, located at the line at fault when it is known.
public enum VarianceInputError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Two lines give a figure for the same key and version.
  case duplicate(VarianceKey, version: String, first: LineOrigin?, second: LineOrigin?)
  /// Actual spend given as a range: spend is one amount.
  case actualRange(LineOrigin?)
  /// A sum is beyond the representable range.
  case overflow(LineOrigin?)

  /// `FILE:LINE: message` (the location left out when it is not known).
  public var description: String {
    switch self {
    case .duplicate(let key, let version, let first, let second):
      let versionText = version.isEmpty ? "no version" : "version \(version)"
      return Self.located(
        second,
        "duplicate line: \(Self.describe(key)) in \(versionText) is also given at "
          + (first?.description ?? "another line"))
    case .actualRange(let origin):
      return Self.located(
        origin, "high: actual spend is one amount, not a range (leave high empty or equal to low)")
    case .overflow(let origin):
      return Self.located(origin, MoneyError.overflow.description)
    }
  }

  private static func located(_ origin: LineOrigin?, _ message: String) -> String {
    origin?.locating(message) ?? message
  }

  private static func describe(_ key: VarianceKey) -> String {
    let modification = key.modification.isEmpty ? "release-level" : key.modification
    return "\(key.release) \(key.party.id) \(modification) \(key.phase.id)"
  }
}
