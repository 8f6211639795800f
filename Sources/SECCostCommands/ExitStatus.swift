import ArgumentParser

/// The exit codes seccost documents: 0 success, 1 invalid data, 2 usage, 3 input or output.
enum ExitStatus {
  /// A ledger is invalid; every problem was listed as `FILE:LINE: column: message`.
  static let invalidData = ExitCode(1)
  /// The command line was wrong (ArgumentParser's validation failures included).
  static let usage: Int32 = 2
  /// An input could not be read (missing, a directory, not permitted) or an output could not be
  /// written (a directory that does not exist or is read-only, a full disk).
  static let inputOutput = ExitCode(3)
}
