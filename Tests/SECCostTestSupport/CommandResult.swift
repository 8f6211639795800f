/// What one run of `seccost` printed, and how it exited: in process (``Seccost``) or as a
/// process of its own (``SeccostBinary``).
package struct CommandResult: Sendable {
  /// The exit code.
  package let status: Int32
  /// Standard output, decoded as UTF-8.
  package let stdout: String
  /// Standard error, decoded as UTF-8.
  package let stderr: String

  /// Creates a result.
  package init(status: Int32, stdout: String, stderr: String) {
    self.status = status
    self.stdout = stdout
    self.stderr = stderr
  }

  /// Standard error without its warnings (`FILE:LINE: column: warning: …` lines).
  package var errors: String {
    stderr.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.contains(": warning: ") }.joined(separator: "\n")
  }
}
