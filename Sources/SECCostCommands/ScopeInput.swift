import ArgumentParser
import SECCost
import SECCostCSV

/// Reads the scope register a command was given.
enum ScopeInput {
  /// Loads the register at `path`, or prints every problem to standard error and exits with
  /// code 1 (3 if the file cannot be read at all).
  static func load(_ path: String) throws(ExitCode) -> ScopeRegister {
    do {
      return try ScopeRegister.load(path)
    } catch {
      StandardStreams.printError(error.description)
      throw error.issues.contains { $0.kind == .unreadable }
        ? ExitStatus.inputOutput : ExitStatus.invalidData
    }
  }
}
