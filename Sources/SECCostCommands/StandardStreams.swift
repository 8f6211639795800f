#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writing to standard output and standard error, unbuffered and whole.
enum StandardStreams {
  /// The system's error number of the first failed write to standard output, if one failed
  /// (a full disk, a closed descriptor): ``SECCostCLI/run(_:)`` then reports it and exits 3.
  nonisolated(unsafe) static var outputFailure: Int32?

  /// Writes `text` to standard output.
  static func print(_ text: String) {
    write(Array(text.utf8), to: STDOUT_FILENO)
  }

  /// Writes bytes to standard output.
  static func write(_ bytes: [UInt8]) {
    write(bytes, to: STDOUT_FILENO)
  }

  /// Writes `text` and a line end to standard error.
  static func printError(_ text: String) {
    write(Array((text + "\n").utf8), to: STDERR_FILENO)
  }

  private static func write(_ bytes: [UInt8], to descriptor: Int32) {
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count, let base = buffer.baseAddress {
        let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
        if written < 0 && errno == EINTR { continue }
        if written <= 0 {
          if descriptor == STDOUT_FILENO, outputFailure == nil {
            outputFailure = written < 0 ? errno : EIO
          }
          return
        }
        offset += written
      }
    }
  }
}
