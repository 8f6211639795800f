#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A temporary file `.NAME.seccost-XXXXXX` beside the file `NAME` it is to replace: written,
/// given the permissions the result should have, flushed, then renamed over `NAME`
/// (``commit()``) or removed (``discard()``). Until then a signal that stops the process removes
/// it (``TemporaryFileCleanup``).
///
/// A new file gets `0666` less the umask, as any program's would. A file that is replaced keeps
/// its permission bits and, where the system allows it (as root, or a group one belongs to),
/// its owner and group; the temporary file is private (`0600`) until then, so the content of a
/// private file is never readable by others, even for a moment.
final class StagedOutput {
  /// The file to replace.
  let target: String
  /// The path the user gave for it (which may be a symbolic link to it), named in errors.
  let name: String
  /// The temporary file.
  let temporary: String
  private var descriptor: Int32
  private let existing: stat?
  private let cleanup: TemporaryFileCleanup.Entry

  /// Creates the temporary file beside `target`, whose status is `existing` if it exists;
  /// errors name `name`, the path given for it.
  ///
  /// - Throws: ``OutputFileError`` if the file cannot be created.
  init(replacing target: String, existing: stat?, named name: String) throws(OutputFileError) {
    let slash = target.lastIndex(of: "/")
    let directory = slash.map { String(target[...$0]) } ?? ""
    let fileName = slash.map { String(target[target.index(after: $0)...]) } ?? target
    var generator = SystemRandomNumberGenerator()
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)
    let mode: mode_t = existing == nil ? 0o666 : 0o600
    for _ in 0..<100 {
      let suffix = (0..<6).map { _ in alphabet[Int(generator.next(upperBound: 62 as UInt64))] }
      let candidate = "\(directory).\(fileName).seccost-" + String(decoding: suffix, as: UTF8.self)
      // Allocated now: the signal handler that reads it cannot allocate. Active before the file
      // exists, so that no moment is left in which a signal would leave it behind; a signal in
      // that moment unlinks a name that does not exist yet (or, if another file took this random
      // name, which fails the `open` below, that file).
      let entry = TemporaryFileCleanup.prepare(candidate)
      entry.activate()
      let opened = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode)
      if opened >= 0 {
        self.target = target
        self.name = name
        self.temporary = candidate
        self.descriptor = opened
        self.existing = existing
        self.cleanup = entry
        return
      }
      let code = errno
      entry.forget()
      guard code == EEXIST || code == EINTR else { throw OutputFileError(path: name, code: code) }
    }
    throw OutputFileError(path: name, code: EEXIST)
  }

  /// Appends `bytes`; the system's error number if they could not all be written.
  func write(_ bytes: [UInt8]) -> Int32? {
    OutputDescriptor.write(bytes, to: descriptor)
  }

  /// Gives the file the replaced file's owner and permissions, flushes it to disk and closes it.
  ///
  /// - Throws: ``OutputFileError`` naming the file if the flush or close fails.
  func finish() throws(OutputFileError) {
    if let existing {
      // The owner first: a change of owner clears the set-user-ID and set-group-ID bits.
      if fchown(descriptor, existing.st_uid, existing.st_gid) != 0 {
        fchown(descriptor, uid_t.max, existing.st_gid)
      }
      fchmod(descriptor, existing.st_mode & 0o7777)
    }
    let synced = DurableSync.sync(descriptor, .file) == 0
    let syncError = errno
    let closed = close(descriptor) == 0
    let closeError = errno
    descriptor = -1
    guard synced, closed else {
      throw OutputFileError(path: name, code: synced ? closeError : syncError)
    }
  }

  /// Renames the finished file over the target.
  ///
  /// - Throws: ``OutputFileError`` naming the file if the rename fails (the temporary file
  ///   is then still there: ``discard()`` it).
  func commit() throws(OutputFileError) {
    guard rename(temporary, target) == 0 else { throw OutputFileError(path: name, code: errno) }
    cleanup.forget()
  }

  /// Closes and removes the temporary file; the target is left as it was.
  func discard() {
    if descriptor >= 0 {
      close(descriptor)
      descriptor = -1
    }
    unlink(temporary)
    cleanup.forget()
  }

  /// The directory holding the target, as `open` takes it.
  var directory: String {
    guard let slash = target.lastIndex(of: "/") else { return "." }
    return slash == target.startIndex ? "/" : String(target[..<slash])
  }
}
