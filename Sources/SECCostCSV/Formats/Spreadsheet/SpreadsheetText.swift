/// Keeps text cells text when a spreadsheet opens the CSV (OWASP "CSV Injection").
///
/// A text that would start with `=`, `+`, `-`, `@`, a tab or a carriage return is written with a
/// leading apostrophe, which spreadsheets take as "this is text", and the apostrophe is removed on
/// import. A text that itself starts with apostrophes before such a character gets one more, so
/// every text reads back exactly as it was.
public enum SpreadsheetText {
  /// Whether a text starting with `byte` (after apostrophes) would be run by a spreadsheet.
  private static func isTrigger(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "=") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
      || byte == UInt8(ascii: "@") || byte == 0x09 || byte == 0x0D
  }

  /// Whether `text` needs a guard: it starts with a trigger, after any number of apostrophes.
  static func needsGuard(_ text: Substring.UTF8View) -> Bool {
    for byte in text {
      if byte == UInt8(ascii: "'") { continue }
      return isTrigger(byte)
    }
    return false
  }

  /// Whether UTF-8 `text` needs a guard (see ``needsGuard(_:)-(Substring.UTF8View)``).
  static func needsGuard(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    for byte in text {
      if byte == UInt8(ascii: "'") { continue }
      return isTrigger(byte)
    }
    return false
  }

  /// The text as written to a CSV cell: guarded with `'` if a spreadsheet would run it.
  public static func guarded(_ text: String) -> String {
    needsGuard(Substring(text).utf8) ? "'" + text : text
  }

  /// The text as read from a CSV cell: one guarding `'` removed.
  public static func unguarded(_ text: String) -> String {
    guard text.utf8.first == UInt8(ascii: "'") else { return text }
    let rest = Substring(text).dropFirst()
    return needsGuard(rest.utf8) ? String(rest) : text
  }
}
