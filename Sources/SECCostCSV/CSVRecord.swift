/// One row of a CSV file as libcsv delivered it: raw field bytes and the line it starts on.
///
/// The reader reuses one record's storage from row to row; copy what you keep.
public struct CSVRecord: Sendable {
  /// The bytes of all fields, back to back.
  var bytes: [UInt8] = []
  /// The end offset of each field in `bytes`.
  var ends: [Int] = []
  /// The 1-based line on which the row starts.
  public internal(set) var line: Int = 0
  /// The delimiter the row was read with (`;` suggests decimal commas in amounts).
  public internal(set) var delimiter = UInt8(ascii: ",")

  /// The number of fields.
  public var count: Int { ends.count }

  /// The raw bytes of field `index`.
  public func bytes(at index: Int) -> ArraySlice<UInt8> {
    bytes[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
  }

  /// Field `index` as text, or `nil` if it is not valid UTF-8.
  public func text(at index: Int) -> String? {
    bytes(at: index).withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) }
  }

  /// Whether field `index` has no bytes.
  public func isEmpty(at index: Int) -> Bool {
    ends[index] == (index == 0 ? 0 : ends[index - 1])
  }

  mutating func removeAll() {
    bytes.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
  }
}
