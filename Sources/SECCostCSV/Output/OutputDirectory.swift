#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A directory that output files are written into, made with its missing parents (as
/// `mkdir -p`) and, if the files then cannot be written, removed again.
package struct OutputDirectory {
  /// The directories this made, innermost last.
  private let created: [String]

  /// Makes `path` and any missing parent directory (`0777` less the umask). An existing
  /// directory, or a symbolic link to one, is used as it is.
  ///
  /// - Throws: ``OutputFileError`` (`PATH: cannot create the directory: reason`) if a component
  ///   exists but is not a directory, or cannot be made; nothing made is left behind.
  package init(creating path: String) throws(OutputFileError) {
    var prefixes: [String] = []
    var current = path.hasPrefix("/") ? "/" : ""
    for component in path.split(separator: "/") {
      if !current.isEmpty && !current.hasSuffix("/") { current += "/" }
      current += component
      prefixes.append(current)
    }
    var created: [String] = []
    func fail(_ code: Int32) -> OutputFileError {
      for directory in created.reversed() { rmdir(directory) }
      return OutputFileError(path: path, action: "cannot create the directory", code: code)
    }
    guard !prefixes.isEmpty else { throw fail(path.isEmpty ? ENOENT : EEXIST) }
    for (index, prefix) in prefixes.enumerated() {
      if mkdir(prefix, 0o777) == 0 {
        created.append(prefix)
        continue
      }
      let code = errno
      var status = stat()
      if code == EEXIST && stat(prefix, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR {
        continue
      }
      throw fail(code == EEXIST && index < prefixes.count - 1 ? ENOTDIR : code)
    }
    self.created = created
  }

  /// Removes the directories this made (they are empty when nothing was written into them).
  package func removeCreated() {
    for directory in created.reversed() { rmdir(directory) }
  }
}
