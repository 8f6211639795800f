/// Writing to standard output and standard error, unbuffered and whole: to the
/// ``OutputStreams`` of the command's run (the process's descriptors 1 and 2 in the binary,
/// memory in an in-process run).
enum StandardStreams {
  /// The streams of the run on this task; the process's own outside any run.
  @TaskLocal static var current = OutputStreams.standard()

  /// Writes `text` to standard output.
  static func print(_ text: String) {
    current.write(Array(text.utf8))
  }

  /// Writes bytes to standard output.
  static func write(_ bytes: [UInt8]) {
    current.write(bytes)
  }

  /// Writes `text` and a line end to standard error.
  static func printError(_ text: String) {
    current.writeLine(ofError: text)
  }
}
