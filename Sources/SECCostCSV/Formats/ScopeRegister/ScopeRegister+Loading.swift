import SECCost

extension ScopeRegister {
  /// Loads and validates a scope register file.
  ///
  /// - Throws: ``ScopeRegisterLoadError`` with every problem found, if the file is invalid.
  public static func load(_ path: String) throws(ScopeRegisterLoadError) -> ScopeRegister {
    try loadLocated(path).register
  }

  /// Loads and validates a scope register file, with the line each entry starts on.
  ///
  /// - Throws: ``ScopeRegisterLoadError`` with every problem found, if the file is invalid.
  public static func loadLocated(_ path: String) throws(ScopeRegisterLoadError) -> (
    register: ScopeRegister, lines: [Int]
  ) {
    let reader = ScopeRegisterReader()
    let register = reader.read(path)
    guard reader.isValid else {
      throw ScopeRegisterLoadError(issues: reader.issues, count: reader.issueCount)
    }
    return (register, reader.entryLines)
  }
}

/// A scope register file that did not validate.
public struct ScopeRegisterLoadError: Error, Sendable, CustomStringConvertible {
  /// The problems (at most ``ScopeRegisterReader/issueLimit``).
  public let issues: [LedgerIssue]
  /// How many problems there were in all.
  public let count: Int

  /// Creates an error from the problems kept and the number found.
  public init(issues: [LedgerIssue], count: Int) {
    self.issues = issues
    self.count = count
  }

  /// One problem per line, and a count of any not listed.
  public var description: String {
    var lines = issues.map(\.description)
    if count > issues.count { lines.append("… and \(count - issues.count) more problems") }
    return lines.joined(separator: "\n")
  }
}
