import CLibCSV
import SECCost

/// Builds CSV text row by row; fields that need quoting are quoted by libcsv's `csv_write`.
///
/// A field is quoted when it holds the delimiter, a quote, a line break, or leading or trailing
/// spaces (which a reader would otherwise trim); other fields are written as they are. Rows end
/// with `\n`.
public struct CSVWriter: Sendable {
  /// The text written so far, as UTF-8.
  public private(set) var bytes: [UInt8] = []
  /// The field delimiter.
  public let delimiter: UInt8

  /// Creates an empty writer.
  public init(delimiter: UInt8 = UInt8(ascii: ",")) {
    self.delimiter = delimiter
  }

  /// Appends one row.
  public mutating func writeRow(_ fields: some Sequence<String>) {
    var first = true
    for field in fields {
      if !first { bytes.append(delimiter) }
      first = false
      append(field)
    }
    bytes.append(UInt8(ascii: "\n"))
  }

  /// Appends one row of typed cells: text is guarded against formula injection and quoted when
  /// a spreadsheet would otherwise read it as a number or a date (`0.10`, `2022-11-03`), so that
  /// importing with "quoted fields as text" keeps it as written; numbers are written as they are.
  public mutating func writeRow(_ cells: [CSVCell]) {
    for (index, cell) in cells.enumerated() {
      if index > 0 { bytes.append(delimiter) }
      switch cell {
      case .number(let text): append(text)
      case .exactNumber(let text): appendQuoted(text)
      case .text(let text): appendText(text)
      }
    }
    bytes.append(UInt8(ascii: "\n"))
  }

  /// Appends a ``CSVCell/text(_:)`` cell: guarded against formula injection and quoted when a
  /// spreadsheet would otherwise read it as a number or a date; one pass over the bytes.
  mutating func appendText(_ text: String) {
    var text = text
    text.withUTF8 { source in
      guard !source.isEmpty else { return }
      if isPlain(source) {
        bytes.append(contentsOf: source)
        return
      }
      if SpreadsheetText.needsGuard(source) {
        // "'" + text: never numeric (an apostrophe), quoted as any field would be.
        let guarded = [UInt8(ascii: "'")] + Array(source)
        guarded.withUnsafeBufferPointer { guarded in
          if needsQuoting(guarded) {
            appendQuoted(guarded)
          } else {
            bytes.append(contentsOf: guarded)
          }
        }
      } else if CSVCell.looksNumeric(utf8: source) || needsQuoting(source) {
        appendQuoted(source)
      } else {
        bytes.append(contentsOf: source)
      }
    }
  }

  /// Whether a text cell is written as it is: it starts with a letter, has no delimiter,
  /// quote or line break and no surrounding spaces, so it neither looks numeric nor needs a
  /// guard or quotes (most text does).
  func isPlain(_ source: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = source.first, let last = source.last, Self.isLetter(first), last != 0x20,
      last != 0x09
    else { return false }
    let delimiter = delimiter
    for byte in source
    where byte == delimiter || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D {
      return false
    }
    return true
  }

  /// Whether `byte` is an ASCII letter: a text starting with one needs no guard and does not
  /// look numeric unless it is `E` or `e` (exponents), which take the general path.
  private static func isLetter(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z") && lower != UInt8(ascii: "e")
  }

  /// Appends an amount as ``CSVCell/amount(_:)`` writes it: a plain two-place decimal, quoted
  /// from £10,000,000,000,000 up; nothing for `nil`.
  mutating func appendAmount(_ money: Money?) {
    guard let money else { return }
    Self.encodeAmount(money) { bytes.append(contentsOf: $0) }
  }

  /// Hands `put` the bytes of the amount cell of `money`, in pieces: the one encoding of an
  /// amount, its plain two-place decimal, quoted where a spreadsheet's 15 digits would round it.
  static func encodeAmount(_ money: Money, _ put: (UnsafeBufferPointer<UInt8>) -> Void) {
    let quoted = CSVCell.isBeyondSpreadsheetPrecision(money)
    if quoted { withUnsafeBytes(of: UInt8(ascii: "\"")) { put($0.bindMemory(to: UInt8.self)) } }
    money.withPlainDecimal(put)
    if quoted { withUnsafeBytes(of: UInt8(ascii: "\"")) { put($0.bindMemory(to: UInt8.self)) } }
  }

  /// Appends a delimiter.
  mutating func appendDelimiter() {
    bytes.append(delimiter)
  }

  /// Ends the row.
  mutating func endRow() {
    bytes.append(UInt8(ascii: "\n"))
  }

  /// Appends the bytes of an already encoded cell.
  mutating func appendEncoded(_ encoded: [UInt8]) {
    encoded.withUnsafeBufferPointer { bytes.append(contentsOf: $0) }
  }

  /// Appends the bytes of an already encoded cell.
  mutating func appendEncoded(_ encoded: UnsafeBufferPointer<UInt8>) {
    bytes.append(contentsOf: encoded)
  }

  /// Takes the text written so far, leaving the writer empty.
  public mutating func drain() -> [UInt8] {
    defer { bytes.removeAll(keepingCapacity: true) }
    return bytes
  }

  mutating func append(_ field: String) {
    var field = field
    field.withUTF8 { source in
      guard needsQuoting(source) else {
        bytes.append(contentsOf: source)
        return
      }
      appendQuoted(source)
    }
  }

  private mutating func appendQuoted(_ field: String) {
    var field = field
    field.withUTF8 { appendQuoted($0) }
  }

  /// Quotes through libcsv: `csv_write` always quotes, doubling any quote inside.
  private mutating func appendQuoted(_ source: UnsafeBufferPointer<UInt8>) {
    let needed = csv_write(nil, 0, source.baseAddress, source.count)
    let start = bytes.count
    bytes.append(contentsOf: repeatElement(0, count: needed))
    bytes.withUnsafeMutableBufferPointer { buffer in
      _ = csv_write(buffer.baseAddress.map { $0 + start }, needed, source.baseAddress, source.count)
    }
  }

  func needsQuoting(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = field.first, let last = field.last else { return false }
    if first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09 { return true }
    return field.contains { byte in
      byte == delimiter || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D
    }
  }
}
