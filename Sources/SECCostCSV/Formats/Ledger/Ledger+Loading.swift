import SECCost

extension Ledger {
  /// Loads and validates ledger files into one ledger.
  ///
  /// - Throws: ``LedgerLoadError`` with every problem found, if any file is invalid.
  public static func load(_ paths: [String]) throws(LedgerLoadError) -> Ledger {
    let reader = LedgerReader()
    var ledger = Ledger()
    for path in paths {
      reader.read(path) { line, _ in ledger.lines.append(line) }
    }
    guard reader.isValid else {
      throw LedgerLoadError(issues: reader.issues, count: reader.issueCount)
    }
    return ledger
  }
}

/// Ledger files that did not validate.
public struct LedgerLoadError: Error, Sendable, CustomStringConvertible {
  /// The problems (at most ``LedgerReader/issueLimit``).
  public let issues: [LedgerIssue]
  /// How many problems there were in all.
  public let count: Int
  /// What the problems are called in the count of those not listed (`problems`, `warnings`).
  public let noun: String

  /// Creates an error from the problems kept and the number found.
  public init(issues: [LedgerIssue], count: Int, noun: String = "problems") {
    self.issues = issues
    self.count = count
    self.noun = noun
  }

  /// One problem per line, and a count of any not listed.
  public var description: String {
    var lines = issues.map(\.description)
    if count > issues.count { lines.append("… and \(count - issues.count) more \(noun)") }
    return lines.joined(separator: "\n")
  }
}
