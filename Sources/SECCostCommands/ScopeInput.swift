import ArgumentParser
import SECCost
import SECCostCSV

/// Reads the scope register a command was given.
enum ScopeInput {
  /// Loads the register at `path`, or prints every problem to standard error and exits with
  /// code 1.
  static func load(_ path: String) throws(ExitCode) -> ScopeRegister {
    do {
      return try ScopeRegister.load(path)
    } catch {
      StandardStreams.printError(error.description)
      throw ExitCode(1)
    }
  }
}
