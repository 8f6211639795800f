/// Numbers distinct notes `[1]`, `[2]`… so a table can refer to them and list them underneath.
struct NoteNumbers {
  private(set) var notes: [String] = []
  private var numbers: [String: Int] = [:]

  /// The reference for `note` (`[2]`), or empty for no note.
  mutating func reference(_ note: String) -> String {
    let text = note.split(whereSeparator: \.isNewline).joined(separator: " ")
    guard !text.isEmpty else { return "" }
    if let number = numbers[text] { return "[\(number)]" }
    notes.append(text)
    numbers[text] = notes.count
    return "[\(notes.count)]"
  }

  /// `[1] text` lines, or nothing.
  var listing: String {
    notes.enumerated().map { "[\($0.offset + 1)] \($0.element)\n" }.joined()
  }
}
