#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes output files atomically and without harm to what the path names.
///
/// A regular file (or a new one) is written to a temporary file in the same directory
/// (`.NAME.seccost-XXXXXX`), flushed to disk, given its permissions, then renamed over the target,
/// and the directory flushed: readers see the old file or the complete new one, never a torn
/// one. A symbolic link to a regular file is followed (the file it names is replaced, the link
/// stays); a FIFO or a character device is written through, never replaced; a directory, a block
/// device, a socket or a link to nothing is refused (`OutputTarget`). New files get `0666` less
/// the umask; a replaced file keeps its permissions and, where allowed, its owner
/// (`StagedOutput`).
///
/// `SIGINT`, `SIGTERM`, `SIGHUP` and `SIGPIPE` remove the temporary files before the process
/// ends (`TemporaryFileCleanup`). Only a process killed outright (`SIGKILL`, a power cut)
/// before the rename leaves its temporary file, `.NAME.seccost-XXXXXX` beside NAME; the target is
/// then untouched.
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
    let failure: OutputFileError? = withoutActuallyEscaping(produce) { produce in
      do throws(OutputFileError) {
        try write(to: path) { (emit: ([UInt8]) -> Void) -> Int32? in
          produce(emit)
          return nil
        }
        return nil
      } catch {
        return error
      }
    }
    if let failure { throw failure }
  }

  /// As the `write(to:_:)` above, but `produce` can fail: it returns the
  /// system's error number of what it could not read (copying a file into place), and then the
  /// target is left as it was (a FIFO or device has had what came before).
  ///
  /// - Throws: ``OutputFileError`` naming the path and the system's reason.
  package static func write(
    to path: String, _ produce: (_ emit: ([UInt8]) -> Void) -> Int32?
  ) throws(OutputFileError) {
    switch try OutputTarget.resolve(path) {
    case .writtenThrough(let device):
      try writeThrough(device, produce)
    case .replaced(let file, let existing):
      let staged = try StagedOutput(replacing: file, existing: existing, named: path)
      var failure: Int32?
      let produceFailure = produce { bytes in
        if failure == nil { failure = staged.write(bytes) }
      }
      failure = failure ?? produceFailure
      do throws(OutputFileError) {
        if let failure { throw OutputFileError(path: path, code: failure) }
        try staged.finish()
        try staged.commit()
      } catch {
        staged.discard()
        throw error
      }
      syncDirectories([staged.directory])
    }
  }

  /// Writes every one of `files` or none: each regular file is first written in full to its
  /// temporary file and flushed, then FIFOs and devices are written through, and only then are
  /// the temporary files renamed into place. A failure before the renames (a full disk, a
  /// path that cannot be written) removes every temporary file and leaves every target as it
  /// was.
  ///
  /// - Throws: ``OutputFileError`` naming the first file that could not be written.
  public static func write(_ files: [(path: String, bytes: [UInt8])]) throws(OutputFileError) {
    var targets: [OutputTarget] = []
    for file in files { targets.append(try OutputTarget.resolve(file.path)) }
    var staged: [StagedOutput] = []
    do throws(OutputFileError) {
      for (file, target) in zip(files, targets) {
        guard case .replaced(let path, let existing) = target else { continue }
        let output = try StagedOutput(replacing: path, existing: existing, named: file.path)
        staged.append(output)
        if let failure = output.write(file.bytes) {
          throw OutputFileError(path: file.path, code: failure)
        }
        try output.finish()
      }
      for (file, target) in zip(files, targets) {
        guard case .writtenThrough(let device) = target else { continue }
        try writeThrough(device) { emit in
          emit(file.bytes)
          return nil
        }
      }
    } catch {
      for output in staged { output.discard() }
      throw error
    }
    for (index, output) in staged.enumerated() {
      do {
        try output.commit()
      } catch {
        for rest in staged[index...] { rest.discard() }
        throw error
      }
    }
    syncDirectories(staged.map(\.directory))
  }

  /// Opens the FIFO or device at `path` and writes what `produce` makes to it.
  private static func writeThrough(
    _ path: String, _ produce: (_ emit: ([UInt8]) -> Void) -> Int32?
  ) throws(OutputFileError) {
    var descriptor: Int32
    repeat {
      descriptor = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY)
    } while descriptor < 0 && errno == EINTR
    guard descriptor >= 0 else { throw OutputFileError(path: path, code: errno) }
    var failure: Int32?
    let produceFailure = produce { bytes in
      if failure == nil { failure = OutputDescriptor.write(bytes, to: descriptor) }
    }
    failure = failure ?? produceFailure
    close(descriptor)
    if let failure { throw OutputFileError(path: path, code: failure) }
  }

  /// Makes the renames into `directories` durable. A file system that cannot sync a directory
  /// still has the complete files in place, so a failure here is not reported.
  private static func syncDirectories(_ directories: [String]) {
    var done: Set<String> = []
    for directory in directories where done.insert(directory).inserted {
      let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
      if descriptor >= 0 {
        _ = DurableSync.sync(descriptor, .directory)
        close(descriptor)
      }
    }
  }
}

/// A file or directory that could not be written or made.
public struct OutputFileError: Error, Sendable, CustomStringConvertible {
  /// The path that was to be written.
  public let path: String
  /// What could not be done: `cannot write`, `cannot create the directory`.
  public let action: String
  /// The system's reason.
  public let reason: String

  init(path: String, action: String = "cannot write", code: Int32) {
    self.init(path: path, action: action, reason: String(cString: strerror(code)))
  }

  init(path: String, action: String = "cannot write", reason: String) {
    self.path = path
    self.action = action
    self.reason = reason
  }

  /// `PATH: cannot write: reason` (an empty path shown as `""`).
  public var description: String { "\(path.isEmpty ? "\"\"" : path): \(action): \(reason)" }
}
