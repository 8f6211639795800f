/// The latest document version of each release in a ledger, found in a first pass so that a
/// second pass counts the same lines ``CostTotals`` would: each release's latest version, and
/// lines with no version.
public struct LedgerVersions: Hashable, Sendable {
  private var latest: [String: String] = [:]

  /// No versions seen yet.
  public init() {}

  /// Notes the version of `line`.
  public mutating func note(_ line: LedgerLine) {
    guard !line.version.isEmpty else { return }
    if let current = latest[line.release], !NaturalOrder.precedes(current, line.version) { return }
    latest[line.release] = line.version
  }

  /// Whether `line` is counted: it has no version, or its release's latest.
  public func counts(_ line: LedgerLine) -> Bool {
    line.version.isEmpty || latest[line.release] == line.version
  }
}
