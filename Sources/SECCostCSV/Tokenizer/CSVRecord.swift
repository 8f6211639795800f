/// One row of a CSV file as libcsv delivered it: raw field bytes and the line it starts on.
///
/// A record is a view of rows the reader parsed in a batch; the reader only reuses a batch's
/// memory once no record of it is held, so a record kept by the caller stays as it was.
public struct CSVRecord: Sendable {
  /// The batch holding the row.
  let batch: CSVRowBatch
  /// Where the row's bytes start in the batch.
  let byteStart: Int
  /// The position of the row's first field among the batch's field ends.
  let firstField: Int
  /// The number of fields.
  public let count: Int
  /// The 1-based line on which the row starts.
  public internal(set) var line: Int
  /// The delimiter the row was read with (`;` suggests decimal commas in amounts).
  public internal(set) var delimiter: UInt8

  /// The raw bytes of field `index` (empty if there is no such field).
  public func bytes(at index: Int) -> ArraySlice<UInt8> {
    withExtendedLifetime(batch) { ArraySlice(field(index)) }
  }

  /// Field `index` as text (empty if there is no such field), or `nil` if it is not valid UTF-8.
  public func text(at index: Int) -> String? {
    withExtendedLifetime(batch) { String(validating: field(index), as: UTF8.self) }
  }

  /// Whether field `index` has no bytes (or there is no such field).
  public func isEmpty(at index: Int) -> Bool {
    field(index).isEmpty
  }

  /// The bytes of field `index` (none for an index out of range), valid while the batch is.
  private func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
    guard index >= 0 && index < count else { return UnsafeBufferPointer(start: nil, count: 0) }
    let ends = batch.ends + firstField
    let start = index == 0 ? 0 : ends[index - 1]
    return UnsafeBufferPointer(start: batch.bytes + byteStart + start, count: ends[index] - start)
  }

  /// Calls `body` with the bytes of the row's fields and the end offset of each (from the
  /// start of those bytes).
  func withFields<Result>(
    _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<Int>) -> Result
  ) -> Result {
    withExtendedLifetime(batch) {
      let ends = UnsafeBufferPointer(start: batch.ends + firstField, count: count)
      let length = count > 0 ? ends[count - 1] : 0
      return body(UnsafeBufferPointer(start: batch.bytes + byteStart, count: length), ends)
    }
  }
}

/// Rows parsed by libcsv, back to back: the bytes of their fields, each field's end (from the
/// start of its row) and each row's place. Filled by a ``RowSink``, read through
/// ``CSVRecord``s, reused once none is held.
final class CSVRowBatch: @unchecked Sendable {
  /// Where one row is in the batch.
  struct Row {
    var byteStart: Int
    var firstField: Int
    var fieldCount: Int
    var line: Int
  }

  @exclusivity(unchecked) private(set) var bytes: UnsafeMutablePointer<UInt8>
  @exclusivity(unchecked) var byteCount = 0
  @exclusivity(unchecked) private(set) var byteCapacity: Int
  @exclusivity(unchecked) private(set) var ends: UnsafeMutablePointer<Int>
  @exclusivity(unchecked) var endCount = 0
  @exclusivity(unchecked) private(set) var endCapacity: Int
  @exclusivity(unchecked) private(set) var rows: UnsafeMutablePointer<Row>
  @exclusivity(unchecked) var rowCount = 0
  @exclusivity(unchecked) private(set) var rowCapacity: Int
  /// The delimiter the rows were read with.
  var delimiter = UInt8(ascii: ",")

  init(byteCapacity: Int = 256, endCapacity: Int = 16, rowCapacity: Int = 1) {
    self.byteCapacity = byteCapacity
    self.endCapacity = endCapacity
    self.rowCapacity = rowCapacity
    bytes = .allocate(capacity: byteCapacity)
    ends = .allocate(capacity: endCapacity)
    rows = .allocate(capacity: rowCapacity)
  }

  deinit {
    bytes.deallocate()
    ends.deallocate()
    rows.deallocate()
  }

  /// The record of row `index`.
  func record(_ index: Int) -> CSVRecord {
    let row = rows[index]
    return CSVRecord(
      batch: self, byteStart: row.byteStart, firstField: row.firstField, count: row.fieldCount,
      line: row.line, delimiter: delimiter)
  }

  /// Makes room for `needed` rows, keeping the first ``rowCount``. (The sink writes rows
  /// through ``rows`` itself: calling a method of the batch per row retained and released it,
  /// and the reading thread retains it too, so the two cores fought over its reference count.)
  func reserve(rows needed: Int) {
    guard needed > rowCapacity else { return }
    var capacity = rowCapacity * 2
    while capacity < needed { capacity *= 2 }
    let grown = UnsafeMutablePointer<Row>.allocate(capacity: capacity)
    grown.moveInitialize(from: rows, count: rowCount)
    rows.deallocate()
    rows = grown
    rowCapacity = capacity
  }

  /// Empties the batch, keeping its capacity.
  func removeAll() {
    byteCount = 0
    endCount = 0
    rowCount = 0
  }

  /// Makes room for `bytes` bytes and `ends` field ends, keeping the contents.
  func reserve(bytes needed: Int, ends neededEnds: Int) {
    if needed > byteCapacity {
      var capacity = byteCapacity * 2
      while capacity < needed { capacity *= 2 }
      let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
      grown.update(from: bytes, count: byteCount)
      bytes.deallocate()
      bytes = grown
      byteCapacity = capacity
    }
    if neededEnds > endCapacity {
      var capacity = endCapacity * 2
      while capacity < neededEnds { capacity *= 2 }
      let grown = UnsafeMutablePointer<Int>.allocate(capacity: capacity)
      grown.update(from: ends, count: endCount)
      ends.deallocate()
      ends = grown
      endCapacity = capacity
    }
  }
}
