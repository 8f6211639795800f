#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What an output path names, and so how it is written.
///
/// - A regular file, or nothing yet: replaced atomically (a temporary file beside it, renamed
///   over it).
/// - A symbolic link to a regular file: the link is followed, the file it names is replaced and
///   the link survives. A link to nothing is refused, so that a planted link cannot make seccost
///   create a file somewhere else.
/// - A FIFO or a character device (`/dev/null`, `/dev/stdout`, a terminal): opened and written
///   through, never replaced.
/// - A directory, a block device, a socket: refused.
enum OutputTarget {
  /// A regular file at `path` (no symbolic link in its last component), replaced by renaming;
  /// `existing` is its status if it exists.
  case replaced(path: String, existing: stat?)
  /// A FIFO or a character device, written through.
  case writtenThrough(path: String)

  /// What `path` names now.
  ///
  /// - Throws: ``OutputFileError`` if `path` cannot be written to.
  static func resolve(_ path: String) throws(OutputFileError) -> OutputTarget {
    guard !path.isEmpty else { throw OutputFileError(path: path, code: ENOENT) }
    guard !path.hasSuffix("/") else { throw OutputFileError(path: path, code: EISDIR) }
    var link = stat()
    guard lstat(path, &link) == 0 else {
      let code = errno
      if code == ENOENT { return .replaced(path: path, existing: nil) }
      throw OutputFileError(path: path, code: code)
    }
    var status = link
    var file = path
    if link.st_mode & S_IFMT == S_IFLNK {
      guard stat(path, &status) == 0 else {
        let code = errno
        if code == ENOENT {
          throw OutputFileError(
            path: path, reason: "a symbolic link to a file that does not exist")
        }
        throw OutputFileError(path: path, code: code)
      }
      if status.st_mode & S_IFMT == S_IFREG {
        guard let resolved = realpath(path, nil) else {
          throw OutputFileError(path: path, code: errno)
        }
        file = String(cString: resolved)
        free(resolved)
      }
    }
    switch status.st_mode & S_IFMT {
    case S_IFREG: return .replaced(path: file, existing: status)
    case S_IFDIR: throw OutputFileError(path: path, code: EISDIR)
    case S_IFIFO, S_IFCHR: return .writtenThrough(path: path)
    default:
      throw OutputFileError(
        path: path, reason: "not a regular file, a FIFO or a character device")
    }
  }
}
