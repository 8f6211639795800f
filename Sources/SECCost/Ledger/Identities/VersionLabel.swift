/// A document version label as a ledger or a command line writes it: `0.4`, `v0.4`, `V0.4`.
///
/// The canonical form drops a leading `v` or `V` when a digit follows it, so `v0.4`, `V0.4`,
/// ` 0.4` and `0.4` are all version `0.4`. Anything else is kept as written (trimmed).
public enum VersionLabel {
  /// The canonical form of `text`, trimmed of spaces and tabs: `v0.4` → `0.4`.
  public static func canonical(_ text: some StringProtocol) -> String {
    let trimmed = text.trimmingSpaces.utf8
    return String(Substring(trimmed[canonicalStart(utf8: trimmed)...]))
  }

  /// Whether the (trimmed) bytes are already canonical: they do not start with `v` or `V`
  /// followed by a digit.
  // Specialised for the reader's fast path, which calls it on every row from another module.
  @_specialize(exported: true, where Bytes == UnsafeBufferPointer<UInt8>)
  public static func isCanonical<Bytes: Collection<UInt8>>(utf8 bytes: Bytes) -> Bool {
    canonicalStart(utf8: bytes) == bytes.startIndex
  }

  /// Where the canonical form of the (trimmed) bytes starts: after a leading `v` or `V` that a
  /// digit follows, else at the start. The one place the rule is written.
  // Specialised for the reader's fast path, which calls it on every row from another module.
  @_specialize(exported: true, where Bytes == UnsafeBufferPointer<UInt8>)
  public static func canonicalStart<Bytes: Collection<UInt8>>(utf8 bytes: Bytes) -> Bytes.Index {
    let start = bytes.startIndex
    guard let first = bytes.first, first | 0x20 == UInt8(ascii: "v") else { return start }
    let next = bytes.index(after: start)
    guard next != bytes.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[next])
    else { return start }
    return next
  }
}
