import SECCost

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The keys a ``LedgerReader`` has seen, in bounded memory: a 64-bit fingerprint of each
/// (``FingerprintSet``), not the key itself.
///
/// A fingerprint seen before makes the line a suspect; the reader settles suspects once the file
/// is read, by reading the files again for the suspects' keys in full, so a duplicate is only
/// ever reported for equal keys, with the place of the first. Files that cannot be read twice
/// (pipes) keep their keys in full instead.
struct DuplicateKeys {
  /// Where a line was read: the file's position among those read, and the line.
  struct Place: Comparable {
    var file: Int
    var line: Int

    static func < (lhs: Place, rhs: Place) -> Bool {
      (lhs.file, lhs.line) < (rhs.file, rhs.line)
    }
  }

  /// A line whose key's fingerprint was seen before, held back until settled.
  struct Suspect {
    var line: LedgerLine
    var number: Int
    var fingerprint: UInt64
  }

  /// What registering a key found.
  enum Registration {
    /// The first line with its key.
    case first
    /// A line with the same key was seen at this place.
    case duplicate(Place)
    /// Its fingerprint was seen before: to be settled.
    case suspect
  }

  /// The fingerprints of every key seen (shared with the reader, which fetches slots ahead).
  private let fingerprints: FingerprintSet
  /// The files read, in order.
  private(set) var paths: [String] = []
  /// Whether each file can be read again (a regular file).
  private(set) var rereadable: [Bool] = []
  /// Keys from files that cannot be read again, with the place each was first seen.
  private(set) var exact: [LedgerKey: Place] = [:]

  /// Starts with no keys, keeping fingerprints in `fingerprints` (empty).
  init(fingerprints: FingerprintSet) {
    self.fingerprints = fingerprints
  }

  /// Starts a file; returns its position.
  mutating func beginFile(_ path: String) -> Int {
    var status = stat()
    rereadable.append(stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG)
    paths.append(path)
    return paths.count - 1
  }

  /// Registers the key of `line`, read at `place`, whose fingerprint is `fingerprint`.
  mutating func register(_ fingerprint: UInt64, line: LedgerLine, place: Place) -> Registration {
    let isNew = fingerprints.insert(fingerprint)
    guard !rereadable[place.file] else { return isNew ? .first : .suspect }
    let key = line.key
    if let first = exact[key] { return .duplicate(first) }
    guard isNew else { return .suspect }
    exact[key] = place
    return .first
  }

  /// Records that a settled suspect was the first line with its key.
  mutating func settleAsFirst(_ key: LedgerKey, at place: Place) {
    if !rereadable[place.file] { exact[key] = place }
  }

  /// The words for where a key was first seen, from a line of `path`: `line N`, or `FILE:N`
  /// in another file.
  func describe(_ place: Place, from path: String) -> String {
    paths[place.file] == path
      ? "line \(place.line)" : LineOrigin(file: paths[place.file], line: place.line).description
  }
}
