import CLibCSV

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
      case .number(let text):
        append(text)
      case .exactNumber(let text):
        appendQuoted(text)
      case .text(let text):
        let guarded = SpreadsheetText.guarded(text)
        if CSVCell.looksNumeric(guarded) { appendQuoted(guarded) } else { append(guarded) }
      }
    }
    bytes.append(UInt8(ascii: "\n"))
  }

  /// Takes the text written so far, leaving the writer empty.
  public mutating func drain() -> [UInt8] {
    defer { bytes.removeAll(keepingCapacity: true) }
    return bytes
  }

  private mutating func append(_ field: String) {
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

  private func needsQuoting(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = field.first, let last = field.last else { return false }
    if first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09 { return true }
    return field.contains { byte in
      byte == delimiter || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D
    }
  }
}
