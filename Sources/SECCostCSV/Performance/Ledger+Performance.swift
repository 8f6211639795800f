#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import SECCost

/// Performance only: what the sizes and kinds of ledger files say before they are read, so that a
/// command can make room for their lines at once, or read them twice rather than keep the lines.
/// Nothing here changes what is read or written.
extension Ledger {
  /// A guess at how many lines `paths` hold, to make room for them at once rather than
  /// growing the ledger a doubling at a time: one for every 96 bytes of the regular files among
  /// them (a canonical line takes about 60 to 200). Room not filled is only reserved address
  /// space; lines beyond the guess are still taken.
  package static func expectedLineCount(inFiles paths: [String]) -> Int {
    var bytes = 0
    for path in paths {
      var status = stat()
      if stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG {
        bytes += Int(status.st_size)
      }
    }
    return min(bytes / 96, 1 << 26)
  }

  /// Whether every one of `paths` is a regular file (so can be read a second time, unlike a
  /// pipe or a terminal).
  package static func areRegularFiles(_ paths: [String]) -> Bool {
    paths.allSatisfy { path in
      var status = stat()
      return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }
  }
}
