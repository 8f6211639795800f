import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Checks on where a command writes.
enum OutputPath {
  /// Refuses (a usage error, exit 2) any of `outputs` that names one of `inputs`, by any
  /// spelling: the same path, another path to the same directory entry (`./`, `..`, an absolute
  /// path, a symbolic link in the directories), or the same file under another name (a hard or
  /// symbolic link, compared by device and inode). Every command that writes files checks all
  /// of its outputs against all of its inputs (ledgers, baseline, scope register) before it
  /// reads them, so an input is never overwritten.
  static func refuseInputs(_ outputs: [String], inputs: [String]) throws {
    let sources = inputs.map { (path: $0, identity: FileIdentity($0)) }
    for output in outputs {
      let target = FileIdentity(output)
      if let source = sources.first(where: { $0.path == output || $0.identity.isSame(as: target) })
      {
        throw ValidationError(
          "the output file \(output) is also an input (\(source.path)); write elsewhere")
      }
    }
  }
}

/// What a path names, as far as it can be told: the file's device and inode if it exists, and
/// the path with its directories resolved.
private struct FileIdentity {
  let file: (device: UInt64, inode: UInt64)?
  let resolvedPath: String?

  init(_ path: String) {
    var status = stat()
    file = stat(path, &status) == 0 ? (UInt64(status.st_dev), UInt64(status.st_ino)) : nil
    resolvedPath = Self.resolve(path)
  }

  func isSame(as other: FileIdentity) -> Bool {
    if let file, let otherFile = other.file, file == otherFile { return true }
    if let resolvedPath, resolvedPath == other.resolvedPath { return true }
    return false
  }

  /// The absolute path with every symbolic link and `.`/`..` resolved: the whole path if it
  /// exists, else its directory followed by its last component.
  private static func resolve(_ path: String) -> String? {
    guard !path.isEmpty else { return nil }
    if let whole = realPath(path) { return whole }
    let slash = path.lastIndex(of: "/")
    let directory = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    guard !name.isEmpty, name != ".", name != "..", let parent = realPath(directory) else {
      return nil
    }
    return parent.hasSuffix("/") ? parent + name : parent + "/" + name
  }

  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
