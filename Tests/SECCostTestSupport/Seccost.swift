import Foundation
import SECCost
import SECCostCommands

/// Runs `seccost` in this process, its output and messages kept in memory
/// (``SECCostCLI/runInMemory(_:failingOutputWith:)``): what most tests of a command use. A run
/// takes milliseconds where a process takes tens of them, and runs in parallel with others.
///
/// The current directory is the whole process's, so a run cannot change it as a process does.
/// A run "in" a directory instead gives the command the absolute path of each argument naming a
/// file there (and of the value of `-o`, `--output` and `--out`, which need not exist yet), and
/// writes those paths back as the user gave them (or as a message escapes them) in what the
/// command prints: the output and messages are those of `cd DIRECTORY; seccost ARGUMENTS`.
package enum Seccost {
  /// Options whose value is a path that the command may create.
  private static let outputOptions: Set<String> = ["-o", "--output", "--out"]

  /// Runs `seccost ARGUMENTS` as if in `directory` (the package root by default); with
  /// `errorNumber`, every write to standard output fails with it (`ENOSPC`: a full disk).
  package static func run(
    _ arguments: [String], in directory: URL = packageRoot,
    failingOutputWith errorNumber: Int32? = nil
  ) -> CommandResult {
    var given: [(absolute: String, relative: String)] = []
    var resolved: [String] = []
    for (index, argument) in arguments.enumerated() {
      let afterOutputOption = index > 0 && outputOptions.contains(arguments[index - 1])
      let candidate = directory.appendingPathComponent(argument).path
      if !argument.isEmpty && !argument.hasPrefix("/") && !argument.hasPrefix("-")
        && (afterOutputOption || FileManager.default.fileExists(atPath: candidate))
      {
        resolved.append(candidate)
        given.append((candidate, argument))
        // As a message names it.
        given.append((MessageText.escaped(candidate), MessageText.escaped(argument)))
      } else {
        resolved.append(argument)
      }
    }
    let run = SECCostCLI.runInMemory(resolved, failingOutputWith: errorNumber)
    // The longest first, so that a path is never cut short by another that begins it.
    let backwards = given.sorted { $0.absolute.count > $1.absolute.count }
    func asGiven(_ text: String) -> String {
      backwards.reduce(text) { $0.replacingOccurrences(of: $1.absolute, with: $1.relative) }
    }
    return CommandResult(
      status: run.status, stdout: asGiven(String(decoding: run.output, as: UTF8.self)),
      stderr: asGiven(run.errors))
  }
}
