/// The most a workbook may inflate to, so that a zip bomb stops with a message instead of
/// exhausting memory or disk.
///
/// Sizes declared in the ZIP directory are checked before anything is inflated, and the bytes
/// actually inflated are counted as they come (a hostile archive can declare any size).
package struct WorkbookLimits: Sendable {
  /// The largest part (one XML file of the package), inflated.
  package var partBytes: Int
  /// The largest package, all its parts inflated together.
  package var totalBytes: Int

  /// Limits of `partBytes` per part and `totalBytes` in all.
  package init(partBytes: Int = 256 << 20, totalBytes: Int = 1 << 30) {
    self.partBytes = partBytes
    self.totalBytes = totalBytes
  }

  /// The most columns a sheet has (`XFD`).
  package static let columns = 16_384
  /// The most rows a sheet has.
  package static let rows = 1_048_576

  /// `256 MiB`, `1 GiB`, `300 bytes`.
  static func describe(_ bytes: Int) -> String {
    if bytes >= 1 << 30, bytes % (1 << 30) == 0 { return "\(bytes >> 30) GiB" }
    if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
    if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
    return "\(bytes) bytes"
  }
}
