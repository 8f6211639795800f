import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where one run of a command writes: its output (bytes) and its messages (lines of text), and
/// whether writing the output failed.
///
/// The binary's runs write to the process's descriptors 1 and 2, unbuffered and whole; an
/// in-process run (``SECCostCLI/runInMemory(_:failingOutputWith:)``, what the tests use) keeps
/// both in memory. A command reaches the streams of its run through
/// ``StandardStreams/current``, a task-local value, so runs on other tasks never share them.
package final class OutputStreams: Sendable {
  /// Where the bytes go.
  private enum Destination {
    /// Descriptors 1 and 2 of this process.
    case descriptors
    /// Memory; writes to the output fail with this error number when one is given.
    case memory(failingOutputWith: Int32?)
  }

  /// What a run has written and whether its output failed.
  private struct State {
    var output: [UInt8] = []
    var errors: [UInt8] = []
    var outputFailure: Int32?
  }

  private let destination: Destination
  private let state = Mutex(State())

  private init(_ destination: Destination) {
    self.destination = destination
  }

  /// Streams that write to this process's standard output and standard error.
  package static func standard() -> OutputStreams { OutputStreams(.descriptors) }

  /// Streams that keep what is written in memory, for ``output`` and ``errors``; when
  /// `errorNumber` is given every write to the output fails with it (as on a full disk,
  /// `ENOSPC`), and nothing is kept of it.
  package static func memory(failingOutputWith errorNumber: Int32? = nil) -> OutputStreams {
    OutputStreams(.memory(failingOutputWith: errorNumber))
  }

  /// Whether the output is a terminal (then a table may be coloured); memory never is.
  package var outputIsTerminal: Bool {
    switch destination {
    case .descriptors: isatty(STDOUT_FILENO) == 1
    case .memory: false
    }
  }

  /// The system's error number of the first failed write to the output, if one failed (a full
  /// disk, a closed descriptor): ``SECCostCLI/run(_:)`` then reports it and exits 3.
  package var outputFailure: Int32? { state.withLock { $0.outputFailure } }

  /// The bytes written to the output (memory streams only; empty for the process's).
  package var output: [UInt8] { state.withLock { $0.output } }

  /// The messages written, each ending in a line end (memory streams only).
  package var errors: String { state.withLock { String(decoding: $0.errors, as: UTF8.self) } }

  /// Writes bytes to the output; a failure is kept as ``outputFailure`` (the first one only).
  func write(_ bytes: [UInt8]) {
    switch destination {
    case .descriptors:
      if let failure = Self.write(bytes, to: STDOUT_FILENO) { noteOutputFailure(failure) }
    case .memory(let failing):
      if let failing {
        noteOutputFailure(failing)
      } else {
        state.withLock { $0.output += bytes }
      }
    }
  }

  /// Writes `text` and a line end as a message.
  func writeLine(ofError text: String) {
    let bytes = Array((text + "\n").utf8)
    switch destination {
    case .descriptors: _ = Self.write(bytes, to: STDERR_FILENO)
    case .memory: state.withLock { $0.errors += bytes }
    }
  }

  private func noteOutputFailure(_ errorNumber: Int32) {
    state.withLock { state in
      if state.outputFailure == nil { state.outputFailure = errorNumber }
    }
  }

  /// Writes every byte to `descriptor`, retrying an interrupted write; the error number if a
  /// write failed (`EIO` for a write that wrote nothing).
  private static func write(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count, let base = buffer.baseAddress {
        let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
        if written < 0 && errno == EINTR { continue }
        if written <= 0 { return written < 0 ? errno : EIO }
        offset += written
      }
      return nil
    }
  }
}
