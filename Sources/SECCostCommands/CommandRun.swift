/// How one in-process run of a command ended: its exit code, its standard output and its
/// standard error (``SECCostCLI/runInMemory(_:failingOutputWith:)``).
package struct CommandRun: Sendable {
  /// The exit code: 0 success, 1 invalid data, 2 usage, 3 input or output.
  package let status: Int32
  /// The bytes written to standard output.
  package let output: [UInt8]
  /// The messages written to standard error, each ending in a line end.
  package let errors: String
}
