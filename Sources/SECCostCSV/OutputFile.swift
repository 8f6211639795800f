#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a file atomically: a temporary file in the same directory, flushed to disk, then
/// renamed over the target, and the directory flushed. Readers see the old file or the complete
/// new one, never a torn one, even if the process is killed; a process killed before the rename
/// may leave its temporary file (`.NAME.seccost-XXXXXX`) behind.
public enum OutputFile {
  /// Replaces the file at `path` with `bytes`, atomically.
  ///
  /// - Throws: ``OutputFileError`` naming the path and the system's reason.
  public static func write(_ bytes: [UInt8], to path: String) throws(OutputFileError) {
    try write(to: path) { emit in emit(bytes) }
  }

  /// Replaces the file at `path`, atomically, with the pieces `produce` hands to `emit`, written
  /// as they come: the whole text is never held at once. If a write fails, the rest is not
  /// written, the temporary file is removed and the target is left as it was.
  ///
  /// - Throws: ``OutputFileError`` naming the path and the system's reason.
  package static func write(
    to path: String, _ produce: (_ emit: ([UInt8]) -> Void) -> Void
  ) throws(OutputFileError) {
    let directory = path.lastIndex(of: "/").map { String(path[...$0]) } ?? ""
    let baseName = path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    var template = Array("\(directory).\(baseName).seccost-XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { throw OutputFileError(path: path, code: errno) }
    let temporary = String(
      decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var succeeded = false
    defer {
      if !succeeded { unlink(temporary) }
    }
    var failure: Int32?
    produce { bytes in
      guard failure == nil else { return }
      var written = 0
      while written < bytes.count {
        let result = bytes.withUnsafeBytes { buffer in
          systemWrite(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
        }
        if result < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        written += result
      }
    }
    if let failure {
      close(descriptor)
      throw OutputFileError(path: path, code: failure)
    }
    fchmod(descriptor, 0o644)
    let synced = fsync(descriptor) == 0
    let syncError = errno
    let closed = close(descriptor) == 0
    guard synced, closed else {
      throw OutputFileError(path: path, code: synced ? errno : syncError)
    }
    guard rename(temporary, path) == 0 else { throw OutputFileError(path: path, code: errno) }
    succeeded = true
    // Make the rename itself durable; a file system that cannot sync a directory still has the
    // complete file in place, so a failure here is not reported.
    let directoryDescriptor = open(directory.isEmpty ? "." : directory, O_RDONLY | O_DIRECTORY)
    if directoryDescriptor >= 0 {
      fsync(directoryDescriptor)
      close(directoryDescriptor)
    }
  }
}

private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}

/// A file that could not be written.
public struct OutputFileError: Error, Sendable, CustomStringConvertible {
  /// The path that was to be written.
  public let path: String
  /// The system's reason.
  public let reason: String

  init(path: String, code: Int32) {
    self.path = path
    self.reason = String(cString: strerror(code))
  }

  /// `PATH: cannot write: reason`.
  public var description: String { "\(path): cannot write: \(reason)" }
}
