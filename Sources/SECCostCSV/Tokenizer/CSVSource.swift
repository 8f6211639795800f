/// What a CSV reader found about a file's form, so an import can say what it normalised.
public struct CSVSource: Hashable, Sendable {
  /// The character encoding the file was read in.
  public var encoding: TextEncoding = .utf8
  /// Whether the encoding was detected rather than given.
  public var encodingDetected = false
  /// The field delimiter.
  public var delimiter: UInt8 = UInt8(ascii: ",")
  /// Whether the delimiter was detected rather than given.
  public var delimiterDetected = false
  /// Whether the file began with a UTF-8 byte order mark (skipped).
  public var hadByteOrderMark = false
  /// Whether any line ended with CR LF.
  public var hadCRLF = false

  /// Creates a description with the defaults: UTF-8, comma, no BOM.
  public init() {}
}
