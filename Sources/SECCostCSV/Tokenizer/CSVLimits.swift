/// The largest field, row and number of fields a CSV reader accepts, so that a hostile or broken
/// file stops with a clear message instead of exhausting memory.
///
/// The limits are enforced while streaming: a field is refused as soon as libcsv has buffered more
/// than ``maxFieldBytes`` of it, and a row as soon as it has more than ``maxFields`` fields or
/// ``maxRowBytes`` bytes, without reading the rest of the file.
public struct CSVLimits: Hashable, Sendable {
  /// The most bytes one field may hold (after unquoting). Default 1 MiB: a spreadsheet cell holds
  /// at most 32,767 characters (131,068 bytes of UTF-8).
  public var maxFieldBytes: Int
  /// The most fields one row may have. Default 16,384: the widest sheet Excel and LibreOffice
  /// save.
  public var maxFields: Int
  /// The most bytes the fields of one row may hold together. Default 16 MiB.
  public var maxRowBytes: Int

  /// The default field size.
  public static let defaultMaxFieldBytes = 1 << 20
  /// The default number of fields.
  public static let defaultMaxFields = 16_384
  /// The default row size.
  public static let defaultMaxRowBytes = 16 << 20

  /// Creates limits; the defaults suit any file a spreadsheet saves.
  public init(
    maxFieldBytes: Int = CSVLimits.defaultMaxFieldBytes,
    maxFields: Int = CSVLimits.defaultMaxFields,
    maxRowBytes: Int = CSVLimits.defaultMaxRowBytes
  ) {
    self.maxFieldBytes = maxFieldBytes
    self.maxFields = maxFields
    self.maxRowBytes = maxRowBytes
  }
}

extension CSVLimits {
  /// A size in words: `16 MiB`, `512 KiB`, or `1000 bytes`.
  static func describe(_ bytes: Int) -> String {
    if bytes > 0, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
    if bytes > 0, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
    return bytes == 1 ? "1 byte" : "\(bytes) bytes"
  }
}
