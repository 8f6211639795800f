import ArgumentParser
import SECCost
import SECCostCSV

/// Reads the scope register a command was given.
enum ScopeInput {
  /// Loads the register at `path`, or prints every problem to standard error and exits with
  /// code 1 (3 if the file cannot be read at all).
  static func load(_ path: String) throws(ExitCode) -> ScopeRegister {
    try loadLocated(path).register
  }

  /// Loads the register at `path` with the line each entry starts on, or exits as ``load(_:)``.
  static func loadLocated(_ path: String) throws(ExitCode) -> (
    register: ScopeRegister, lines: [Int]
  ) {
    do {
      return try ScopeRegister.loadLocated(path)
    } catch {
      StandardStreams.printError(error.description)
      throw error.issues.contains { $0.kind == .unreadable }
        ? ExitStatus.inputOutput : ExitStatus.invalidData
    }
  }
}
