#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a file atomically: a temporary file in the same directory, flushed to disk, then
/// renamed over the target. Readers see the old file or the complete new one, never a torn one.
public enum OutputFile {
  /// Replaces the file at `path` with `bytes`, atomically.
  ///
  /// - Throws: ``OutputFileError`` naming the path and the system's reason.
  public static func write(_ bytes: [UInt8], to path: String) throws(OutputFileError) {
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
    var written = 0
    while written < bytes.count {
      let result = bytes.withUnsafeBytes { buffer in
        systemWrite(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
      }
      if result < 0 {
        if errno == EINTR { continue }
        let code = errno
        close(descriptor)
        throw OutputFileError(path: path, code: code)
      }
      written += result
    }
    fchmod(descriptor, 0o644)
    guard fsync(descriptor) == 0, close(descriptor) == 0 else {
      throw OutputFileError(path: path, code: errno)
    }
    guard rename(temporary, path) == 0 else { throw OutputFileError(path: path, code: errno) }
    succeeded = true
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
