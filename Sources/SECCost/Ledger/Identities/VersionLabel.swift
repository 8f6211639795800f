/// A document version label as a ledger or a command line writes it: `0.4`, `v0.4`, `V0.4`,
/// `Version 0.4` (as the RID's cover page prints it).
///
/// The canonical form drops a leading `v`, `ver` or `version` (any case, then spaces, or `.`
/// and spaces) when a digit follows it, so `v0.4`, `V0.4`, `v 0.4`, `Version 0.4`, ` 0.4` and
/// `0.4` are all version `0.4`: kept as written, `Version 0.4` would sort after every numbered
/// version and silently supersede `0.5`. Anything else is kept as written (trimmed).
public enum VersionLabel {
  /// The canonical form of `text`, trimmed of spaces and tabs: `v0.4` → `0.4`.
  public static func canonical(_ text: some StringProtocol) -> String {
    let trimmed = text.trimmingSpaces.utf8
    return String(Substring(trimmed[canonicalStart(utf8: trimmed)...]))
  }

  /// Whether the (trimmed) bytes are already canonical: they do not start with a `v`, `ver` or
  /// `version` prefix followed by a digit.
  // Specialised for the reader's fast path, which calls it on every row from another module.
  @_specialize(exported: true, where Bytes == UnsafeBufferPointer<UInt8>)
  public static func isCanonical<Bytes: Collection<UInt8>>(utf8 bytes: Bytes) -> Bool {
    canonicalStart(utf8: bytes) == bytes.startIndex
  }

  /// Where the canonical form of the (trimmed) bytes starts: after a leading `v`, `ver` or
  /// `version` (any case, then spaces or tabs, or `.` and spaces) that a digit follows, else at
  /// the start. The one place the rule is written.
  // Specialised for the reader's fast path, which calls it on every row from another module.
  @_specialize(exported: true, where Bytes == UnsafeBufferPointer<UInt8>)
  public static func canonicalStart<Bytes: Collection<UInt8>>(utf8 bytes: Bytes) -> Bytes.Index {
    let start = bytes.startIndex
    guard let first = bytes.first, first | 0x20 == UInt8(ascii: "v") else { return start }
    for prefix in prefixes {
      var index = start
      var matched = true
      for letter in prefix {
        guard index != bytes.endIndex, bytes[index] | 0x20 == letter else {
          matched = false
          break
        }
        index = bytes.index(after: index)
      }
      guard matched else { continue }
      // An abbreviating `.` only before a space: `v.4` is not `4`.
      if index != bytes.endIndex, bytes[index] == UInt8(ascii: "."),
        bytes.index(after: index) != bytes.endIndex,
        isSpace(bytes[bytes.index(after: index)])
      {
        index = bytes.index(after: index)
      }
      while index != bytes.endIndex, isSpace(bytes[index]) { index = bytes.index(after: index) }
      if index != bytes.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
        return index
      }
    }
    return start
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
  }

  /// The words a version may start with, in lower case, longest first.
  private static let prefixes: [[UInt8]] = [
    Array("version".utf8), Array("ver".utf8), [UInt8(ascii: "v")],
  ]
}
